package org.provex.ui.detail;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.detail.DetailContent.FileRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not part of the suite (the name matches no surefire pattern): renders the detail view of several demo runs
 * headless, light and dark, into {@code target/snapshots/} for a person to look at.
 * Run with {@code mvn -B -q test -Dtest=ExecutionDetailSnapshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ExecutionDetailSnapshots {

    private static final Path OUT = Paths.get("target", "snapshots");

    @TempDir
    static Path dir;
    static DetailFixture demo;
    static ExecutorService executor;
    ExecutionDetailViewModel vm;
    Scene scene;

    @BeforeAll
    static void openDemo() throws IOException {
        demo = new DetailFixture(dir);
        executor = Executors.newFixedThreadPool(2);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void close() {
        executor.shutdownNow();
        demo.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new ExecutionDetailViewModel(demo.context(new FxTaskRunner(executor)));
        scene = new Scene((javafx.scene.Parent) new ExecutionDetailView(vm).root(), 760, 780);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        shoot(robot, "empty", false);
        load(robot, demo.dirtyRun());
        select(robot, "environment_snapshot");
        shootPage(robot, "dirty-env");
        for (String card : new String[] {"detailHeader", "codeCard", "inputsCard", "filesCard", "configurationCard"}) {
            shootNode(robot, "#" + card, "card-" + card);
        }
        select(robot, "configuration.json");
        shootPage(robot, "dirty-config");
        robot.interact(() -> vm.revealSecrets().set(true));
        select(robot, "environment_snapshot");
        robot.interact(() -> robot.lookup("#envTextToggle").queryAs(javafx.scene.control.ToggleButton.class)
                .setSelected(true));
        shootPage(robot, "dirty-env-text-revealed");
        load(robot, demo.find(org.provex.core.cache.query.ExecutionFilter.ALL.withStatuses("Failed"),
                r -> r.parent() != null));
        shootPage(robot, "failed-job");
        load(robot, demo.sweepParent());
        shootPage(robot, "sweep");
        load(robot, demo.find(org.provex.core.cache.query.ExecutionFilter.ALL.withText("Evaluate"), r -> true));
        shootPage(robot, "docker");
        load(robot, demo.sentinel());
        shootPage(robot, "sentinel");
        shoot(robot, "sentinel-window", false);
        load(robot, demo.find(org.provex.core.cache.query.ExecutionFilter.ALL.withText("near-duplicate"), r -> true));
        shootPage(robot, "produced");
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        load(robot, demo.dirtyRun());
        select(robot, "environment_snapshot");
        shootPage(robot, "dark-dirty-env");
        select(robot, "configuration.json");
        shoot(robot, "dark-window", false);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        robot.interact(() -> robot.window(0).setWidth(1200));
        load(robot, demo.dirtyRun());
        select(robot, "environment_snapshot");
        shootPage(robot, "wide-dirty-env");
    }

    private void load(FxRobot robot, Rid rid) throws Exception {
        robot.interact(() -> vm.load(rid));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm.state().get() != ExecutionDetailViewModel.State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String prefix) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<FileRow> table = robot.lookup("#metadataFilesTable").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(f -> f.name().startsWith(prefix)).findFirst()
                .ifPresent(f -> table.getSelectionModel().select(f)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.files().loading().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String name, boolean unused) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(20, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve("detail-" + name + ".png").toFile());
    }

    private void shootNode(FxRobot robot, String query, String name) throws Exception {
        Node node = robot.lookup(query).query();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(20, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve("detail-" + name + ".png").toFile());
    }

    /** The whole scrollable page, not just the part in the viewport. */
    private void shootPage(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node page = robot.lookup("#detailScroll").queryAs(ScrollPane.class).getContent();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> page.snapshot(null, null)).get(20, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve("detail-" + name + ".png").toFile());
    }
}
