package org.provex.ui.browse;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Themes and PNG snapshots (under target/snapshots) of a pane mounted in a TestFX stage, to look at. */
public final class PaneSnapshots {

    private PaneSnapshots() {
    }

    public static void light() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void dark() {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    }

    /** The pool behind an FxTaskRunner in UI tests: daemon threads, so a failed test never hangs the fork. */
    public static ExecutorService pool() {
        return Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-test-task");
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes {@code target/snapshots/<name>.png} after the pending layout and CSS passes. */
    public static Path write(FxRobot robot, Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("target", "snapshots", name + ".png");
        try {
            Files.createDirectories(out.getParent());
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return scene.snapshot(null);
            }).get(10, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("snapshot failed", e);
        }
        return out;
    }

    /** Light then dark snapshots of the same scene, {@code <name>-light.png} and {@code <name>-dark.png}. */
    public static void writeBothThemes(FxRobot robot, Scene scene, String name) {
        robot.interact(PaneSnapshots::light);
        write(robot, scene, name + "-light");
        robot.interact(PaneSnapshots::dark);
        write(robot, scene, name + "-dark");
        robot.interact(PaneSnapshots::light);
    }
}
