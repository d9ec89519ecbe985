package org.provex.ui.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.provex.core.lineage.DemoLineage;
import org.provex.core.model.Rid;
import org.provex.ui.testing.DemoWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The label-audit story in the real window, headless: from the mining run's detail to its lineage graph, the path
 * back to the tainted training version, that version's impact report, and the member comparison of the tainted
 * and the corrected version from the datasets pane.
 */
class LineageWindowUiTest extends DemoWindowTest {


    @Test
    void fromARunToItsLineageThePathToTheTaintedVersionAndItsImpact(FxRobot robot) throws Exception {
        String mine = DemoLineage.execution("Mine hard examples");
        String train = DemoLineage.dataset(DemoLineage.TRAIN);
        String tainted = DemoLineage.version(train, "0.2.0");
        TableView<?> executions = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !executions.getItems().isEmpty());
        robot.interact(() -> app.features().showExecution(Rid.of(mine)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mine.equals(robot.lookup("#detailRid")
                .queryAs(Label.class).getText()));

        robot.clickOn("#showLineage");
        Parent lineage = awaitWindow(robot, "lineageView");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> box(robot, lineage, mine) != null
                && box(robot, lineage, tainted) != null
                && text(robot, lineage, "#lineageSelection").startsWith("execution"));
        assertThat(text(robot, lineage, "#lineageTitle")).isEqualTo("Lineage of " + mine);
        assertThat(text(robot, lineage, "#lineageSelection")).startsWith("execution " + mine);

        robot.clickOn(box(robot, lineage, tainted));
        assertThat(text(robot, lineage, "#lineageSelection")).startsWith("dataset_version " + tainted);
        robot.press(KeyCode.SHIFT).clickOn(box(robot, lineage, mine)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box(robot, lineage, mine).getPseudoClassStates()).contains(LineageStyles.ON_PATH);
        assertThat(box(robot, lineage, tainted).getPseudoClassStates()).contains(LineageStyles.ON_PATH,
                LineageStyles.SELECTED);
        robot.clickOn((Node) robot.from(lineage).lookup("#lineageImpact").query());
        Parent impact = awaitWindow(robot, "impactView");
        TreeTableView<?> tree = robot.from(impact).lookup("#impactTree").queryAs(TreeTableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree.getRoot() != null
                && !tree.getRoot().getChildren().isEmpty());
        assertThat(text(robot, impact, "#impactTitle")).startsWith("Impact of dataset_version " + tainted);
        assertThat(text(robot, impact, "#impactSummary")).contains("executions");
        assertThat(tree.getRoot().getChildren().get(0).getValue()).hasToString(
                new ImpactView.Row("Depth 1", null).toString());

