package org.provex.ui.login;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.live.CatalogService;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DERIVA browser login, after the deriva-auth desktop app: the page loads {@code /authn/preauth}, follows its
 * {@code redirect_url} to the identity provider, and when the provider sends the browser back to
 * {@code /authn/session} the {@code webauthn} cookie of the host is checked with {@code GET /authn/session}, stored in
 * the credential file and the person is shown who they are. A login already in the file that the server still
 * accepts needs no page at all. Knows no Node: the view reports page loads and reads the cookie jar.
 */
public final class LoginViewModel {

    /** Who a login is ({@code GET /authn/session}); empty when the server knows no session for it. */
    @FunctionalInterface
    public interface Sessions {
        Optional<AuthnSession> of(Credential credential) throws IOException;
    }

    /** The browser's cookie jar: the value of the {@code webauthn} cookie it would send to a URI. */
    @FunctionalInterface
    public interface CookieJar {
        Optional<String> webauthn(URI uri);
    }

    /** What the view should do after a page loaded. */
    public sealed interface Step {
        /** Load this URL next. */
        record Navigate(String url) implements Step {
        }

        /** Nothing: the person is on the provider's pages, or the login is being checked. */
        record Wait() implements Step {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LoginViewModel.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREAUTH = "/authn/preauth";
    private static final String SESSION = "/authn/session";

    private final CatalogLocation server;
    private final CredentialFile credentials;
    private final Sessions sessions;
    private final TaskRunner tasks;
    private final Messages text = Messages.of(LoginViewModel.class);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user", "");
    private final ReadOnlyBooleanWrapper loggedIn = new ReadOnlyBooleanWrapper(this, "loggedIn");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyObjectWrapper<AuthnSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private boolean checking;

    /**
     * A login to a host ({@code host}, {@code host:port} or {@code https://host[:port]}; http only for this computer)
     * through the window's live-catalog service: its credential file and its HTTP client.
     *
     * @throws IllegalArgumentException when the host is not a valid address
     */
    public static LoginViewModel of(String host, CatalogService catalogs, TaskRunner tasks) {
        CatalogLocation server = CatalogLocation.of(host, "1");   // login is per host; the catalog id is unused
        return new LoginViewModel(server, catalogs.credentials(), c -> catalogs.sessionOf(server, c), tasks);
    }

    public LoginViewModel(CatalogLocation server, CredentialFile credentials, Sessions sessions, TaskRunner tasks) {
        this.server = Objects.requireNonNull(server, "server");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        status.set(text.get("login.connecting", server.host()));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Who is logged in, for display; empty until then. */
    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loggedInProperty() {
        return loggedIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AuthnSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public String host() {
        return server.host();
    }

    /** Where the login starts: {@code https://HOST/authn/preauth}. */
    public String startUrl() {
        return server.origin() + PREAUTH;
    }

    /**
     * Checks the login already stored for the host; when the server still accepts it the person is logged in without
     * a page, otherwise {@code load} is called with {@link #startUrl()}.
     */
    public void start(Consumer<String> load) {
        tasks.task(text.get("login.task.check", server.host()), ctx -> {
            Optional<Credential> stored = credentials.read().forHost(server.host());
            return stored.isPresent() ? sessions.of(stored.get()) : Optional.<AuthnSession>empty();
        }).onSuccess(found -> {
            if (found.isPresent()) {
                loggedIn(found.get(), "login.already");
            } else {
                status.set(text.get("login.opening", server.host()));
                load.accept(startUrl());
            }
        }).onError(e -> {
            LOG.info("Checking the stored login for {} failed: {}", server.host(), e.getMessage());
            status.set(text.get("login.opening", server.host()));
            load.accept(startUrl());
        }).start();
    }

    /**
     * A page finished loading.
     *
     * @param location the page's URL
     * @param pageText its text (the JSON of {@code /authn/preauth} and {@code /authn/session})
     */
    public Step pageLoaded(String location, String pageText, CookieJar cookies) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return new Step.Wait();
        }
        boolean ownHost = server.host().equalsIgnoreCase(uri.getHost());
        if (ownHost && PREAUTH.equals(uri.getPath())) {
            return preauth(pageText);
        }
        if (ownHost && SESSION.equals(uri.getPath())) {
            sessionPage(uri, cookies);
            return new Step.Wait();
        }
        if (!loggedIn.get() && !checking) {
            status.set(text.get("login.signin", uri.getHost() == null ? location : uri.getHost()));
        }
        return new Step.Wait();
    }

    /** A page could not be loaded (no network, certificate error). */
    public void pageFailed(String location, String reason) {
        fail(text.get("login.loadFailed", location, reason == null ? "" : reason));
    }

    private Step preauth(String pageText) {
        JsonNode preauth;
        try {
            preauth = JSON.readTree(pageText == null ? "" : pageText.strip());
        } catch (JacksonException e) {
            preauth = null;
        }
        String redirect = preauth == null ? null : preauth.path("redirect_url").stringValue(null);
        if (redirect == null || redirect.isBlank()) {
            fail(text.get("login.noRedirect", server.host()));
            return new Step.Wait();
        }
        URI target = URI.create(server.origin() + "/").resolve(redirect.strip());
        status.set(text.get("login.signin", target.getHost()));
        return new Step.Navigate(target.toString());
    }

    private void sessionPage(URI uri, CookieJar cookies) {
        Optional<String> cookie = cookies.webauthn(uri);
        if (cookie.isEmpty()) {
            fail(text.get("login.noCookie", server.host()));
            return;
        }
        if (checking || loggedIn.get()) {
            return;
        }
        checking = true;
        status.set(text.get("login.checking", server.host()));
        Credential credential = new Credential(Credential.Kind.COOKIE, cookie.get());
        tasks.task(text.get("login.task.store", server.host()), ctx -> {
            Optional<AuthnSession> who = sessions.of(credential);
            if (who.isPresent()) {
                credentials.putCookie(server.host(), cookie.get());
            }
            return who;
        }).onSuccess(who -> {
            if (who.isPresent()) {
                loggedIn(who.get(), "login.done");
            } else {
                fail(text.get("login.rejected", server.host()));
            }
        }).onError(e -> fail(text.get("login.storeFailed", e.getMessage())))
                .andFinally(() -> checking = false).start();
    }

    private void loggedIn(AuthnSession who, String key) {
        session.set(who);
        user.set(who.describe());
        loggedIn.set(true);
        failed.set(false);
        status.set(text.get(key, server.host(), who.describe(), credentials.path()));
        LOG.info("Logged in to {}", server.host());
    }

    private void fail(String message) {
        failed.set(true);
        status.set(message);
    }
}
