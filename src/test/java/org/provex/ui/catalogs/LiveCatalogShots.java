package org.provex.ui.catalogs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.screenshots.Snapshots;
import org.provex.testing.TestReproduce;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * PNGs of the live-catalog states to look at (target/snapshots/shots-*.png): the add dialog asking for a login, a
 * sync in progress, Changes available, the menu of a live catalog, and dark variants. Not part of the normal build
 * (the name does not end in Test); run with {@code mvn test -Dtest=LiveCatalogShots}.
 */
@ExtendWith(ApplicationExtension.class)
class LiveCatalogShots {

    @TempDir
    static Path home;
    private DerivaTestServer server;
    private ExecutorService executor;
    private AppAssembly app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = DerivaTestServer.start();
        server.publish(LiveWindow.DEMO);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "shots-task");
            t.setDaemon(true);
            return t;
        });
        Workspace workspace = new Workspace(new DataDirectory(home.resolve("provex")).ensureExists());
        app = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { },
                TestCatalogs.service(workspace, home.resolve("credential.json")), TestReproduce.runtime(workspace));
        app.show(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> app.shell().close());
        executor.shutdownNow();
        server.close();
    }

    @Test
    void shots(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        server.catalogAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        AddCatalogViewModel[] form = new AddCatalogViewModel[1];
        robot.interact(() -> {
            form[0] = app.shell().catalogs().newAddForm();
            AddCatalogDialog.show(stage, form[0]);
            form[0].serverProperty().set(server.origin());
            form[0].catalogIdProperty().set("1");
            form[0].syncNowProperty().set(false);
            form[0].submit();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> form[0].loginNeededProperty().get());
        shoot(dialog(robot).getScene(), "shots-add-login");
        robot.interact(() -> app.shell().darkProperty().set(true));
        shoot(dialog(robot).getScene(), "shots-add-login-dark");
        robot.interact(() -> app.shell().darkProperty().set(false));

        server.catalogAccess(DerivaTestServer.Access.PUBLIC);
        robot.interact(() -> form[0].submit());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog(robot) == null
                && app.shell().catalogs().notSyncedProperty().get());
        robot.interact(() -> app.shell().darkProperty().set(true));
        shoot(stage.getScene(), "shots-not-synced-dark");
        robot.interact(() -> app.shell().darkProperty().set(false));

        server.faults().latency(Duration.ofMillis(400));
        robot.interact(() -> app.shell().catalogs().sync().syncNow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#statusSync").contains("rows"));
        shoot(stage.getScene(), "shots-syncing");
        server.faults().reset();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.shell().sessionProperty().get() != null
                && !app.shell().catalogs().sync().busyProperty().get()
                && "Online".equals(text(robot, "#statusConnection")));

        Snaptime snap = Snaptime.parse(LiveWindow.DEMO.snaptime());
        EditedCatalog later = EditedCatalog.of(LiveWindow.DEMO, snap.toInstant().plus(Duration.ofHours(2)));
        TableRef execution = new TableRef("deriva-ml", "Execution");
        later.update(execution, later.rowsOf(execution).get(5).path("RID").asString(),
                java.util.Map.of("Description", "renamed"));
        server.publish(later);
        robot.clickOn("#statusConnection");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Changes available".equals(text(robot,
                "#statusConnection")));
        shoot(stage.getScene(), "shots-changes");
        robot.moveTo("#statusConnection");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Window tip = robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .findFirst().orElse(null);
        if (tip != null) {
            shoot(tip.getScene(), "shots-badge-tooltip");
        }

        robot.clickOn("#catalogMenu");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuLogin").tryQuery().isPresent());
        shoot(robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()
                && w.getScene().getRoot().lookup("#menuLogin") != null).findFirst().orElseThrow().getScene(),
                "shots-menu-live");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> app.shell().darkProperty().set(true));
        shoot(stage.getScene(), "shots-changes-dark");
        robot.interact(() -> app.shell().darkProperty().set(false));
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().getRoot().lookup("#addCatalogServer") != null).findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        Snapshots.write(scene, Path.of("target", "snapshots", name + ".png"));
    }
}
