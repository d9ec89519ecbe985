package org.provex.ui.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns.Reply;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestReproduce;
import org.provex.ui.AppAssembly;
import org.provex.ui.testing.TestApp;
import org.provex.ui.executions.ExecutionSlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real windows headless: right-click a demo run, Reproduce…, walk the wizard's steps and launch a dry run
 * of the stand-in uv on a PATH of the test's own; the attempt is recorded and listed under Reproductions.
 */
@ExtendWith(ApplicationExtension.class)
class ReproduceWizardUiTest {

    @TempDir
    static Path home;
    private static Workspace workspace;
    private static Rid run;
    private TestApp window;
    private AppAssembly app;
    private ReproduceRuntime reproduce;

    /** The demo copy and the run to reproduce, before the toolkit's set-up clock starts. */
    @BeforeAll
    static void demo() throws Exception {
        WizardDemo demo = WizardDemo.create(home);
        workspace = demo.workspace();
        run = demo.run();
    }

    @Start
    void start(Stage stage) {
        window = TestApp.show(workspace, stage, 1400, 860, Duration.ofMillis(100));
        app = window.app;
        reproduce = window.reproduce;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void rightClickReproduceWalksTheWizardToADryRunLaunch(FxRobot robot) throws Exception {
        TableView<ExecutionSlot> executions = robot.lookup("#executionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !executions.getItems().isEmpty()
                && !app.executions().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int index = indexOf(executions, run);
        robot.interact(() -> executions.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !readinessText(robot, index).equals("\u2026"));
        assertThat(readinessText(robot, index)).as("the readiness column").isNotBlank();

        robot.clickOn(row(robot, index));
        // the row's context menu (a right-click shows it; Monocle sends no context-menu event, so fire its item)
        MenuItem item = ((TableRow<?>) row(robot, index)).getContextMenu().getItems().stream()
                .filter(i -> "menuReproduce".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard(robot) != null);
        Parent wizard = wizard(robot);
        Button next = robot.from(wizard).lookup("#wizardNext").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !next.isDisabled());
        assertThat(robot.from(wizard).lookup("#sourceReadiness").queryAs(Labeled.class).getText())
                .startsWith("Readiness: ");

        for (String step : new String[] {"inputs", "code", "environment", "launch"}) {
            robot.clickOn(next);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current(robot, wizard, step));
        }
        assertThat(robot.from(wizard).lookup("#codeVerdict").queryAs(Labeled.class).getText()).isEqualTo("Verified");
        robot.clickOn(robot.from(wizard).lookup("#dryRun").queryAs(Node.class));
        TextArea command = robot.from(wizard).lookup("#launchCommand").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> command.getText().endsWith("dry_run=true"));
        assertThat(command.getText()).startsWith("uv run --frozen deriva-ml-run --host ");
        Button launch = robot.from(wizard).lookup("#launchButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !launch.isDisabled());
        robot.clickOn(launch);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> current(robot, wizard, "result"));
        ReproductionRecord done = reproduce.reproductions().list().stream().filter(r -> r.target().equals("local"))
                .findFirst().orElseThrow();
        assertThat(done.original()).isEqualTo(run.value());
        assertThat(done.state()).isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(done.dryRun()).isTrue();
        assertThat(StandIn.argv(TestReproduce.standIns(workspace))).endsWith("dry_run=true");
        assertThat(robot.from(wizard).lookup("#cancelButton").tryQuery()).isEmpty();
        assertThat(robot.from(wizard).lookup("#wizardCancel").queryAs(Button.class).getText()).isEqualTo("Close");

        robot.clickOn("#wizardCancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard(robot) == null);
        robot.clickOn("#navReproductions");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> root(robot, "reproductionsList") != null);
        TableView<ReproductionRecord> list = robot.from(root(robot, "reproductionsList"))
                .lookup("#reproductionsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(r -> r.id().equals(done.id())));
    }

