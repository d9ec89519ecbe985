package org.provex.ui.common;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * The colours of a difference, one definition (diff.css) for every view that shows one: a line of a text diff gets
 * one of the style classes below; a table whose rows are added or removed items gets {@link #ROWS} and its rows the
 * {@link #ADDED_ROW} or {@link #REMOVED_ROW} pseudo-class.
 */
public final class DiffStyles {

    public static final String ADDED = "diff-added";
    public static final String REMOVED = "diff-removed";
    public static final String CHANGED = "diff-changed";
    /** A hunk header of a unified diff ({@code @@ -1,4 +1,5 @@}). */
    public static final String HUNK = "diff-hunk";
    /** A file header of a unified diff ({@code --- a/x}, {@code +++ b/x}). */
    public static final String FILE = "diff-file";
    /** A table whose rows are items added or removed. */
    public static final String ROWS = "diff-rows";
    public static final PseudoClass ADDED_ROW = PseudoClass.getPseudoClass("added");
    public static final PseudoClass REMOVED_ROW = PseudoClass.getPseudoClass("removed");

    private static final String CSS = Objects.requireNonNull(DiffStyles.class.getResource("diff.css"), "diff.css")
            .toExternalForm();

    private DiffStyles() {
    }

    /** Gives {@code root} (and what it holds) the diff colours. */
    public static void apply(Parent root) {
        if (!root.getStylesheets().contains(CSS)) {
            root.getStylesheets().add(CSS);
        }
    }
}
