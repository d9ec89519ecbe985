package org.provex.ui.screenshots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a scene or node shows to a PNG (headless too: STACK.md section 3). */
public final class Snapshots {

    private Snapshots() {
    }

    public static Path write(Scene scene, Path file) {
        return write(() -> scene.snapshot(null), file);
    }

    public static Path write(Node node, Path file) {
        return write(() -> node.snapshot(null, null), file);
    }

    private static Path write(java.util.concurrent.Callable<WritableImage> shot, Path file) {
        try {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(shot).get(30, TimeUnit.SECONDS);
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("snapshot of " + file + " failed", e);
        }
    }
}
