package org.provex.ui.common;

import java.util.Objects;
import javafx.scene.Scene;

/**
 * The visible focus ring and the selected-row bar of every window (focus.css): the table, tree or list that has the
 * keyboard is framed in the accent colour, the selected row is a solid bar rather than the hover tint, and a focused
 * link or button is ringed, so tabbing through a page always shows where the keyboard is.
 */
public final class FocusStyles {

    private static final String CSS = Objects.requireNonNull(FocusStyles.class.getResource("focus.css"),
            "focus.css").toExternalForm();

    private FocusStyles() {
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(CSS)) {
            scene.getStylesheets().add(CSS);
        }
    }
}
