package org.provex.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import org.provex.ui.common.AppIcon;

/**
 * The first frame: the mark and a line of text on a light background, shown the moment the toolkit is up, so a
 * new window is never black while the workspace is read and the main window is built (which replaces it).
 * Deliberately cheap: no theme, no stylesheet, a handful of nodes.
 */
public final class StartupSplash {

    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;

    private StartupSplash() {
    }

    public static Scene scene(String text) {
        ProgressIndicator busy = new ProgressIndicator(-1);
        busy.setPrefSize(28, 28);
        Label label = new Label(text);
        label.setId("startupText");
        VBox box = new VBox(14, AppIcon.view(64), label, busy);
        box.setId("startupSplash");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(box, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()),
                Color.web("#f6f8fa"));
    }
}
