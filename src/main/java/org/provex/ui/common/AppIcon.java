package org.provex.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Decoded images by size, each decoded once on first use, from any thread (see {@link #images}). */
    private static final Map<Integer, Image> DECODED = new ConcurrentHashMap<>();

    private AppIcon() {
    }

    /** The classpath location of one size, e.g. {@code icon/32x32/apps/provex.png} beside this class. */
    public static URL resource(int size) {
        return AppIcon.class.getResource("icon/" + size + "x" + size + "/apps/provex.png");
    }

    /**
     * Every size, each decoded once and shared. Images may be decoded on any thread once the toolkit runs: the
     * application decodes them on a background thread while its first window is built.
     */
    public static List<Image> images() {
        List<Image> all = new ArrayList<>();
        for (int size : SIZES) {
            Image image = image(size);
            if (image != null) {
                all.add(image);
            }
        }
        return List.copyOf(all);
    }

    private static Image image(int size) {
        return DECODED.computeIfAbsent(size, s -> {
            URL url = resource(s);
            return url == null ? null : new Image(url.toExternalForm());
        });
    }

    /** The mark as a picture in the window (the top bar's title), drawn at one of {@link #SIZES}. */
    public static ImageView view(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no icon of " + size + " px; sizes: " + SIZES);
        }
        ImageView view = new ImageView(image(size));
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
