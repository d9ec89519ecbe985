package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.settings.DataDirectory;
import org.provex.core.settings.Settings.WindowState;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.testing.TestCatalogs;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.FxTaskRunner;
import org.provex.testing.TestReproduce;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window saves its size, divider and theme; the next window comes back the same. */
@ExtendWith(ApplicationExtension.class)
class WindowStateUiTest {

    @TempDir
    Path home;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "window-state-test");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @BeforeEach
    void demo() {
        DemoWorkspace.create(home);
    }

    private AppAssembly open(FxRobot robot) throws Exception {
        Workspace ws = new Workspace(new DataDirectory(home).ensureExists());
        AppAssembly app = AppAssembly.create(ws, new FxTaskRunner(executor), url -> { }, TestCatalogs.service(ws),
                TestReproduce.runtime(ws));
        robot.interact(() -> app.show(stage));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        return app;
    }

    @Test
    void theWindowComesBackAsItWasLeft(FxRobot robot) throws Exception {
        AppAssembly first = open(robot);
        SplitPane split = robot.lookup("#executionsSplit").queryAs(SplitPane.class);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            split.setDividerPositions(0.7);
            first.shell().darkProperty().set(true);
            column(robot, "column-execution").setVisible(true);     // shown from the column menu
            column(robot, "column-workflow").setVisible(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(first::close);
        WindowState saved = new Workspace(new DataDirectory(home)).settings().window();
        assertThat(saved.width()).isEqualTo(1000);
        assertThat(saved.height()).isEqualTo(640);
        assertThat(saved.dividers().get("executions.detail")).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.05));
        assertThat(saved.dark()).isTrue();
        assertThat(saved.columns()).containsEntry("executions.column-execution", true)
                .containsEntry("executions.column-workflow", false).containsEntry("executions.column-rid", true);
        assertThat(new Workspace(new DataDirectory(home)).settings().lastCatalog()).isEqualTo(Workspace.DEMO);

        AppAssembly second = open(robot);
        SplitPane again = robot.lookup("#executionsSplit").queryAs(SplitPane.class);
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.7, org.assertj.core.data.Offset.offset(0.05));
        assertThat(second.shell().darkProperty().get()).isTrue();
        assertThat(column(robot, "column-execution").isVisible()).as("run time, shown last time").isTrue();
        assertThat(column(robot, "column-workflow").isVisible()).as("workflow, hidden last time").isFalse();
        assertThat(column(robot, "column-download").isVisible()).as("a column left alone keeps its default")
                .isFalse();
        robot.interact(() -> {
            second.shell().darkProperty().set(false);
            second.shell().close();
        });
    }

    private static javafx.scene.control.TableColumn<?, ?> column(FxRobot robot, String id) {
        javafx.scene.control.TableView<?> table = robot.lookup("#executionsTable")
                .queryAs(javafx.scene.control.TableView.class);
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }
}