        // the two windows lie over the main window: close them (they were opened by the clicks above)
        robot.interact(() -> {
            ((Stage) impact.getScene().getWindow()).close();
            ((Stage) lineage.getScene().getWindow()).close();
        });
        assertThat(window(robot, "lineageView")).isNull();
        robot.clickOn("#navDatasets");
        robot.interact(() -> app.features().showDataset(Rid.of(train), Rid.of(tainted)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#compareVersionsButton").tryQuery()
                .map(n -> !n.isDisabled() && n.isVisible()).orElse(false));
        robot.clickOn("#compareVersionsButton");
        Parent versions = awaitWindow(robot, "versionDiffView");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, versions, "#versionDiffSummary")
                .isEmpty());
        assertThat(text(robot, versions, "#versionDiffSummary")).startsWith("+");
        assertThat(robot.from(versions).lookup("#versionDiffChanges").queryAs(TableView.class).getItems())
                .isNotEmpty();
    }

    @Test
    void ctrlWheelAndPinchZoomKeepThePointUnderTheMouseWhereItIs(FxRobot robot) throws Exception {
        String train = DemoLineage.dataset(DemoLineage.TRAIN);
        String tainted = DemoLineage.version(train, "0.2.0");
        robot.interact(() -> app.features().showLineage(Rid.of(tainted)));
        Parent lineage = awaitWindow(robot, "lineageView");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> box(robot, lineage, tainted) != null);
        ScrollPane scroll = robot.from(lineage).lookup("#lineageScroll").queryAs(ScrollPane.class);
        Node graph = robot.from(lineage).lookup("#lineageGraph").query();
        // large enough to scroll both ways, so that the view can follow the mouse
        robot.interact(() -> graph.setScaleX(1.6));
        robot.interact(() -> graph.setScaleY(1.6));
        robot.interact(scroll::layout);
        Bounds view = onFx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        assertThat(scroll.getContent().getLayoutBounds().getWidth()).isGreaterThan(view.getWidth());
        assertThat(scroll.getContent().getLayoutBounds().getHeight()).isGreaterThan(view.getHeight());
        robot.interact(() -> {
            scroll.setHvalue(0.5);
            scroll.setVvalue(0.5);
        });
        // a point off the middle of the view: zooming about the middle would move it
        Point2D mouse = new Point2D(view.getMinX() + view.getWidth() * 0.3, view.getMinY() + view.getHeight() * 0.35);
        Point2D onGraph = onFx(() -> graph.sceneToLocal(mouse));

        robot.interact(() -> Event.fireEvent(graph, wheel(mouse, 40, true)));
        assertThat(graph.getScaleX()).isCloseTo(1.6 * GraphViewport.WHEEL_STEP, within(1e-9));
        assertThat(onFx(() -> graph.localToScene(onGraph)).distance(mouse))
                .as("the graph point under the mouse after Ctrl+wheel up").isLessThan(1.0);

        robot.interact(() -> Event.fireEvent(graph, wheel(mouse, -40, true)));
        robot.interact(() -> Event.fireEvent(graph, wheel(mouse, -40, true)));
        assertThat(graph.getScaleX()).isCloseTo(1.6 / GraphViewport.WHEEL_STEP, within(1e-9));
        assertThat(onFx(() -> graph.localToScene(onGraph)).distance(mouse))
                .as("after two notches down").isLessThan(1.0);

        robot.interact(() -> Event.fireEvent(graph, new ZoomEvent(ZoomEvent.ZOOM, mouse.getX(), mouse.getY(),
                mouse.getX(), mouse.getY(), false, false, false, false, false, false, 1.3, 1.3, null)));
        assertThat(graph.getScaleX()).isCloseTo(1.6 / GraphViewport.WHEEL_STEP * 1.3, within(1e-9));
        assertThat(onFx(() -> graph.localToScene(onGraph)).distance(mouse))
                .as("after a pinch").isLessThan(1.0);

        double before = scroll.getVvalue();
        robot.interact(() -> Event.fireEvent(graph, wheel(mouse, -40, false)));
        assertThat(graph.getScaleX()).as("the wheel alone scrolls").isCloseTo(1.6 / GraphViewport.WHEEL_STEP * 1.3,
                within(1e-9));
        assertThat(scroll.getVvalue()).isGreaterThan(before);
        robot.interact(() -> ((Stage) lineage.getScene().getWindow()).close());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static ScrollEvent wheel(Point2D at, double deltaY, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, at.getX(), at.getY(), at.getX(), at.getY(), false, control, false,
                false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private static Parent awaitWindow(FxRobot robot, String rootId) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window(robot, rootId) != null);
        return window(robot, rootId);
    }

    private static Parent window(FxRobot robot, String rootId) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && rootId.equals(s.getRoot().getId()))
                .map(s -> s.getRoot()).findFirst().orElse(null);
    }

    private static Node box(FxRobot robot, Parent root, String rid) {
        return robot.from(root).lookup("#box-" + rid).tryQuery().orElse(null);
    }

    private static String text(FxRobot robot, Parent root, String id) {
        return robot.from(root).lookup(id).queryAs(javafx.scene.control.Labeled.class).getText();
    }
}
