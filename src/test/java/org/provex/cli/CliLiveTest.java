package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.TableRef;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.DataDirectory;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live-catalog commands against the test server: catalog add/list/remove, sync, and login/whoami/logout with a
 * temporary credential file (never ~/.deriva). PROVEX_HOME is target/test-provex-home (surefire); every catalog added
 * here is named after the server's port and removed afterwards.
 */
class CliLiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());

    @TempDir
    Path dir;
    DerivaTestServer server;
    Path credentials;
    String name;
    final List<String> added = new ArrayList<>();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = DerivaTestServer.start();
        server.publish(DEMO);
        credentials = dir.resolve("deriva").resolve("credential.json");
        name = "live-" + server.port();
    }

    @AfterEach
    void stop() {
        added.forEach(n -> run("catalog", "remove", n));
        server.close();
    }

    Run run(String... args) {
        return runWithInput("", args);
    }

    Run runWithInput(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--credential-file");
        all.add(credentials.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ProvexCommand.run(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true),
                new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void addSyncListShowAndRemoveACatalog() throws IOException {
        Run add = run("catalog", "add", server.origin(), "1", "--name", name);
        added.add(name);
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added " + name, "deriva-ml 1.54+", "provex sync --catalog " + name);

        Run sync = run("sync", "--catalog", name);
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains(name + ": full sync", "51 executions cached");
        assertThat(sync.err()).contains("[1/", "deriva-ml:Execution: 51 rows");
        assertThat(sync.out()).containsPattern("metadata files: \\d+ downloaded \\(\\d");

        JsonNode list = run("catalog", "list", "--format", "json").json();
        JsonNode entry = find(list, name);
        assertThat(entry.get("url").asString()).isEqualTo(server.origin() + "/ermrest/catalog/1");
        assertThat(entry.get("snaptime").asString()).isEqualTo(Snaptime.parse(DEMO.snaptime()).value());
        assertThat(entry.get("executions").asLong()).isEqualTo(51);
        assertThat(entry.get("synced_at").asString()).endsWith("Z");
        assertThat(find(list, "demo")).isNotNull();
        assertThat(run("catalog", "list").out()).contains(name, Snaptime.parse(DEMO.snaptime()).value());

        assertThat(run("executions", "--catalog", name, "--format", "json").json()).hasSize(51);
        server.reset();
        JsonNode again = run("sync", "--catalog", name, "--format", "json").json().get(0);
        assertThat(again.get("kind").asString()).isEqualTo("unchanged");
        assertThat(again.get("requests").asLong()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);

        EditedCatalog later = EditedCatalog.of(DEMO, Snaptime.parse(DEMO.snaptime()).toInstant()
                .plus(Duration.ofHours(2)));
        String rid = later.rowsOf(new TableRef("deriva-ml", "Execution")).get(5).path("RID").asString();
        later.update(new TableRef("deriva-ml", "Execution"), rid, java.util.Map.of("Description", "renamed"));
        server.publish(later);
        Run incremental = run("sync", "--catalog", name, "--files");
        assertThat(incremental.exit()).as(incremental.err()).isZero();
        assertThat(incremental.out()).contains("1 rows changed (0 new, 1 updated, 0 deleted)", "metadata files: 0 "
                + "downloaded");

        String uploaded = run("executions", "--catalog", name, "--status", "Uploaded", "--format", "json").json()
                .get(0).get("rid").asString();
        Run show = run("show", uploaded, "--catalog", name);
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("configuration.json", "Environment variables");

        Run remove = run("catalog", "remove", name);
        added.remove(name);
        assertThat(remove.exit()).isZero();
        assertThat(Files.exists(DataDirectory.fromEnvironment().catalogDirectory(name))).isFalse();
        assertThat(find(run("catalog", "list", "--format", "json").json(), name)).isNull();
    }

    @Test
    void addAcceptsLinksAndRefusesWhatIsNotADerivaMlCatalog() {
        Run chaise = run("catalog", "add", server.origin() + "/chaise/recordset/#1/deriva-ml:Execution");
        String derived = "127.0.0.1-" + server.port() + "-1";
        added.add(derived);
        assertThat(chaise.exit()).as(chaise.err()).isZero();
        assertThat(chaise.out()).contains("Added " + derived);
        Run twice = run("catalog", "add", server.origin(), "1", "--name", name);
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("already added as '" + derived + "'");

        Run remoteHttp = run("catalog", "add", "http://www.example.org", "1");
        assertThat(remoteHttp.exit()).isEqualTo(2);
        assertThat(remoteHttp.err()).contains("Plain http:// is allowed only for this computer");

        Run missing = run("catalog", "add", server.origin(), "7", "--name", name);
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("was not found").hasLineCount(1);

        Run demo = run("catalog", "remove", "demo");
        assertThat(demo.exit()).isEqualTo(2);
        assertThat(demo.err()).contains("built in");
        Run syncDemo = run("sync", "--catalog", "demo");
        assertThat(syncDemo.exit()).isEqualTo(2);
    }

    @Test
    void aCatalogThatNeedsALoginSaysHowToLogIn() {
        assertThat(run("catalog", "add", server.origin(), "1", "--name", name).exit()).isZero();
        added.add(name);
        server.catalogAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        Run sync = run("sync", "--catalog", name);
        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.err()).contains("requires a login", "Log in").hasLineCount(2);
    }

    @Test
    void loginStoresAVerifiedTokenWhoamiShowsItAndLogoutRemovesOnlyThatHost() throws IOException {
        Files.createDirectories(credentials.getParent());
        String other = "{\n  \"other.example.org\": {\n    \"cookie\": \"webauthn=keep-me\",\n    \"note\": [\n"
                + "      1,\n      2\n    ]\n  }\n}";
        Files.writeString(credentials, other);
        String host = server.origin();

        Run nobody = run("whoami", host);
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.out()).contains("Not logged in to 127.0.0.1", "no login in");
        Run noLogin = run("login", host);
        assertThat(noLogin.exit()).isEqualTo(1);
        assertThat(noLogin.err()).contains("cannot open a browser", "--token-stdin");

        server.acceptBearer("token-123");
        Run wrong = runWithInput("not-the-token\n", "login", host, "--token-stdin");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("did not accept").doesNotContain("not-the-token");
        assertThat(Files.readString(credentials)).isEqualTo(other);

        Run login = runWithInput("token-123\n", "login", host, "--token-stdin");
        assertThat(login.exit()).as(login.err()).isZero();
        assertThat(login.out()).contains("Logged in to 127.0.0.1 as Test User (test-user@provex.invalid)")
                .doesNotContain("token-123");
        JsonNode file = JSON.readTree(Files.readString(credentials));
        assertThat(file.get("127.0.0.1").get("bearer-token").asString()).isEqualTo("token-123");
        assertThat(file.get("other.example.org")).isEqualTo(JSON.readTree(other).get("other.example.org"));
        assertThat(Files.readString(credentials)).startsWith(other.substring(0, other.length() - 2));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");

        Run who = run("whoami", host, "--format", "json");
        assertThat(who.exit()).isZero();
        assertThat(who.json().get("display_name").asString()).isEqualTo("test-user@provex.invalid");
        assertThat(run("login", host).out()).contains("using the login stored in");

        Run logout = run("logout", host);
        assertThat(logout.exit()).as(logout.err()).isZero();
        assertThat(logout.out()).contains("session ended on the server");
        assertThat(server.requests()).anyMatch(r -> r.method().equals("DELETE"));
        assertThat(Files.readString(credentials)).isEqualTo(other);
        assertThat(run("whoami", host).exit()).isEqualTo(1);
    }

    @Test
    void whoamiReusesACookieFromDerivaAuth() throws IOException {
        Files.createDirectories(credentials.getParent());
        Files.writeString(credentials, "{\"127.0.0.1\": {\"cookie\": \"webauthn=abc%7Cdef\"}}");
        server.acceptCookie("abc%7Cdef");
        Run who = run("whoami", server.origin());
        assertThat(who.exit()).as(who.err()).isZero();
        assertThat(who.out()).contains("Test User");
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            if (n.get("name").asString().equals(name)) {
                return n;
            }
        }
        return null;
    }
}
