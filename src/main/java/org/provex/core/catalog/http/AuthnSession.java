package org.provex.core.catalog.http;

import java.util.Optional;

/**
 * Who a login belongs to, from {@code GET /authn/session}.
 *
 * @param clientId the identity recorded in RCB/RMB, e.g. {@code https://auth.globus.org/...}
 * @param displayName e.g. {@code laura@globusid.org}
 * @param fullName the person's name, when the provider gives one
 * @param email when the provider gives one
 * @param secondsRemaining until the session expires, or -1 when the server does not say
 */
public record AuthnSession(String clientId, String displayName, String fullName, String email,
                           long secondsRemaining) {

    /** {@code Full Name (display name)}, or whichever of the two exists. */
    public String describe() {
        String name = Optional.ofNullable(fullName).filter(s -> !s.isBlank()).orElse(null);
        String display = Optional.ofNullable(displayName).filter(s -> !s.isBlank()).orElse(clientId);
        return name == null ? display : name + " (" + display + ")";
    }
}
