package org.provex.ui.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.lineage.DemoLineage;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testserver.DerivaTestServer;
import org.provex.ui.AppAssembly;
import org.provex.ui.catalogs.Connection;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.shell.MainSection;
import org.provex.testing.TestReproduce;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real window on the demo catalog and writes the README screenshots. Not a test of the normal
 * build (its name does not end in Test, so surefire skips it); run it with {@code mvn -Pscreenshots test},
 * which writes to docs/screenshots. Without the profile's property it writes to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)   // the demo tour first: the live shots leave "local" open
class ScreenshotTour {

    /** The execution opened in the detail shots: a finished training run with inputs and outputs. */
    private static final Rid SHOWCASE = Rid.of("1-AS10");

    @TempDir
    static Path home;
    private ExecutorService executor;
    private AppAssembly app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "screenshot-task");
            t.setDaemon(true);
            return t;
        });
        Workspace workspace = new Workspace(new DataDirectory(home).ensureExists());
        // a temporary credential file: screenshots never read a real ~/.deriva
        app = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { },
                TestCatalogs.service(workspace, home.resolve("credential.json")), TestReproduce.runtime(workspace));
        stage.setWidth(1440);
        stage.setHeight(900);
        app.show(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> app.shell().close());
        executor.shutdownNow();
    }

    @Test
    @Order(1)
    void tour(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("provex.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        TableView<?> table = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && robot.lookup("#openingOverlay").query().isVisible() == false);
        // the Readiness column fills in the background: shoot once no work is left in the status bar
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#statusWorkProgress").query().isVisible());
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("executions.png"));

        robot.interact(() -> {
            table.getSelectionModel().select(index(table, SHOWCASE));
            app.shell().sectionProperty().set(MainSection.EXECUTIONS);
            app.features().showExecution(SHOWCASE);
        });
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("execution-detail.png"));
        Snapshots.write(robot.lookup("#summaryCard").query(), out.resolve("run-summary.png"));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("executions-1024x640.png"));
        robot.interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });

        robot.clickOn("#searchField").write("1as10");   // results appear as one types
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.shell().search().showingResultsProperty().get());
        settle(robot);
        Snapshots.write(robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Popup).findFirst()
                .orElseThrow().getScene(), out.resolve("search-results.png"));
        robot.interact(() -> {
            app.shell().search().dismiss();
            app.shell().search().queryProperty().set("");
            table.requestFocus();
        });

        robot.interact(() -> {
            app.shell().sectionProperty().set(MainSection.WORKFLOWS);
            app.features().showWorkflow(Rid.of("1-AR4G"));
        });
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("workflows.png"));

        robot.interact(() -> {
            app.shell().sectionProperty().set(MainSection.DATASETS);
            app.features().showDataset(Rid.of("1-AQA6"), Rid.of("1-AR4C"));
        });
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("datasets.png"));

        robot.interact(() -> {
            app.shell().darkProperty().set(true);
            app.shell().sectionProperty().set(MainSection.EXECUTIONS);
            app.executions().statuses().add("Failed");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.executions().loadingProperty().get());
        settle(robot);
        Snapshots.write(stage.getScene(), out.resolve("executions-dark.png"));
        robot.interact(() -> app.shell().darkProperty().set(false));
        assertThat(out.resolve("executions-dark.png")).exists();
        compare(robot, out);
        lineage(robot, out);
    }

    /**
     * The demo's label audit: the lineage of the training version with nine mislabelled images (what it fed, with the
     * path to the run that mined hard examples from it highlighted), and that version's impact report.
     */
    private void lineage(FxRobot robot, Path out) throws Exception {
        String tainted = DemoLineage.version(DemoLineage.dataset(DemoLineage.TRAIN), "0.2.0");
        String mine = DemoLineage.execution("Mine hard examples");
        robot.interact(() -> app.features().showLineage(Rid.of(tainted)));
        javafx.scene.Scene lineage = sizedWindow(robot, "lineageView", 1440, 900);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lineage.lookup("#box-" + mine) != null);
        settle(robot);
        robot.interact(((javafx.scene.control.Button) lineage.lookup("#lineageFit"))::fire);
        robot.clickOn(lineage.lookup("#box-" + tainted));
        robot.press(javafx.scene.input.KeyCode.SHIFT).clickOn(lineage.lookup("#box-" + mine))
                .release(javafx.scene.input.KeyCode.SHIFT);
        settle(robot);
        Snapshots.write(lineage, out.resolve("lineage.png"));
        robot.interact(() -> app.features().showImpact(Rid.of(tainted)));
        javafx.scene.Scene impact = sizedWindow(robot, "impactView", 1200, 760);
        javafx.scene.control.TreeTableView<?> tree = robot.from(impact.getRoot()).lookup("#impactTree")
                .queryAs(javafx.scene.control.TreeTableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty());
        settle(robot);
        Snapshots.write(impact, out.resolve("impact.png"));
        robot.interact(() -> app.features().close());
    }

    /** The window whose root has this id, once it shows, at this size. */
    private static javafx.scene.Scene sizedWindow(FxRobot robot, String rootId, double width, double height)
            throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> windowScene(robot, rootId) != null);
        javafx.scene.Scene scene = windowScene(robot, rootId);
        robot.interact(() -> {
            scene.getWindow().setWidth(width);
            scene.getWindow().setHeight(height);
        });
        return scene;
    }

    private static javafx.scene.Scene windowScene(FxRobot robot, String rootId) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(javafx.stage.Window::getScene)
                .filter(s -> s != null && rootId.equals(s.getRoot().getId())).findFirst().orElse(null);
    }

    /** Three training runs on three code versions: the verdict, then packages upgraded and downgraded. */
    private void compare(FxRobot robot, Path out) throws Exception {
        robot.interact(() -> app.features().compare(java.util.List.of(Rid.of("1-AQB8"), Rid.of("1-AR9Y"),
                Rid.of("1-AS10"))));
        javafx.scene.Scene scene = sizedWindow(robot, "compareView", 1440, 900);
        TableView<?> grid = robot.from(scene.getRoot()).lookup("#compareGrid").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !grid.getItems().isEmpty());
        settle(robot);
        Snapshots.write(scene, out.resolve("compare.png"));
        robot.interact(() -> {
            app.shell().darkProperty().set(true);
            for (int i = 0; i < grid.getItems().size(); i++) {
                if (grid.getItems().get(i) instanceof org.provex.ui.compare.GridRow.Header h
                        && h.section() == org.provex.core.diff.SectionId.PACKAGES) {
                    grid.scrollTo(i);
                    break;
                }
            }
        });
        settle(robot);
        Snapshots.write(scene, out.resolve("compare-dark.png"));
        robot.interact(() -> {
            app.shell().darkProperty().set(false);
            app.features().close();
        });
    }

    /** A live catalog (the test server on loopback) added through the dialog and synced: menu, form, status bar. */
    @Test
    @Order(2)
    void liveCatalog(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("provex.screenshots", "target/screenshots"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        try (DerivaTestServer server = DerivaTestServer.start()) {
            server.publish(DemoCatalogGenerator.generate(DemoOptions.normal()));
            robot.clickOn("#catalogMenu");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuAddCatalog").tryQuery()
                    .isPresent());
            robot.clickOn("#menuAddCatalog");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#addCatalogServer").tryQuery()
                    .isPresent());
            robot.clickOn("#addCatalogServer").write(server.origin());
            robot.clickOn("#addCatalogId").write("1");
            robot.clickOn("#addCatalogName").write("local");
            settle(robot);
            Snapshots.write(robot.lookup("#addCatalogServer").query().getScene(), out.resolve("add-catalog.png"));
            robot.clickOn("#addCatalogSubmit");   // "Sync it now" is on
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.shell().sessionProperty().get() != null
                    && "local".equals(app.shell().sessionProperty().get().name())
                    && !app.shell().catalogs().sync().busyProperty().get()
                    && app.shell().catalogs().connectionProperty().get() == Connection.ONLINE
                    && !app.executions().loadingProperty().get());
            settle(robot);
            Snapshots.write(stage.getScene(), out.resolve("live-catalog.png"));
            robot.clickOn("#catalogMenu");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuLogin").tryQuery().isPresent());
            settle(robot);
            Snapshots.write(robot.listWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow
                    && w.isShowing()).findFirst().orElseThrow().getScene(), out.resolve("catalog-menu.png"));
            robot.type(javafx.scene.input.KeyCode.ESCAPE);
        }
    }

    private static int index(TableView<?> table, Rid rid) {
        for (int i = 0; i < table.getItems().size(); i++) {
            Object slot = table.getItems().get(i);
            if (slot instanceof org.provex.ui.executions.ExecutionSlot s && s.row() != null
                    && s.row().rid().equals(rid)) {
                return i;
            }
        }
        return 0;
    }

    /** Lets background loads land and the layout settle before a shot. */
    private static void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
