package org.provex.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
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
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.ui.browse.PaneSnapshots;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.testing.Lookups;
import org.provex.ui.testing.TestContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Datasets pane mounted on a demo cache, driven by control id. */
@ExtendWith(ApplicationExtension.class)
class DatasetsViewTest {

    @TempDir
    static Path dir;
    static TestContext fx;

    private ExecutorService pool;
    private DatasetsViewModel vm;
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
        vm = new DatasetsViewModel(fx.context(new FxTaskRunner(pool)));
        scene = new Scene(new DatasetsView(vm).root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void selectingAVersionListsItsConsumersAndOpensThemAndItsProducer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.roots().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        DatasetSummary parent = new DatasetQueries(fx.demoSession().db()).datasets().stream()
                .filter(d -> !d.children().isEmpty()).findFirst().orElseThrow();
        TreeTableView<?> tree = robot.lookup("#datasetsTree").queryAs(TreeTableView.class);
        assertThat(tree.getExpandedItemCount()).isGreaterThan(vm.roots().size());

        robot.clickOn(robot.lookup("#datasetsTree .tree-table-cell").match(Lookups.hasText(parent.label()))
                .queryAs(TreeTableCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedDatasetProperty().get().dataset().rid()).isEqualTo(parent.dataset().rid());
        TableView<VersionRow> versions = robot.lookup("#versionsTable").queryTableView();
        assertThat(versions.getItems()).hasSize(parent.history().size());

        // The first release: pick it in the history, then its consumers appear.
        DatasetVersion first = parent.history().get(0);
        robot.clickOn(robot.lookup("#versionsTable .table-cell").match(Lookups.hasText(first.version()))
                .queryAs(TableCell.class));
        TableView<ExecutionRow> consumers = robot.lookup("#consumersTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !consumers.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(first.rid());
        assertThat(robot.lookup("#datasetVersionCitationButton").queryButton().isDisabled()).isTrue();
        PaneSnapshots.writeBothThemes(robot, scene, "datasets-version");

        ExecutionRow consumer = consumers.getItems().get(0);
        robot.doubleClickOn(robot.lookup("#consumersTable .table-cell")
                .match(Lookups.hasText(consumer.rid().value())).queryAs(TableCell.class));
        assertThat(fx.navigator.executions).containsExactly(consumer.rid());

        robot.clickOn("#producerLink");
        assertThat(fx.navigator.executions).containsExactly(consumer.rid(), first.execution());

        // Keyboard: Enter in the history moves to the consumers; Enter there opens the selected one.
        robot.clickOn(robot.lookup("#versionsTable .table-cell").match(Lookups.hasText(first.version()))
                .queryAs(TableCell.class));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(consumers.isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(fx.navigator.executions).containsExactly(consumer.rid(), first.execution(),
                consumers.getItems().get(0).rid());
    }

    @Test
    void selectFromOutsideShowsTheDevVersion(FxRobot robot) throws Exception {
        DatasetSummary withDev = new DatasetQueries(fx.demoSession().db()).datasets().stream()
                .filter(d -> d.current() != null && d.current().isDev()).findFirst().orElseThrow();
        Rid dev = withDev.current().rid();
        robot.interact(() -> vm.select(withDev.dataset().rid(), dev));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.selectedVersionProperty().get() != null
                && !vm.loadingUsageProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<VersionRow> versions = robot.lookup("#versionsTable").queryTableView();
        assertThat(versions.getSelectionModel().getSelectedItem().rid()).isEqualTo(dev);
        assertThat(robot.lookup("#datasetsTree").queryAs(TreeTableView.class).getSelectionModel()
                .getSelectedItem()).isNotNull();
        PaneSnapshots.writeBothThemes(robot, scene, "datasets-dev");
    }
}
