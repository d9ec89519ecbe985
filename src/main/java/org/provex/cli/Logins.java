package org.provex.cli;

import java.io.IOException;
import java.util.Optional;
import org.provex.core.catalog.http.AuthnClient;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import tools.jackson.databind.node.ObjectNode;

/** Shared by login, logout and whoami: the stored login of a host and who it is. */
final class Logins {

    private Logins() {
    }

    static Optional<Credential> stored(CliContext ctx, CatalogLocation server) throws IOException {
        return ctx.credentialFile().read().forHost(server.host());
    }

    static AuthnClient client(CatalogLocation server, Credentials credentials) {
        return new AuthnClient(DerivaHttp.create(server, credentials));
    }

    static Optional<AuthnSession> session(CatalogLocation server, Credential credential) throws IOException {
        return client(server, Credentials.of(server.host(), credential)).session();
    }

    static String who(AuthnSession s) {
        String expires = s.secondsRemaining() < 0 ? "" : " (session expires in " + Math.max(1,
                s.secondsRemaining() / 60) + " min)";
        return s.describe() + expires;
    }

    static ObjectNode json(CatalogLocation server, AuthnSession s) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("host", server.host());
        o.put("logged_in", s != null);
        if (s != null) {
            o.put("id", s.clientId());
            o.put("display_name", s.displayName());
            o.put("full_name", s.fullName());
            o.put("email", s.email());
            o.put("seconds_remaining", s.secondsRemaining());
        }
        return o;
    }
}
