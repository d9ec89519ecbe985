package org.provex.ui.testing;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.workspace.Workspace;
import org.provex.testing.TestCatalogs;
import org.provex.testing.TestReproduce;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;

/**
 * The real main window on a workspace for a TestFX test, wired as the composition root wires it (one executor of
 * daemon threads, the test's live-catalog and reproduce services); {@link #close} ends it after the test.
 */
public final class TestApp {

    public final AppAssembly app;
    /** The reproduce services the window was given (its launches, its records). */
    public final ReproduceRuntime reproduce;
    private final ExecutorService executor;

    private TestApp(AppAssembly app, ReproduceRuntime reproduce, ExecutorService executor) {
        this.app = app;
        this.reproduce = reproduce;
        this.executor = executor;
    }

    /** Builds the window on {@code workspace} and shows it on {@code stage} at this size (call from {@code @Start}). */
    public static TestApp show(Workspace workspace, Stage stage, double width, double height) {
        return show(workspace, stage, width, height, null);
    }

    /** As {@link #show(Workspace, Stage, double, double)}, with Slurm jobs followed every {@code slurmPoll}. */
    public static TestApp show(Workspace workspace, Stage stage, double width, double height, Duration slurmPoll) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ui-test-task");
            t.setDaemon(true);
            return t;
        });
        ReproduceRuntime reproduce = TestReproduce.runtime(workspace, slurmPoll);
        AppAssembly app = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { },
                TestCatalogs.service(workspace), reproduce);
        stage.setWidth(width);
        stage.setHeight(height);
        app.show(stage);
        return new TestApp(app, reproduce, executor);
    }

    /** Closes the feature windows and the shell, and stops the executor (call from {@code @AfterEach}). */
    public void close(FxRobot robot) {
        robot.interact(() -> {
            app.features().close();
            app.shell().close();
        });
        executor.shutdownNow();
    }
}
