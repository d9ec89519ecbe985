package org.provex.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.provex.ui.testing.DemoWindowTest;
import org.provex.ui.workflows.WorkflowTreeTable.Row;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Show code diff in the real window, headless: the drifted CNN workflow's second version, opened from its detail in
 * the Workflows pane, diffed against the first in the demo's own repository (mapped by the demo), added and removed
 * lines coloured, and Esc closes the window.
 */
class CodeDiffWindowUiTest extends DemoWindowTest {

    private static final String CNN = "CIFAR-10 2-Layer CNN";

    @Override
    protected double width() {
        return 1440;
    }

    @Override
    protected double height() {
        return 900;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecondVersionOfADriftedWorkflowShowsItsDiffColouredAndEscClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("#navWorkflows");
        TreeTableView<Row> tree = robot.lookup("#workflowsTree").queryAs(TreeTableView.class);
        Predicate<Node> second = n -> n instanceof TreeTableRow<?> r && r.getItem() instanceof Row row
                && CNN.equals(row.group().name()) && row.version() != null && row.version().number() == 2;
        robot.interact(() -> tree.getRoot().getChildren().forEach(i -> i.setExpanded(true)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(second).tryQuery().isPresent());
        robot.clickOn(robot.lookup(second).queryAs(Node.class));
        Button show = robot.lookup("#showCodeDiff").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, show::isVisible);
        robot.clickOn(show);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> diffWindow(robot) != null);
        Parent view = diffWindow(robot);
        Stage stage = (Stage) view.getScene().getWindow();
        assertThat(stage.getTitle()).startsWith("Code diff: ");
        String summary = robot.from(view).lookup("#codeDiffSummary").queryAs(Label.class).getText();
        assertThat(summary).matches("[0-9a-f]{10} \u2192 [0-9a-f]{10} \u00b7 \\d+ lines added, \\d+ removed \u00b7 "
                + "read from .+");
        CodeArea code = robot.from(view).lookup("#codeDiffText").queryAs(CodeArea.class);
        List<String> lines = code.getText().lines().toList();
        assertThat(lines.get(0)).startsWith("--- ");
        assertThat(lines.get(1)).startsWith("+++ ");
        assertThat(lines).anyMatch(l -> l.startsWith("@@ "));
        int added = indexOf(lines, "+");
        int removed = indexOf(lines, "-");
        assertThat(code.getParagraph(added).getParagraphStyle()).containsExactly("diff-added");
        assertThat(code.getParagraph(removed).getParagraphStyle()).containsExactly("diff-removed");
        // the shared diff colours reach the rendered lines (painted on a later pulse than the text is set)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fill(view, ".diff-added") != null
                && fill(view, ".diff-removed") != null);
        Color addedFill = fill(view, ".diff-added");
        Color removedFill = fill(view, ".diff-removed");
        assertThat(addedFill).isNotNull().isNotEqualTo(removedFill);
        assertThat(addedFill.getGreen()).as("added lines are green").isGreaterThan(addedFill.getRed());
        assertThat(removedFill.getRed()).as("removed lines are red").isGreaterThan(removedFill.getGreen());
        assertThat(code.isEditable()).isFalse();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> diffWindow(robot) == null);
    }

    /** The first line that starts with {@code mark} once but not as a file header. */
    private static int indexOf(List<String> lines, String mark) {
        for (int i = 2; i < lines.size(); i++) {
            if (lines.get(i).startsWith(mark) && !lines.get(i).startsWith(mark + mark + mark)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + mark);
    }

    private static Color fill(Parent view, String selector) {
        return view.lookupAll(selector).stream().filter(n -> n instanceof Region r && r.getBackground() != null
                && !r.getBackground().getFills().isEmpty()).map(n -> (Color) ((Region) n).getBackground().getFills()
                .get(0).getFill()).findFirst().orElse(null);
    }

    private static Parent diffWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                && "codeDiffView".equals(w.getScene().getRoot().getId())).map(w -> w.getScene().getRoot())
                .findFirst().orElse(null);
    }
}
