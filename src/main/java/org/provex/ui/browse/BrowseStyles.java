package org.provex.ui.browse;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/** The stylesheet and pseudo classes shared by the Workflows and Datasets panes (colours from the theme). */
public final class BrowseStyles {

    public static final PseudoClass SENTINEL = PseudoClass.getPseudoClass("sentinel");
    public static final PseudoClass DEV = PseudoClass.getPseudoClass("dev");
    public static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private static final String CSS = Objects.requireNonNull(BrowseStyles.class.getResource("browse.css"),
            "browse.css").toExternalForm();

    private BrowseStyles() {
    }

    public static void apply(Parent root) {
        if (!root.getStylesheets().contains(CSS)) {
            root.getStylesheets().add(CSS);
        }
    }
}
