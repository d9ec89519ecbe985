package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.SeedCatalog;
import org.slf4j.LoggerFactory;

/** No cookie or token ever reaches an exception message or a log line. */
class CredentialLeakTest extends LiveFixture {

    private static final String TOKEN = "TOKEN-5ecret-do-not-leak";
    private static final String COOKIE = "COOKIE-5ecret-do-not-leak";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level previous;

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restoreLogs() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }

    @Test
    void failingRequestsNeverShowTheCredential() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
        server.acceptBearer(TOKEN);
        server.acceptCookie(COOKIE);
        List<Throwable> failures = new ArrayList<>();
        for (Credential credential : List.of(new Credential(Credential.Kind.BEARER, TOKEN),
                new Credential(Credential.Kind.COOKIE, COOKIE))) {
            Credentials login = Credentials.of("127.0.0.1", credential);
            server.catalogAccess(DerivaTestServer.Access.FORBIDDEN);
            failures.add(catchFailure(() -> new ErmrestClient(http(login)).catalogSnaptime()));
            server.catalogAccess(DerivaTestServer.Access.PUBLIC);
            server.faults().failNext(5, 503, null);
            failures.add(catchFailure(() -> new ErmrestClient(http(login)).pageRows(SeedCatalog.EXECUTION, T1, 5,
                    r -> { })));
            server.faults().reset();
            server.faults().wrongMd5Header(true);
            failures.add(catchFailure(() -> new HatracClient(http(login)).download(SeedCatalog.CONFIG_URL, null, -1,
                    new java.io.ByteArrayOutputStream())));
            server.faults().reset();
        }
        assertThat(failures).hasSize(6).allSatisfy(f -> assertThat(f).isInstanceOf(CatalogException.class));
        assertThat(server.requests()).anyMatch(r -> ("Bearer " + TOKEN).equals(r.header("Authorization")));
        for (Throwable f : failures) {
            for (Throwable t = f; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN, COOKIE);
                assertThat(t.toString()).doesNotContain(TOKEN, COOKIE);
            }
        }
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(TOKEN, COOKIE);
        }
    }

    @Test
    void serverDetailIsCleanedCappedAndScrubbed() {
        String body = "Access forbidden. Detail: token " + TOKEN + " \u001b[31mred\r\nnext\u0000line\u202e";
        assertThat(ErrorText.detail(body, Set.of(TOKEN))).isEqualTo("token *** [31mred next line");
        assertThat(ErrorText.detail("x".repeat(5000), Set.of())).hasSize(ErrorText.MAX_LENGTH + 1).endsWith("…");
        assertThat(ErrorText.detail(null, Set.of())).isEmpty();
    }

    private interface Failing {
        void run() throws IOException;
    }

    private static Throwable catchFailure(Failing action) {
        try {
            action.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
