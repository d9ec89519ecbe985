package org.provex.core.catalog.http;

import java.util.Objects;

/**
 * One host's login from a deriva credential file: a bearer token or a {@code webauthn} session cookie value.
 * {@link #toString()} never shows the secret.
 *
 * @param kind bearer token or cookie
 * @param secret the token, or the value of the {@code webauthn} cookie
 */
public record Credential(Kind kind, String secret) {

    /** How the credential is sent. */
    public enum Kind { BEARER, COOKIE }

    public Credential {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("an empty credential");
        }
    }

    /** {@code Authorization} or {@code Cookie}. */
    public String headerName() {
        return kind == Kind.BEARER ? "Authorization" : "Cookie";
    }

    /** {@code Bearer <token>} or {@code webauthn=<value>}. */
    public String headerValue() {
        return kind == Kind.BEARER ? "Bearer " + secret : "webauthn=" + secret;
    }

    @Override
    public String toString() {
        return "Credential[" + kind + ", ***]";
    }
}
