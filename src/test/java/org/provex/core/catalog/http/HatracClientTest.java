package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.Faults;
import org.provex.testserver.RecordedRequest;
import org.provex.testserver.SeedCatalog;

class HatracClientTest extends LiveFixture {

    private static final String URL = SeedCatalog.CONFIG_URL;
    private static final byte[] BYTES = SeedCatalog.CONFIG_BYTES;
    private static final String MD5 = DerivaTestServer.md5Hex(BYTES);

    @TempDir
    Path dir;

    @BeforeEach
    void publish() throws IOException {
        server.publish(SeedCatalog.small(T1, 1));
    }

    private HatracClient hatrac(Credentials credentials) {
        return new HatracClient(http(credentials));
    }

    @Test
    void downloadsAndVerifiesWithoutReencodingTheUrl() throws IOException {
        Path target = dir.resolve("sub/config.json");
        hatrac(Credentials.none()).download(URL, MD5.toUpperCase(), BYTES.length, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(BYTES);
        assertThat(server.requests()).extracting(RecordedRequest::target).containsExactly(URL);
        assertThat(leftovers()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        hatrac(Credentials.none()).download(URL, MD5, BYTES.length, out);
        assertThat(out.toByteArray()).isEqualTo(BYTES);
    }

    @Test
    void aWrongMd5OrLengthKeepsNothing() throws IOException {
        Path target = dir.resolve("config.json");
        Files.writeString(target, "previous");
        HatracClient client = hatrac(Credentials.none());
        assertThatThrownBy(() -> client.download(URL, "0".repeat(32), BYTES.length, target))
                .isInstanceOf(CatalogException.ChecksumMismatch.class).hasMessageContaining("MD5 differs")
                .hasMessageContaining("not kept");
        assertThatThrownBy(() -> client.download(URL, MD5, BYTES.length + 1, target))
                .isInstanceOf(CatalogException.ChecksumMismatch.class).hasMessageContaining("bytes instead of");
        assertThatThrownBy(() -> client.download(URL, MD5, BYTES.length - 1, target))
                .isInstanceOf(CatalogException.ChecksumMismatch.class).hasMessageContaining("longer than");
        server.faults().wrongMd5Header(true);
        assertThatThrownBy(() -> client.download(URL, MD5, BYTES.length, target))
                .isInstanceOf(CatalogException.ChecksumMismatch.class).hasMessageContaining("Content-MD5");
        server.faults().wrongMd5Header(false).corruptFiles(true);
        assertThatThrownBy(() -> client.download(URL, MD5, BYTES.length, target))
                .isInstanceOf(CatalogException.ChecksumMismatch.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(leftovers()).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aTruncatedDownloadKeepsNothing() throws IOException {
        Path target = dir.resolve("config.json");
        server.faults().damageNextBodies(3, Faults.BodyFault.TRUNCATE, "/hatrac/");
        assertThatThrownBy(() -> hatrac(Credentials.none()).download(URL, MD5, BYTES.length, target))
                .isInstanceOf(CatalogException.Incomplete.class);
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(server.count("/hatrac/")).isEqualTo(3);

        server.faults().damageNextBodies(1, Faults.BodyFault.DROP, "/hatrac/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> hatrac(Credentials.none()).download(URL, MD5, BYTES.length, out))
                .isInstanceOf(CatalogException.Incomplete.class);
    }

    @Test
    void aProtectedObjectNeedsALoginAndMissingOnesAreNotFound() throws IOException {
        server.hatracAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        assertThatThrownBy(() -> hatrac(Credentials.none()).download(URL, MD5, BYTES.length, dir.resolve("a")))
                .isInstanceOf(CatalogException.NotAuthenticated.class);
        server.acceptCookie("cookie-value");
        Credentials login = Credentials.of("127.0.0.1", new Credential(Credential.Kind.COOKIE, "cookie-value"));
        hatrac(login).download(URL, MD5, BYTES.length, dir.resolve("b"));
        assertThat(dir.resolve("b")).hasBinaryContent(BYTES);
        assertThatThrownBy(() -> hatrac(login).download("/hatrac/none:1", null, -1, dir.resolve("c")))
                .isInstanceOf(CatalogException.NotFound.class);
    }

    @Test
    void aRedirectToAnotherHostDoesNotCarryTheLogin() throws IOException {
        for (String otherHost : new String[] {"localhost", "127.0.0.1"}) {
            for (Credential credential : new Credential[] {new Credential(Credential.Kind.COOKIE, "cookie-value"),
                    new Credential(Credential.Kind.BEARER, "bearer-value")}) {
                try (DerivaTestServer other = DerivaTestServer.start()) {
                    other.publish(SeedCatalog.small(T1, 1));
                    server.reset();
                    server.hatracAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
                    server.acceptCookie("cookie-value");
                    server.acceptBearer("bearer-value");
                    server.redirectFilesTo("http://" + otherHost + ":" + other.port());
                    Path target = dir.resolve(otherHost + credential.kind());
                    hatrac(Credentials.of("127.0.0.1", credential)).download(URL, MD5, BYTES.length, target);

                    assertThat(target).hasBinaryContent(BYTES);
                    RecordedRequest first = server.requests().get(0);
                    assertThat(first.header(credential.headerName())).isEqualTo(credential.headerValue());
                    assertThat(other.requests()).hasSize(1);
                    RecordedRequest hop = other.requests().get(0);
                    assertThat(hop.target()).isEqualTo(URL);
                    assertThat(hop.header("Authorization")).as(otherHost).isNull();
                    assertThat(hop.header("Cookie")).as(otherHost).isNull();
                }
            }
        }
    }

    @Test
    void servesOnlyFilesOfItsOwnHost() {
        HatracClient client = hatrac(Credentials.none());
        assertThat(client.serves(URL)).isTrue();
        assertThat(client.serves(server.origin() + URL)).isTrue();
        assertThat(client.serves("https://elsewhere.example.org/hatrac/x")).isFalse();
        assertThat(client.serves("tag:example.org,2026:x")).isFalse();
        assertThatThrownBy(() -> client.download("https://elsewhere.example.org/hatrac/x", null, -1,
                new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
