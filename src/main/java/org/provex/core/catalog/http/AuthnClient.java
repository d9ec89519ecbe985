package org.provex.core.catalog.http;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The webauthn session of one host: who the login is ({@code GET /authn/session}) and logout ({@code DELETE}). */
public final class AuthnClient {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final DerivaHttp http;

    public AuthnClient(DerivaHttp http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * The session the stored login opens, or empty when the server knows none (404: never logged in, expired or
     * logged out).
     */
    public Optional<AuthnSession> session() throws CatalogException {
        String url = http.location().origin() + "/authn/session";
        try {
            return Optional.of(http.get(url, "application/json", "the login session", null, true,
                    response -> parse(response.body().string())));
        } catch (CatalogException.NotFound e) {
            return Optional.empty();
        }
    }

    /** Ends the session on the server; false when there was none. */
    public boolean logout() throws CatalogException {
        return http.deleteAuthnSession() == 200;
    }

    static AuthnSession parse(String json) throws IOException {
        JsonNode body;
        try {
            body = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new CatalogException.MalformedResponse("the login session", "not valid JSON", e);
        }
        JsonNode client = body.path("client");
        String id = client.isString() ? client.asString() : client.path("id").stringValue(null);
        if (id == null) {
            throw new CatalogException.MalformedResponse("the login session", "no client id", null);
        }
        return new AuthnSession(id, client.path("display_name").stringValue(null),
                client.path("full_name").stringValue(null), client.path("email").stringValue(null),
                body.path("seconds_remaining").asLong(-1));
    }
}
