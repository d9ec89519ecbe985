package org.provex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.live.CatalogManager;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What a subcommand needs: the workspace, the chosen catalog's cache and the output streams. */
final class CliContext {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ProvexCommand root;
    private final PrintWriter out;
    private final PrintWriter err;
    private Workspace workspace;
    private String linkedCatalog;

    CliContext(ProvexCommand root, PrintWriter out, PrintWriter err) {
        this.root = root;
        this.out = out;
        this.err = err;
    }

    Workspace workspace() throws IOException {
        if (workspace == null) {
            workspace = new Workspace(DataDirectory.fromEnvironment(environment()).ensureExists());
            workspace.warnings().forEach(w -> err.println("provex: warning: " + w));
        }
        return workspace;
    }

    String catalog() {
        return linkedCatalog != null ? linkedCatalog : root.catalog();
    }

    /** The catalog a link named ({@code provex open}): it is this command's catalog from now on. */
    void useCatalog(String name) {
        linkedCatalog = name;
    }

    boolean catalogGiven() {
        return root.catalogGiven();
    }

    /** The credential file: {@code --credential-file}, else {@code $DERIVA_CREDENTIAL_FILE}, else ~/.deriva. */
    CredentialFile credentialFile() {
        Path file = root.credentialFile != null ? root.credentialFile
                : Credentials.defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
        return new CredentialFile(file);
    }

    /** The reproduce services of this workspace, with this invocation's environment. */
    org.provex.core.reproduce.run.ReproduceServices reproduceServices() throws IOException {
        return new org.provex.core.reproduce.run.ReproduceServices(workspace(), credentialFile(), environment(),
                java.time.Clock.systemUTC());
    }

    CatalogManager catalogs() throws IOException {
        return new CatalogManager(workspace(), credentialFile());
    }

    /** The environment of this invocation (the real one, or a test's). */
    java.util.Map<String, String> environment() {
        return root.environment;
    }

    java.io.BufferedReader in() {
        return root.in;
    }

    ProvexCommand.Format format() {
        return root.format;
    }

    boolean json() {
        return root.format == ProvexCommand.Format.json;
    }

    /** Opens the chosen catalog's cache, telling the user when the demo is prepared on first use. */
    CacheDatabase openCache() throws IOException {
        Workspace ws = workspace();
        if (Workspace.DEMO.equals(catalog()) && !ws.hasCache(Workspace.DEMO)) {
            err.println("provex: preparing the demo catalog (first run)...");
            err.flush();
        }
        return ws.openCache(catalog());
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    static String prettyJson(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    void printJson(JsonNode node) {
        out.println(JSON.writeValueAsString(node));
        out.flush();
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }
}
