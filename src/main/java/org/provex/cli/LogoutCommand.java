package org.provex.cli;

import java.util.Optional;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.CredentialFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code provex logout HOST}: ends the session on the server and removes the host from the credential file. */
@Command(name = "logout", mixinStandardHelpOptions = true,
        description = "End the login session on a DERIVA host and remove its entry from the credential file (other "
                + "hosts' logins are kept).")
final class LogoutCommand extends BaseCommand {

    @Parameters(paramLabel = "HOST", description = "Host name, optionally with a scheme and port.")
    String host;

    @Override
    int run(CliContext ctx) throws Exception {
        CatalogLocation server = Locations.server(host);
        CredentialFile file = ctx.credentialFile();
        Optional<Credential> stored = Logins.stored(ctx, server);
        if (stored.isEmpty()) {
            ctx.print("No login for " + server.host() + " in " + file.path() + "; nothing to do.\n");
            return 0;
        }
        String ended;
        try {
            ended = Logins.client(server, Credentials.of(server.host(), stored.get())).logout()
                    ? "session ended on the server" : "the server had no session for it";
        } catch (CatalogException e) {
            ended = "the server could not be told (" + TextTable.clean(e.getMessage()) + ")";
        }
        file.remove(server.host());
        ctx.print("Logged out of " + server.host() + ": " + ended + "; removed from " + file.path() + ".\n");
        return 0;
    }
}
