package org.provex.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.live.CatalogService;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real login window against the test server's fake preauth and identity-provider pages (plain http is allowed on
 * loopback): the page goes to /authn/preauth, follows redirect_url, the person signs in, the provider sets the
 * webauthn cookie; credential.json gets it (0600, the other host kept) and the window says who is logged in.
 */
@ExtendWith(ApplicationExtension.class)
class LoginWindowTest {

    @TempDir
    Path dir;
    private DerivaTestServer server;
    private ExecutorService pool;

    @Start
    void start(Stage stage) {
        // the login window opens its own stage
    }

    @BeforeEach
    void startServer() {
        server = DerivaTestServer.start();
        pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "login-test-task");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stopServer() {
        pool.shutdownNow();
        server.close();
    }

    @Test
    void logsInThroughPreauthAndStoresTheCookie(FxRobot robot) throws Exception {
        Path file = dir.resolve("deriva").resolve("credential.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"other.example.org\": {\n    \"bearer-token\": \"keep\"\n  }\n}");
        CredentialFile credentials = new CredentialFile(file);
        AtomicReference<AuthnSession> reported = new AtomicReference<>();
        AtomicReference<LoginWindow> window = new AtomicReference<>();
        Workspace workspace = new Workspace(new DataDirectory(dir.resolve("home")));
        CatalogService catalogs = TestCatalogs.service(workspace, credentials, RetryPolicy.defaults());
        robot.interact(() -> window.set(LoginWindow.show((javafx.stage.Window) null,
                LoginViewModel.of(server.origin(), catalogs, new FxTaskRunner(pool)), reported::set)));

        assertThat(window.get().stage().getIcons()).as("the Provex icon").hasSize(AppIcon.SIZES.size());
        WebView web = robot.lookup("#loginWebView").queryAs(WebView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> location(web).contains("/test-idp/authorize")
                && WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript(
                        "document.getElementById('signin') != null")).get().equals(Boolean.TRUE));
        assertThat(robot.lookup("#loginStatus").queryAs(Label.class).getText()).contains("Sign in at 127.0.0.1");

        robot.interact(() -> web.getEngine().executeScript("document.getElementById('signin').click()"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reported.get() != null);

        assertThat(reported.get().displayName()).isEqualTo("test-user@provex.invalid");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#loginUser").queryAs(Label.class).getText()).contains("Test User");
        assertThat(robot.lookup("#loginStatus").queryAs(Label.class).getText()).contains("Logged in to 127.0.0.1");
        JsonNode stored = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(stored.get("127.0.0.1").get("cookie").asString()).startsWith("webauthn=session-");
        assertThat(stored.get("other.example.org").get("bearer-token").asString()).isEqualTo("keep");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(server.count("^/authn/preauth")).isEqualTo(1);
        robot.interact(() -> window.get().stage().close());
    }

    private static String location(WebView web) throws Exception {
        String l = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getLocation()).get();
        return l == null ? "" : l;
    }
}
