package org.provex.cli;

import java.util.Optional;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.CredentialFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code provex login HOST}: headless, so no browser. It reuses the login deriva-auth or the Provex window stored in
 * the credential file and says who it is; or it stores a bearer token given on standard input or in an environment
 * variable (never as an argument, where other users could see it), after the server accepted it.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Check the stored login for a DERIVA host and show who it is, or store a bearer token.",
            "A browser login needs the desktop window (Log in...) or deriva-auth; both store it in the credential "
                    + "file this command reads.",
            "Examples:",
            "  provex login www.example.org",
            "  printf '%%s' \"$TOKEN\" | provex login www.example.org --token-stdin",
            "  provex login www.example.org --token-env DERIVA_TOKEN"})
final class LoginCommand extends BaseCommand {

    @Parameters(paramLabel = "HOST", description = "Host name, optionally with https:// (http:// only for this "
            + "computer) and a port.")
    String host;

    @ArgGroup(exclusive = true)
    TokenSource token;

    static final class TokenSource {
        @Option(names = "--token-stdin", description = "Read a bearer token from the first line of standard input.")
        boolean stdin;

        @Option(names = "--token-env", paramLabel = "VARIABLE",
                description = "Read a bearer token from this environment variable.")
        String variable;
    }

    @Override
    int run(CliContext ctx) throws Exception {
        CatalogLocation server = Locations.server(host);
        CredentialFile file = ctx.credentialFile();
        if (token != null) {
            return storeToken(ctx, server, file, readToken(ctx));
        }
        Optional<Credential> stored = Logins.stored(ctx, server);
        if (stored.isEmpty()) {
            throw new CliException("No login for " + server.host() + " in " + file.path() + ". 'provex login' cannot"
                    + " open a browser: log in from the Provex window (Log in...) or with deriva-auth, which store "
                    + "the login there, or store a bearer token with: provex login " + host + " --token-stdin");
        }
        Optional<AuthnSession> session = Logins.session(server, stored.get());
        if (session.isEmpty()) {
            throw new CliException("The login stored for " + server.host() + " in " + file.path() + " has expired "
                    + "or was logged out. Log in again from the Provex window or with deriva-auth, or store a bearer "
                    + "token with: provex login " + host + " --token-stdin");
        }
        report(ctx, server, session.get(), "using the login stored in " + file.path());
        return 0;
    }

    private int storeToken(CliContext ctx, CatalogLocation server, CredentialFile file, String value)
            throws Exception {
        Credential bearer = new Credential(Credential.Kind.BEARER, value);
        Optional<AuthnSession> session = Logins.session(server, bearer);
        if (session.isEmpty()) {
            throw new CliException(server.host() + " did not accept the token (it knows no session for it); nothing "
                    + "was stored.");
        }
        file.putBearerToken(server.host(), value);
        report(ctx, server, session.get(), "bearer token stored in " + file.path());
        return 0;
    }

    private String readToken(CliContext ctx) throws java.io.IOException {
        String value;
        if (token.stdin) {
            value = ctx.in().readLine();
        } else {
            value = System.getenv(token.variable);
        }
        if (value == null || value.isBlank()) {
            throw new CliException(token.stdin ? "No token on standard input." : "The environment variable "
                    + token.variable + " is not set or empty.", 2);
        }
        return value.strip();
    }

    private static void report(CliContext ctx, CatalogLocation server, AuthnSession session, String how) {
        if (ctx.json()) {
            ctx.printJson(Logins.json(server, session));
        } else {
            ctx.print("Logged in to " + server.host() + " as " + Logins.who(session) + "; " + how + ".\n");
        }
    }
}
