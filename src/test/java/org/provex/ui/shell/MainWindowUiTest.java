package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.about.BuildInfo;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.AppIcon;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.testing.TestApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless by control id, on the demo catalog. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path home;
    private TestApp window;
    private AppAssembly app;
    private TableView<ExecutionSlot> table;

    @Start
    void start(Stage stage) {
        window = TestApp.show(DemoWorkspace.create(home), stage, 1440, 900);
        app = window.app;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @SuppressWarnings("unchecked")
    private void awaitRows(FxRobot robot) throws Exception {
        table = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> column(java.util.function.Function<org.provex.core.cache.query.ExecutionRow, String> f) {
        return table.getItems().stream().map(s -> f.apply(s.row())).toList();
    }

    @Test
    void helpAboutShowsTheVersionCommitAndRuntimeWithTheIcon(FxRobot robot) throws Exception {
        awaitRows(robot);
        BuildInfo info = BuildInfo.current();
        robot.clickOn("#helpMenu");
        robot.clickOn(popupItem(robot, "About Provex"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Provex " + info.version());
        assertThat(about.getContentText()).contains("Build commit: " + info.commit(), "Java: " + info.java(),
                "JavaFX: " + info.javafx());
        Stage dialog = (Stage) about.getScene().getWindow();
        assertThat(dialog.getIcons()).as("the Provex icon").hasSize(AppIcon.SIZES.size());
        assertThat(((Stage) dialog.getOwner()).getIcons()).as("and the main window's").hasSize(AppIcon.SIZES.size());
        robot.interact(dialog::close);
    }

    @Test
    void opensTheDemoFiltersByStatusAndTextAndClears(FxRobot robot) throws Exception {
        awaitRows(robot);
        int total = table.getItems().size();
        assertThat(robot.lookup("#statusRows").queryAs(Labeled.class).getText())
                .isEqualTo(total + " of " + total + " executions");
        assertThat(robot.lookup("#statusConnection").queryAs(Labeled.class).getText()).isEqualTo("Offline demo");

        robot.clickOn("#filterStatus");
        robot.clickOn(popupItem(robot, "Failed"));
        awaitLoaded();
        assertThat(column(r -> r.status())).isNotEmpty().containsOnly("Failed");
        int failed = table.getItems().size();
        assertThat(robot.lookup("#statusRows").queryAs(Labeled.class).getText())
                .isEqualTo(failed + " of " + total + " executions");

        robot.clickOn("#filterText").write("Quick");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Quick".equals(
                app.executions().filterProperty().get().text()) && !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(column(r -> r.description())).isNotEmpty()
                .allSatisfy(d -> assertThat(d).containsIgnoringCase("quick"));

        robot.clickOn("#clearFilters");
        awaitLoaded();
        assertThat(table.getItems()).hasSize(total);
    }

    @Test
    void sortsByAColumnHeaderAndOpensARowWithTheKeyboard(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.clickOn("#column-rid");
        awaitLoaded();
        assertThat(app.executions().sortProperty().get()).isEqualTo(ExecutionSort.asc(ExecutionColumn.RID));
        List<String> rids = column(r -> r.rid().value());
        assertThat(rids).isSorted();
        robot.clickOn("#column-rid");
        awaitLoaded();
        assertThat(app.executions().sortProperty().get()).isEqualTo(ExecutionSort.desc(ExecutionColumn.RID));

        robot.clickOn(row(robot, 1)).type(KeyCode.DOWN).type(KeyCode.ENTER);
        String rid = table.getSelectionModel().getSelectedItem().row().rid().value();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, rid));

        robot.doubleClickOn(row(robot, 4));
        String other = table.getItems().get(4).row().rid().value();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, other));
        assertThat(app.executions().selectedExecutions()).extracting(r -> r.rid().value()).containsExactly(other);
    }

    @Test
    void switchesSectionsWithTheKeyboardAndFindsALowerCaseRid(FxRobot robot) throws Exception {
        awaitRows(robot);
        assertThat(focusOwner(robot)).isSameAs(table);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(shown(robot, "#sectionWorkflows")).isTrue();
        assertThat(shown(robot, "#executionsSplit")).isFalse();
        assertThat(focusOwner(robot)).as("the keyboard follows the section")
                .matches(n -> n != null && n.getStyleClass().contains("tree-table-view"));
        assertThat(robot.lookup("#navWorkflows").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(shown(robot, "#sectionDatasets")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertThat(shown(robot, "#executionsSplit")).isTrue();
        assertThat(shown(robot, "#sectionDatasets")).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
        robot.write("1as10").type(KeyCode.ENTER);    // whether or not its results are in yet: the first opens
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> detailShows(robot, "1-AS10"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shell().search().showingResultsProperty().get()).isFalse();
    }

    @Test
    void fromAnExecutionJumpsToItsWorkflowAndInputVersion(FxRobot robot) throws Exception {
        awaitRows(robot);
        robot.interact(() -> app.features().showExecution(org.provex.core.model.Rid.of("1-AS10")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workflowLink").tryQuery().isPresent()
                && robot.lookup("#inputVersion_1_AQA6").tryQuery().isPresent());
        assertThat(robot.lookup("#configChoices").tryQuery()).as("configuration shown").isPresent();
        Node table = robot.lookup("#metadataFilesTable").query();
        java.util.function.Predicate<Node> environmentFile = n -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("environment_snapshot_");
        // the table's cells are made on a later layout pulse than the detail itself (slow under load)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(table).lookup(environmentFile).tryQuery()
                .isPresent());
        Node file = robot.from(table).lookup(environmentFile).query();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#detailScroll")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            Node content = scroll.getContent();
            double y = content.sceneToLocal(file.localToScene(file.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 80) / room)));
        });
        robot.clickOn(file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#envSections").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#workflowLink").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(shown(robot, "#sectionWorkflows")).isTrue();
        assertThat(robot.lookup("#navWorkflows").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#inputVersion_1_AQA6").queryAs(javafx.scene.control.Hyperlink.class)
                .fire());
        assertThat(shown(robot, "#sectionDatasets")).isTrue();
        assertThat(robot.lookup("#navDatasets").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#topBar").query().getScene().getFocusOwner();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** True when some text in the execution detail area names the execution (placeholder or real view). */
    private static boolean detailShows(FxRobot robot, String rid) {
        Node area = robot.lookup("#executionDetailArea").query();
        java.util.function.Predicate<Node> names = n -> n instanceof Text t && t.getText() != null
                && t.getText().contains(rid) && n.isVisible();
        return robot.from(area).lookup(names).tryQuery().isPresent();
    }

    private static Node row(FxRobot robot, int index) {
        java.util.function.Predicate<Node> atIndex = n -> n instanceof TableRow<?> r && r.getIndex() == index
                && !r.isEmpty();
        return robot.lookup(atIndex).query();
    }

    private static Node popupItem(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopupItem(robot, text) != null);
        return findPopupItem(robot, text);
    }

    private static java.util.function.Predicate<Node> labelled(String text) {
        return l -> l instanceof Labeled lab && text.equals(lab.getText());
    }

    private static Node findPopupItem(FxRobot robot, String text) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".menu-item").queryAll().stream())
                .filter(n -> robot.from(n).lookup(labelled(text)).tryQuery().isPresent())
                .findFirst().orElse(null);
    }
}
