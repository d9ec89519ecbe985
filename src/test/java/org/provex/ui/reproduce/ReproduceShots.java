package org.provex.ui.reproduce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.model.Rid;
import org.provex.core.workspace.Workspace;
import org.provex.ui.AppAssembly;
import org.provex.ui.testing.TestApp;
import org.provex.ui.shell.MainSection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the reproduce wizard at every step, the main window with its reproduce parts and the reproductions list, at
 * the two screen sizes the project checks (1440x900 and 1024x640), and a job sent to stand-in Slurm commands with its
 * state followed in the Launch step, to look at them. Not a test of the normal build
 * (its name does not end in Test): {@code mvn test -Dtest=ReproduceShots} writes target/screenshots/reproduce-*.png,
 * or the folder given by {@code -Dprovex.screenshots=DIR}; the docs' shots are taken with the demo copy in a
 * researcher's data folder ({@code -Dprovex.screenshots.home}).
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)   // the Slurm job first: the profile it saves shows in the others
class ReproduceShots {

    private static final Path OUT = Path.of(System.getProperty("provex.screenshots", "target/screenshots"));
    /**
     * Where the demo copy lives: {@code -Dprovex.screenshots.home=DIR} (an empty or missing folder, e.g.
     * /home/ada/.local/share/provex, so the wizard shows the paths a researcher sees; delete it afterwards), else a
     * temporary folder.
     */
    private static final String HOME = System.getProperty("provex.screenshots.home", "");
    @TempDir
    static Path temp;
    private static Workspace workspace;
    private static Rid run;
    private TestApp window;
    private AppAssembly app;
    private Stage main;

    @BeforeAll
    static void demo() throws Exception {
        Path home = HOME.isBlank() ? temp : Files.createDirectories(Path.of(HOME));
        WizardDemo demo = WizardDemo.create(home);
        workspace = demo.workspace();
        run = demo.run();
        Files.createDirectories(OUT);
    }

