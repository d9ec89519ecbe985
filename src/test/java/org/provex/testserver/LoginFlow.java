package org.provex.testserver;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fake of webauthn's browser login for the test server, shaped like the oauth2 flow deriva-auth drives:
 * {@code GET /authn/preauth} answers JSON with a {@code redirect_url} to the identity provider and sets the
 * {@code oauth2_auth_nonce} cookie; the provider's page ({@code /test-idp/authorize}) has a "Sign in" link to
 * {@code /test-idp/callback}, which checks the nonce cookie (so the browser really loaded preauth), sets the
 * {@code webauthn} session cookie (HttpOnly) and redirects to {@code /authn/session}.
 */
final class LoginFlow {

    private LoginFlow() {
    }

    static void handle(DerivaTestServer server, HttpExchange exchange, String path, String query) throws IOException {
        switch (path) {
            case "/authn/preauth" -> {
                String nonce = UUID.randomUUID().toString();
                String body = "{\"authentication_type\": \"oauth2\", \"cookie\": \"oauth2_auth_nonce\", "
                        + "\"redirect_url\": \"" + server.origin() + "/test-idp/authorize?nonce=" + nonce + "\"}";
                exchange.getResponseHeaders().add("Set-Cookie", "oauth2_auth_nonce=" + nonce + "; Path=/");
                server.sendJson(exchange, body, Map.of());
            }
            case "/test-idp/authorize" -> {
                String nonce = param(query, "nonce");
                server.sendHtml(exchange, "<!DOCTYPE html><html><head><title>Test identity provider</title></head>"
                        + "<body><h1 id=\"title\">Sign in</h1><a id=\"signin\" href=\"/test-idp/callback?nonce="
                        + nonce + "\">Sign in as test-user</a></body></html>", Map.of());
            }
            case "/test-idp/callback" -> {
                String nonce = param(query, "nonce");
                if (nonce == null || !cookies(exchange).contains("oauth2_auth_nonce=" + nonce)) {
                    throw new HttpError(400, "Login state mismatch: the preauth nonce cookie is missing.");
                }
                String session = "session-" + UUID.randomUUID();
                server.sessionStarted(session);
                exchange.getResponseHeaders().add("Set-Cookie", "webauthn=" + session + "; Path=/; HttpOnly");
                exchange.getResponseHeaders().set("Location", "/authn/session");
                exchange.sendResponseHeaders(303, -1);
            }
            default -> throw new HttpError(404, "No such resource " + path + ".");
        }
    }

    private static String cookies(HttpExchange exchange) {
        List<String> all = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        return String.join("; ", all).replace(" ", "");
    }

    private static String param(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String p : query.split("&")) {
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }
}
