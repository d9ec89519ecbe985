package org.provex.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.live.CatalogService;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.screenshots.Snapshots;
import org.provex.testing.TestReproduce;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window against the test server on loopback: add its catalog through the catalog menu's dialog, sync it
 * from the never-synced pane, and see its executions in the table and its snapshot and Online badge in the status
 * bar. A temporary credential file and data folder; PNGs of each step go to target/snapshots/live-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class LiveCatalogUiTest {

    @TempDir
    static Path home;
    private DerivaTestServer server;
    private ExecutorService executor;
    private ExecutorService downloads;
    private AppAssembly app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = DerivaTestServer.start();
        server.publish(LiveWindow.DEMO);
        executor = Executors.newCachedThreadPool(r -> daemon(r, "live-ui-task"));
        downloads = Executors.newFixedThreadPool(2, r -> daemon(r, "live-ui-download"));
        Workspace workspace = new Workspace(new DataDirectory(home.resolve("provex")).ensureExists());
        CatalogService service = CatalogService.forDesktop(workspace,
                new CredentialFile(home.resolve("deriva").resolve("credential.json")), TestCatalogs.CLIENT, downloads);
        app = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { }, service,
                TestReproduce.runtime(workspace));
        app.show(stage);
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> app.shell().close());
        executor.shutdownNow();
        downloads.shutdownNow();
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsSyncsAndBrowsesALiveCatalog(FxRobot robot) throws Exception {
        TableView<ExecutionSlot> table = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !robot.lookup("#openingOverlay").query().isVisible());
        assertThat(text(robot, "#statusConnection")).isEqualTo("Offline demo");
        assertThat(stage.getIcons()).as("the Provex icon").hasSize(AppIcon.SIZES.size());
        assertThat(robot.lookup("#syncNowButton").query().isVisible()).isFalse();

        robot.clickOn("#catalogMenu");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuAddCatalog").tryQuery().isPresent());
        shoot(robot, robot.listWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .findFirst().orElseThrow().getScene(), "live-menu");
        robot.clickOn("#menuAddCatalog");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
        assertThat(((Stage) dialog(robot)).getIcons()).as("the Provex icon").hasSize(AppIcon.SIZES.size());
        robot.clickOn("#addCatalogServer").write(server.origin());
        robot.clickOn("#addCatalogId").write("1");
        robot.clickOn("#addCatalogName").write("local");
        robot.clickOn("#addCatalogSync");   // sync from the window instead
        shoot(robot, dialog(robot).getScene(), "live-add-dialog");
        robot.clickOn("#addCatalogSubmit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog(robot) == null);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#notSyncedPane").query().isVisible()
                && "Changes available".equals(text(robot, "#statusConnection")));
        assertThat(text(robot, "#notSyncedTitle")).isEqualTo("\u201Clocal\u201D has not been synced yet");
        assertThat(text(robot, "#statusCatalog")).isEqualTo("local");
        assertThat(text(robot, "#statusSnapshot")).isEqualTo("Not synced yet");
        shoot(robot, stage.getScene(), "live-not-synced");

        robot.clickOn("#notSyncedSyncNow");
        String snap = Snaptime.parse(LiveWindow.DEMO.snaptime()).value();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#notSyncedPane").query().isVisible()
                && text(robot, "#statusSnapshot").startsWith("Snapshot " + snap)
                && "51 of 51 executions".equals(text(robot, "#statusRows"))
                && "Online".equals(text(robot, "#statusConnection")));
        assertThat(table.getItems()).hasSize(51);
        assertThat(text(robot, "#statusSnapshot")).contains("synced");
        assertThat(text(robot, "#statusMessage")).isEqualTo("Synced local: 51 executions at snapshot " + snap
                + ".");
        assertThat(robot.lookup("#syncNowButton").query().isVisible()).isTrue();
        assertThat(app.shell().sessionProperty().get().name()).isEqualTo("local");
        shoot(robot, stage.getScene(), "live-synced");
        robot.interact(() -> app.shell().darkProperty().set(true));
        shoot(robot, stage.getScene(), "live-synced-dark");
        robot.interact(() -> app.shell().darkProperty().set(false));
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene() != null && s.getScene().getRoot().lookup("#addCatalogServer") != null)
                .findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return ((Labeled) n).getText();
    }

    private static void shoot(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Snapshots.write(scene, Path.of("target", "snapshots", name + ".png"));
    }
}
