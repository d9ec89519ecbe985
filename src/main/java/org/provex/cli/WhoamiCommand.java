package org.provex.cli;

import java.util.Optional;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code provex whoami HOST}: who the stored login is (exit 1 when not logged in). */
@Command(name = "whoami", mixinStandardHelpOptions = true,
        description = "Show who the stored login for a DERIVA host is (exit code 1 when not logged in).")
final class WhoamiCommand extends BaseCommand {

    @Parameters(paramLabel = "HOST", description = "Host name, optionally with a scheme and port.")
    String host;

    @Override
    int run(CliContext ctx) throws Exception {
        CatalogLocation server = Locations.server(host);
        Optional<Credential> stored = Logins.stored(ctx, server);
        Optional<AuthnSession> session = stored.isEmpty() ? Optional.empty() : Logins.session(server, stored.get());
        if (ctx.json()) {
            ctx.printJson(Logins.json(server, session.orElse(null)));
        } else if (session.isPresent()) {
            ctx.print(server.host() + ": " + Logins.who(session.get()) + "\n  id: " + session.get().clientId()
                    + "\n");
        } else {
            ctx.print("Not logged in to " + server.host() + (stored.isEmpty() ? " (no login in "
                    + ctx.credentialFile().path() + ")" : " (the stored login has expired)") + ".\n");
        }
        return session.isPresent() ? 0 : 1;
    }
}
