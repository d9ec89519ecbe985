package org.provex.ui.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.AppAssembly;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the real main window on the demo workspace: one copy of the demo per test class (made before the
 * toolkit's set-up clock starts), a fresh window through {@link TestApp} for each test, closed after it. The screen
 * size comes from the build's headless settings; a test class picks its window size by overriding {@link #width}
 * and {@link #height}.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DemoWindowTest {

    @TempDir
    static Path home;
    /** The demo workspace the windows of this test class open. */
    protected static Workspace workspace;
    /** The window of the current test. */
    protected TestApp window;
    /** Its composition root: the shell, the feature windows and the view models. */
    protected AppAssembly app;

    @BeforeAll
    static void demoWorkspace() {
        workspace = DemoWorkspace.create(home);
    }

    /** TestFX calls the {@code @Start} methods of the test class only, not a superclass's: the stage is set up here. */
    @BeforeEach
    void openWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            window = TestApp.show(workspace, stage, width(), height());
            app = window.app;
        });
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    protected double width() {
        return 1200;
    }

    protected double height() {
        return 800;
    }
}
