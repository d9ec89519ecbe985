package org.provex.ui.compare;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A cell's tooltip, made the first time the pointer rests on the cell: a grid of thousands of cells would
 * otherwise build a popup control per cell while scrolling, most never shown.
 */
final class LazyTooltip {

    private final Control owner;
    private String text;

    LazyTooltip(Control owner) {
        this.owner = owner;
        owner.setOnMouseEntered(e -> install());
    }

    /** Installs a tooltip with fixed text on a control, made only when first needed. */
    static void on(Control control, String text) {
        new LazyTooltip(control).setText(text);
    }

    /** The text to show; null for none. */
    void setText(String value) {
        text = value;
        Tooltip tip = owner.getTooltip();
        if (tip != null) {
            tip.setText(value == null ? "" : value);
            if (value == null) {
                owner.setTooltip(null);
            }
        }
    }

    private void install() {
        if (text == null || owner.getTooltip() != null) {
            return;
        }
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        owner.setTooltip(tip);
    }
}
