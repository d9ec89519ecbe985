package org.provex.core.catalog.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logins read from a deriva credential file ({@code ~/.deriva/credential.json}, written by deriva-auth and
 * deriva-py): a JSON object keyed by bare host name, each entry with a {@code bearer-token} and/or a {@code cookie}
 * ({@code webauthn=...}). A bearer token wins over a cookie, as in deriva-py. The file is only ever read.
 */
public final class Credentials {

    /** Environment variable that points at another credential file (tests, several profiles). */
    public static final String FILE_VARIABLE = "DERIVA_CREDENTIAL_FILE";

    private static final Logger LOG = LoggerFactory.getLogger(Credentials.class);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String COOKIE_NAME = "webauthn";

    private final Map<String, Credential> byHost;

    private Credentials(Map<String, Credential> byHost) {
        this.byHost = Map.copyOf(byHost);
    }

    /** No logins: every request is anonymous. */
    public static Credentials none() {
        return new Credentials(Map.of());
    }

    /** Exactly one login, for one host (the in-app login flow, tests). */
    public static Credentials of(String host, Credential credential) {
        return new Credentials(Map.of(host, credential));
    }

    /**
     * Where the credential file is: {@code $DERIVA_CREDENTIAL_FILE} when set, else
     * {@code <home>/.deriva/credential.json}.
     * Callers pass the environment and home so tests never see the real ones.
     */
    public static Path defaultLocation(Map<String, String> environment, Path userHome) {
        String override = environment.get(FILE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return userHome.resolve(".deriva").resolve("credential.json");
    }

    /**
     * Reads a credential file; a missing file means no logins.
     *
     * @throws IOException when the file exists but cannot be read or is not a JSON object (the message names the
     *     file, never its content)
     */
    public static Credentials load(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            LOG.debug("No credential file at {}", file);
            return none();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new IOException("The credential file " + file + " is not valid JSON; log in again to rewrite it, "
                    + "or fix it by hand");
        }
        if (root == null || !root.isObject()) {
            throw new IOException("The credential file " + file + " is not a JSON object keyed by host name; log in "
                    + "again to rewrite it");
        }
        Map<String, Credential> byHost = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            parseEntry(entry.getValue()).ifPresent(c -> byHost.put(entry.getKey(), c));
        }
        LOG.debug("Read logins for {} host(s) from {}", byHost.size(), file);
        return new Credentials(byHost);
    }

    private static Optional<Credential> parseEntry(JsonNode entry) {
        String token = entry.path("bearer-token").stringValue(null);
        if (token != null && !token.isBlank()) {
            return Optional.of(new Credential(Credential.Kind.BEARER, token.strip()));
        }
        String cookie = entry.path("cookie").stringValue(null);
        if (cookie != null && !cookie.isBlank()) {
            String c = cookie.strip();
            int eq = c.indexOf('=');
            // deriva-py splits at the first '=' and sends the value as the webauthn cookie
            String value = eq >= 0 && c.substring(0, eq).strip().equals(COOKIE_NAME) ? c.substring(eq + 1) : c;
            if (!value.isBlank()) {
                return Optional.of(new Credential(Credential.Kind.COOKIE, value));
            }
        }
        return Optional.empty();
    }

    /** The login for a bare host name: exact key first, then the lower-case name, then any case. */
    public Optional<Credential> forHost(String host) {
        Credential exact = byHost.get(host);
        if (exact != null) {
            return Optional.of(exact);
        }
        Credential lower = byHost.get(host.toLowerCase(Locale.ROOT));
        if (lower != null) {
            return Optional.of(lower);
        }
        return byHost.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(host))
                .map(Map.Entry::getValue).findFirst();
    }

    @Override
    public String toString() {
        return "Credentials[hosts=" + byHost.keySet() + "]";
    }
}
