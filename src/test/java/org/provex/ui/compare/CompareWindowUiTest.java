package org.provex.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.provex.ui.common.AppIcon;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.testing.DemoWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: select two runs, compare them, read the verdict, show all, switch baseline. */
public class CompareWindowUiTest extends DemoWindowTest {


    @Test
    @SuppressWarnings("unchecked")
    void selectsTwoRunsComparesThemShowsAllFieldsAndSwitchesTheBaseline(FxRobot robot) throws Exception {
        TableView<ExecutionSlot> executions = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !executions.getItems().isEmpty()
                && !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Button compare = robot.lookup("#compareButton").queryAs(Button.class);
        assertThat(compare.isDisabled()).isTrue();

        robot.clickOn(row(robot, 2));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 5)).release(KeyCode.CONTROL);
        assertThat(app.executions().selectedExecutions()).hasSize(2);
        String newer = executions.getItems().get(2).row().rid().value();
        String older = executions.getItems().get(5).row().rid().value();
        assertThat(compare.isDisabled()).isFalse();
        assertThat(compare.getText()).isEqualTo("Compare 2");
        robot.clickOn(compare);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> compareRoot(robot) != null);
        Parent view = compareRoot(robot);
        assertThat(((Stage) view.getScene().getWindow()).getIcons()).as("the Provex icon")
                .hasSize(AppIcon.SIZES.size());
        Labeled headline = robot.from(view).lookup("#verdictHeadline").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !headline.getText().isEmpty());
        assertThat(headline.getText()).as("oldest first: the older run is the baseline")
                .startsWith(newer + " against baseline " + older + ":");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.from(view).lookup("#run-" + older + "-baseline").tryQuery().isPresent());
        TableView<GridRow> grid = robot.from(view).lookup("#compareGrid").queryAs(TableView.class);
        int differences = grid.getItems().size();
        assertThat(differences).isPositive();

        robot.clickOn((Node) robot.from(view).lookup("#showAllToggle").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.getItems().size() > differences);
        robot.clickOn((Node) robot.from(view).lookup("#showAllToggle").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> grid.getItems().size() == differences);

        robot.type(KeyCode.F7);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getSelectionModel().getSelectedItem()).isNotNull()
                .satisfies(r -> assertThat(r.isDifference()).isTrue());

        robot.clickOn((Node) robot.from(view).lookup("#baselineChooser").query());
        robot.clickOn(popupCell(robot, newer));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> headline.getText().startsWith(older
                + " against baseline " + newer + ":"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid.getColumns().get(1).getGraphic().getId()).as("the baseline's column comes first")
                .isEqualTo("run-" + newer + "-header");
        assertThat(robot.from(view).lookup("#run-" + newer + "-baseline").tryQuery()).isPresent();
        assertThat(robot.from(view).lookup("#run-" + older + "-baseline").tryQuery()).isEmpty();

        robot.interact(() -> ((Stage) view.getScene().getWindow()).close());
        robot.interact(() -> executions.getScene().getWindow().requestFocus());
        robot.clickOn(row(robot, 5));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, 2)).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> compareRoot(robot) != null);
        Labeled again = robot.from(compareRoot(robot)).lookup("#verdictHeadline").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !again.getText().isEmpty());
        assertThat(again.getText()).as("Ctrl+D compares too, oldest first whatever the selection order")
                .startsWith(newer + " against baseline " + older + ":");
    }

    /** The root of the showing compare window, or null. */
    public static Parent compareRoot(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && "compareView".equals(s.getRoot().getId()))
                .map(s -> s.getRoot()).findFirst().orElse(null);
    }

    private static Node row(FxRobot robot, int index) {
        Predicate<Node> atIndex = n -> n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty()
                && r.getTableView() != null && "executionsTable".equals(r.getTableView().getId());
        return robot.lookup(atIndex).query();
    }

    private static Node popupCell(FxRobot robot, String startsWith) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> findPopupCell(robot, startsWith) != null);
        return findPopupCell(robot, startsWith);
    }

    private static Node findPopupCell(FxRobot robot, String startsWith) {
        List<Window> popups = robot.listWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .toList();
        return popups.stream().flatMap(w -> robot.from(w.getScene().getRoot()).lookup(".list-cell").queryAll()
                .stream()).filter(n -> n instanceof ListCell<?> c && c.getText() != null
                && c.getText().startsWith(startsWith)).findFirst().orElse(null);
    }
}
