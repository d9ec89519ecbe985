package org.provex.ui.lineage;

import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/** The lineage windows' stylesheet and pseudo-classes. */
final class LineageStyles {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass ON_PATH = PseudoClass.getPseudoClass("on-path");

    private LineageStyles() {
    }

    static void apply(Parent root) {
        root.getStylesheets().add(Objects.requireNonNull(LineageStyles.class.getResource("lineage.css"))
                .toExternalForm());
    }
}