    @Start
    void start(Stage stage) {
        window = TestApp.show(workspace, stage, 1440, 900, java.time.Duration.ofMillis(200));
        app = window.app;
        main = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @Order(2)
    void shots(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        for (int[] size : new int[][] {{1440, 900}, {1024, 640}}) {
            String suffix = "-" + size[0] + "x" + size[1];
            robot.interact(() -> {
                main.setWidth(size[0]);
                main.setHeight(size[1]);
                app.shell().sectionProperty().set(MainSection.EXECUTIONS);
                app.features().showExecution(run);
            });
            pause(robot, 4);
            shoot(robot, main.getScene(), "main" + suffix);
            robot.interact(() -> app.shell().sectionProperty().set(MainSection.WORKFLOWS));
            pause(robot, 2);
            robot.clickOn("#verifyWorkflows");
            pause(robot, 6);
            shoot(robot, main.getScene(), "workflows" + suffix);
            robot.interact(() -> app.features().reproduce(run));
            Scene wizard = scene(robot, "reproduceWizard");
            robot.interact(() -> {
                Window w = wizard.getWindow();
                w.setWidth(Math.min(980, size[0]));
                w.setHeight(Math.min(760, size[1] - 40));
            });
            Button next = (Button) wizard.lookup("#wizardNext");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !next.isDisabled());
            for (String step : new String[] {"source", "inputs", "code", "environment", "launch"}) {
                pause(robot, 1);
                shoot(robot, wizard, "wizard-" + step + suffix);
                if (!step.equals("launch")) {
                    robot.interact(next::fire);
                }
            }
            // the Slurm target: its batch script and the cluster profile editor, then back to this computer
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<org.provex.core.reproduce.launch.LaunchTarget> targets =
                    (javafx.scene.control.ComboBox<org.provex.core.reproduce.launch.LaunchTarget>)
                            wizard.lookup("#launchTarget");
            var local = targets.getValue();
            robot.interact(() -> targets.setValue(targets.getItems().stream().filter(t -> t.id().equals("slurm"))
                    .findFirst().orElseThrow()));
            pause(robot, 4);
            shoot(robot, wizard, "wizard-launch-slurm" + suffix);
            robot.interact(() -> targets.setValue(local));
            pause(robot, 3);
            robot.interact(() -> ((CheckBox) wizard.lookup("#dryRun")).setSelected(true));
            pause(robot, 3);
            Button launch = (Button) wizard.lookup("#launchButton");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !launch.isDisabled());
            robot.interact(launch::fire);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wizard.lookup("#resultFacts") != null);
            pause(robot, 1);
            shoot(robot, wizard, "wizard-result" + suffix);
            robot.interact(() -> ((Stage) wizard.getWindow()).close());
            robot.interact(() -> app.features().showReproductions());
            Scene list = scene(robot, "reproductionsList");
            robot.interact(() -> {
                list.getWindow().setWidth(Math.min(1100, size[0]));
                list.getWindow().setHeight(Math.min(640, size[1] - 40));
            });
            pause(robot, 3);
            shoot(robot, list, "list" + suffix);
            robot.interact(() -> ((Stage) list.getWindow()).close());
        }
    }

    /**
     * Reproduce on a cluster: the Launch step with the Slurm target, a profile typed into its editor and saved, and
     * the job submitted to stand-in Slurm commands (squeue says RUNNING until Stop cancels it), its state followed.
     */
    @Test
    @Order(1)
    void slurmJob(FxRobot robot) throws Exception {
        Path standIns = org.provex.testing.TestReproduce.standIns(workspace);
        Path cancelled = standIns.resolve("job-cancelled");
        new org.provex.core.reproduce.launch.slurm.SlurmStandIns(standIns)
                .program("sbatch", "#!/bin/sh\necho 73519\n")
                .program("squeue", "#!/bin/sh\nif [ -e '" + cancelled + "' ]; then"
                        + " echo '73519|CANCELLED|None|3:12|gpu-07'; else echo '73519|RUNNING|None|3:12|gpu-07'; fi\n")
                .program("scancel", "#!/bin/sh\ntouch '" + cancelled + "'\n")
                .program("sacct", "#!/bin/sh\necho '73519|CANCELLED by 1000|0:15|00:03:12|gpu-07'\n")
                .program("scontrol", "#!/bin/sh\nexit 1\n");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.executions().rowsProperty().get().isEmpty());
        robot.interact(() -> app.features().reproduce(run));
        Scene wizard = scene(robot, "reproduceWizard");
        robot.interact(() -> {
            wizard.getWindow().setWidth(980);
            wizard.getWindow().setHeight(860);
        });
        Button next = (Button) wizard.lookup("#wizardNext");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !next.isDisabled());
        for (int i = 0; i < 4; i++) {
            robot.interact(next::fire);
            pause(robot, 1);
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.provex.core.reproduce.launch.LaunchTarget> targets =
                (javafx.scene.control.ComboBox<org.provex.core.reproduce.launch.LaunchTarget>)
                        wizard.lookup("#launchTarget");
        robot.interact(() -> targets.setValue(targets.getItems().stream().filter(t -> t.id().equals("slurm"))
                .findFirst().orElseThrow()));
        pause(robot, 3);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) wizard.lookup("#clusterProfile")).setText(
                "partition=gpu\naccount=vision-lab\ntime_limit=4:00:00\nmodules=cuda/12.1"));
        robot.interact(((Button) wizard.lookup("#saveProfile"))::fire);
        pause(robot, 4);
        Button launch = (Button) wizard.lookup("#launchButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !launch.isDisabled());
        robot.interact(launch::fire);
        javafx.scene.control.Label state = (javafx.scene.control.Label) wizard.lookup("#jobState");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getText().contains(": running"));
        pause(robot, 1);
        for (int[] size : new int[][] {{980, 860}, {1024, 600}}) {
            robot.interact(() -> {
                wizard.getWindow().setWidth(size[0]);
                wizard.getWindow().setHeight(size[1]);
            });
            pause(robot, 1);
            shoot(robot, wizard, "wizard-launch-slurm-running-" + size[0] + "x" + size[1]);
        }
        robot.interact(((Button) wizard.lookup("#stopButton"))::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.getText().contains(": cancelled"));
        pause(robot, 1);
        shoot(robot, wizard, "wizard-result-slurm-cancelled");
        robot.interact(() -> ((Stage) wizard.getWindow()).close());
    }

    private static Scene scene(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listWindows().stream().anyMatch(w ->
                w.isShowing() && w.getScene() != null && id.equals(w.getScene().getRoot().getId())));
        return robot.listWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && id.equals(w.getScene().getRoot().getId())).findFirst().orElseThrow().getScene();
    }

    private static void pause(FxRobot robot, int seconds) {
        robot.sleep(seconds, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(FxRobot robot, Scene scene, String name) throws Exception {
        var holder = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> holder[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(holder[0], null), "png", OUT.resolve("reproduce-" + name + ".png")
                .toFile());
    }
}
