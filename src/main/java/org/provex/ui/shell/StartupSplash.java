package org.provex.ui.shell;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import org.provex.ui.common.AppIcon;

/**
 * The first frame: the mark and a line of text on a light background, shown the moment the toolkit is up, so a
 * new window is never black while the workspace is read and the main window is built (which replaces it).
 * Deliberately cheap: no controls, so neither JavaFX's default stylesheet nor the theme is loaded for it (the
 * theme is set afterwards, before the main window's first control exists), and no animation, which would redraw
 * the window on every pulse while the main window is being built beside it.
 */
public final class StartupSplash {

    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;
    private static final double TEXT_SIZE = 15;

    private StartupSplash() {
    }

    public static Scene scene(String text) {
        Text label = new Text(text);
        label.setId("startupText");
        label.setFont(Font.font(TEXT_SIZE));
        label.setFill(Color.web("#57606a"));
        VBox box = new VBox(14, AppIcon.view(64), label);
        box.setId("startupSplash");
        box.setAlignment(Pos.CENTER);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Scene(box, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()),
                Color.web("#f6f8fa"));
    }
}
