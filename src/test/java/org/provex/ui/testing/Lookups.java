package org.provex.ui.testing;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** Predicates for TestFX node queries ({@code robot.lookup(".table-cell").match(Lookups.hasText("1-AS10"))}). */
public final class Lookups {

    private Lookups() {
    }

    /** A label, button or cell that shows exactly {@code text}. */
    public static Predicate<Node> hasText(String text) {
        return n -> n instanceof Labeled l && text.equals(l.getText());
    }
}
