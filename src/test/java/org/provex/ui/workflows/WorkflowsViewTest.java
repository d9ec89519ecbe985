package org.provex.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.Rid;
import org.provex.ui.browse.PaneSnapshots;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.testing.Lookups;
import org.provex.ui.testing.TestContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Workflows pane mounted on a demo cache, driven by control id. */
@ExtendWith(ApplicationExtension.class)
class WorkflowsViewTest {

    @TempDir
    static Path dir;
    static TestContext fx;

    private ExecutorService pool;
    private WorkflowsViewModel vm;
    private Scene scene;

    @BeforeAll
    static void demo() throws Exception {
        fx = TestContext.demo(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Start
    void start(Stage stage) {
        PaneSnapshots.light();
        fx.reset();
        pool = PaneSnapshots.pool();
        vm = new WorkflowsViewModel(fx.context(new FxTaskRunner(pool)));
        scene = new Scene(new WorkflowsView(vm).root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void selectingAWorkflowListsItsRunsAndEnterOpensOne(FxRobot robot) throws Exception {
        TreeTableView<?> tree = robot.lookup("#workflowsTree").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.groups().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getExpandedItemCount()).isGreaterThan(vm.groups().size());

        robot.clickOn(robot.lookup("#workflowsTree .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getText() != null && c.getText().startsWith("v2 \u00b7"))
                .queryAs(TreeTableCell.class));
        TableView<ExecutionRow> runs = robot.lookup("#workflowExecutionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runs.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedVersionProperty().get().label()).isEqualTo("v2");
        assertThat(runs.getItems()).allMatch(r -> r.workflow().equals(vm.selectedVersionProperty().get().rid()));
        assertThat(robot.lookup("#workflowChaiseButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#workflowLinksReason").queryLabeled().isVisible()).isTrue();
        PaneSnapshots.writeBothThemes(robot, scene, "workflows-version");

        // Enter in the tree moves to the runs; Enter there opens the selected run.
        robot.clickOn("#workflowsTree .tree-table-row-cell:selected");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Rid first = runs.getItems().get(0).rid();
        assertThat(runs.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(fx.navigator.executions).containsExactly(first);

        // A double-click on another run opens that one.
        ExecutionRow second = runs.getItems().get(1);
        robot.doubleClickOn(robot.lookup("#workflowExecutionsTable .table-cell")
                .match(Lookups.hasText(second.rid().value())).queryAs(javafx.scene.control.TableCell.class));
        assertThat(fx.navigator.executions).containsExactly(first, second.rid());
    }

    @Test
    void selectingANameShowsEveryVersionsRuns(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.groups().isEmpty());
        WorkflowGroup drifted = vm.groups().stream().filter(WorkflowGroup::drifted).findFirst().orElseThrow();
        robot.interact(() -> vm.selectGroup(drifted));
        TableView<ExecutionRow> runs = robot.lookup("#workflowExecutionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runs.getItems().size() == drifted.totalRuns());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workflowsTree").queryAs(TreeTableView.class).getSelectionModel()
                .getSelectedItem()).isNotNull();
        PaneSnapshots.writeBothThemes(robot, scene, "workflows-group");

        robot.interact(() -> fx.session.set(null));
        assertThat(runs.getItems()).isEmpty();
        assertThat(robot.lookup("#workflowsMessage").queryLabeled().getText()).startsWith("No catalog is open");
        PaneSnapshots.write(robot, scene, "workflows-no-catalog-light");
    }
}
