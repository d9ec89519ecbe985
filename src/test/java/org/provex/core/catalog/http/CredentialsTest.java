package org.provex.core.catalog.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final String FILE = """
            {
              "www.example.org": { "cookie": "webauthn=3f1c%7Cabc" },
              "dev.example.org": { "bearer-token": "AgX-token", "cookie": "webauthn=ignored", "auth_type": "user" },
              "Mixed.Example.org": { "bearer-token": "mixed-token" },
              "old.example.org": { "username": "u", "password": "p" },
              "raw.example.org": { "cookie": "bare-value" }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void bearerWinsOverCookieAndHostsAreBare() throws IOException {
        Path file = write(FILE);
        Credentials c = Credentials.load(file);
        assertThat(c.forHost("dev.example.org")).contains(new Credential(Credential.Kind.BEARER, "AgX-token"));
        assertThat(c.forHost("www.example.org")).contains(new Credential(Credential.Kind.COOKIE, "3f1c%7Cabc"));
        assertThat(c.forHost("www.example.org").orElseThrow().headerValue()).isEqualTo("webauthn=3f1c%7Cabc");
        assertThat(c.forHost("dev.example.org").orElseThrow().headerValue()).isEqualTo("Bearer AgX-token");
        assertThat(c.forHost("raw.example.org").orElseThrow().headerValue()).isEqualTo("webauthn=bare-value");
        assertThat(c.forHost("mixed.example.org")).contains(new Credential(Credential.Kind.BEARER, "mixed-token"));
        assertThat(c.forHost("other.example.org")).isEmpty();
        assertThat(c.forHost("old.example.org")).isEmpty();
        assertThat(c.forHost("https://www.example.org")).isEmpty();
        assertThat(c.toString()).doesNotContain("AgX-token", "3f1c");
        assertThat(c.forHost("dev.example.org").orElseThrow().toString()).doesNotContain("AgX-token");
    }

    @Test
    void neverChangesTheFile() throws IOException {
        Path file = write(FILE);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);
        Credentials.load(file);
        assertThat(Files.readString(file)).isEqualTo(FILE);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    @Test
    void missingFileMeansAnonymousAndBadFilesSayWhichFile() throws IOException {
        assertThat(Credentials.load(dir.resolve("none.json")).forHost("www.example.org")).isEmpty();
        Path bad = write("{\"www.example.org\": {\"bearer-token\": \"secret-123\"");
        assertThatThrownBy(() -> Credentials.load(bad)).isInstanceOf(IOException.class)
                .hasMessageContaining(bad.toString()).hasMessageNotContaining("secret-123");
        Path array = write("[]");
        assertThatThrownBy(() -> Credentials.load(array)).hasMessageContaining("keyed by host");
    }

    @Test
    void locationComesFromTheEnvironmentOrTheGivenHome() {
        Path home = dir.resolve("home");
        assertThat(Credentials.defaultLocation(Map.of(), home)).isEqualTo(home.resolve(".deriva/credential.json"));
        assertThat(Credentials.defaultLocation(Map.of(Credentials.FILE_VARIABLE, "/x/c.json"), home))
                .isEqualTo(Path.of("/x/c.json"));
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "credential", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