    @Test
    void aSlurmJobsStateIsFollowedInWordsUntilItEnds(FxRobot robot) throws Exception {
        Path standIns = TestReproduce.standIns(workspace);
        Path gate = standIns.resolve("job-ends");
        // squeue says RUNNING until the test opens the gate, then COMPLETED; sacct has the exit code
        new SlurmStandIns(standIns).scripted("sbatch", Reply.ok("4242\n"))
                .program("squeue", "#!/bin/sh\nif [ -e '" + gate + "' ]; then echo '4242|COMPLETED|None|0:09|gpu-07';"
                        + " else echo '4242|RUNNING|None|0:05|gpu-07'; fi\n")
                .scripted("sacct", Reply.ok("4242|COMPLETED|0:0|00:00:09|gpu-07\n"))
                .scripted("scontrol", new Reply("slurm_load_jobs error: Invalid job id specified\n", 1))
                .scripted("scancel", Reply.ok(""));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        robot.interact(() -> app.features().reproduce(run));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard(robot) != null);
        Parent wizard = wizard(robot);
        Button next = robot.from(wizard).lookup("#wizardNext").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !next.isDisabled());
        for (String step : new String[] {"inputs", "code", "environment", "launch"}) {
            robot.interact(next::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current(robot, wizard, step));
        }
        @SuppressWarnings("unchecked")
        ComboBox<LaunchTarget> targets = robot.from(wizard).lookup("#launchTarget").queryAs(ComboBox.class);
        robot.interact(() -> targets.setValue(targets.getItems().stream().filter(t -> t.id().equals("slurm"))
                .findFirst().orElseThrow()));
        TextArea preview = robot.from(wizard).lookup("#launchPreview").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.isVisible()
                && preview.getText().contains("#SBATCH"));
        robot.interact(() -> wizard.getScene().getWindow().setWidth(1024));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == Orientation.HORIZONTAL).anyMatch(Node::isVisible))
                .as("the batch script and its notes wrap at 1024 pixels instead of running off the right").isFalse();
        Label state = robot.from(wizard).lookup("#jobState").queryAs(Label.class);
        assertThat(state.isVisible()).as("no job before the launch").isFalse();
        Button launch = robot.from(wizard).lookup("#launchButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !launch.isDisabled()
                && robot.from(wizard).lookup("#launchCommand").queryAs(TextArea.class).getText().contains("uv run"));
        robot.interact(launch::fire);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getText().contains(": running"));
        assertThat(state.isVisible()).isTrue();
        assertThat(state.getText()).as("the state's word once").startsWith(
                "Slurm job 4242: running \u2014 Node gpu-07; ran 0:05 (read ");
        assertThat(state.getPseudoClassStates()).extracting(p -> p.getPseudoClassName()).contains("active");
        assertThat(robot.from(wizard).lookup("#stopButton").queryAs(Button.class).isDisabled()).isFalse();
        java.nio.file.Files.createFile(gate);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getText().contains(": completed"));
        assertThat(state.getPseudoClassStates()).extracting(p -> p.getPseudoClassName()).contains("good");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> current(robot, wizard, "result"));
        assertThat(robot.from(wizard).lookup("#resultFacts").queryAs(Parent.class).getChildrenUnmodifiable()
                .stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()))
                .anyMatch(t -> t.startsWith("Slurm job 4242: completed"));
        robot.interact(() -> ((Stage) wizard.getScene().getWindow()).close());
    }

    private static int indexOf(TableView<ExecutionSlot> table, Rid rid) {
        for (int i = 0; i < table.getItems().size(); i++) {
            ExecutionSlot s = table.getItems().get(i);
            if (s.row() != null && s.row().rid().equals(rid)) {
                return i;
            }
        }
        throw new AssertionError(rid + " is not on the first page of the executions table");
    }

    private static String readinessText(FxRobot robot, int index) {
        Predicate<Node> cell = n -> n instanceof TableCell<?, ?> c && c.getTableRow() != null
                && c.getTableRow().getIndex() == index && c.getTableColumn() != null
                && "column-readiness".equals(c.getTableColumn().getId());
        return robot.lookup(cell).tryQuery().map(n -> ((TableCell<?, ?>) n).getText()).map(String::valueOf)
                .orElse("\u2026");
    }

    private static boolean current(FxRobot robot, Parent wizard, String step) {
        return robot.from(wizard).lookup("#step-" + step).tryQuery()
                .map(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("current")))
                .orElse(false);
    }

    private static Node row(FxRobot robot, int index) {
        Predicate<Node> atIndex = n -> n instanceof TableRow<?> r && r.getIndex() == index && !r.isEmpty()
                && r.getTableView() != null && "executionsTable".equals(r.getTableView().getId());
        return robot.lookup(atIndex).query();
    }

    private static Parent wizard(FxRobot robot) {
        return root(robot, "reproduceWizard");
    }

    private static Parent root(FxRobot robot, String id) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && id.equals(s.getRoot().getId()))
                .map(s -> s.getRoot()).findFirst().orElse(null);
    }
}
