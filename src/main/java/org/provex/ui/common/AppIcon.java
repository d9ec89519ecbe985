package org.provex.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Provex icon on every window the application opens: the main window, comparison windows, dialogs and the
 * login window. The images come from the generated set in the repository's {@code icons/} folder (the build copies
 * the sizes below onto the classpath); they are decoded once, on first use, and shared by every window.
 */
public final class AppIcon {

    /** The sizes a window manager picks from: title bars (16, 24), task bars and switchers (32..256). */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private static List<Image> images;

    private AppIcon() {
    }

    /** The classpath location of one size, e.g. {@code icon/32x32/apps/provex.png} beside this class. */
    public static URL resource(int size) {
        return AppIcon.class.getResource("icon/" + size + "x" + size + "/apps/provex.png");
    }

    /** Every size, decoded once (on the FX thread: the only thread that opens windows). */
    public static List<Image> images() {
        if (images == null) {
            List<Image> all = new ArrayList<>();
            for (int size : SIZES) {
                URL url = resource(size);
                if (url != null) {
                    all.add(new Image(url.toExternalForm()));
                }
            }
            images = List.copyOf(all);
        }
        return images;
    }

    /** The mark as a picture in the window (the top bar's title), drawn at one of {@link #SIZES}. */
    public static ImageView view(int size) {
        int index = SIZES.indexOf(size);
        if (index < 0) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + SIZES);
        }
        ImageView view = new ImageView(images().get(index));
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }

    /** Gives a window (a stage, or a dialog's own stage) the icon; other kinds of window have none. */
    public static void apply(Window window) {
        if (window instanceof Stage stage) {
            stage.getIcons().setAll(images());
        }
    }

    /** Gives a dialog's window the icon. */
    public static void apply(Dialog<?> dialog) {
        apply(dialog.getDialogPane().getScene().getWindow());
    }
}
