package org.provex.ui.reproduce;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;

/**
 * A table cell that shows a value computed in the background: its text, style class and tooltip follow one entry of
 * an observable map (readiness by execution, verdict by workflow), and change when the entry arrives.
 */
public final class BadgeBinding {

    private BadgeBinding() {
    }

    /** Stops following (an empty cell or another row). */
    public static void clear(Cell<?> cell, List<String> styles) {
        cell.textProperty().unbind();
        cell.getStyleClass().removeAll(styles);
        cell.setTooltip(null);
    }

    /**
     * Follows {@code map.get(key)}; {@code null} is passed on while the entry is missing.
     *
     * @param styles  every style class {@code style} can give, removed before the current one is added
     * @param tooltip the tooltip text, or null for none
     */
    public static <K, V> void follow(Cell<?> cell, ObservableMap<K, V> map, K key, List<String> styles,
                                     Function<V, String> text, Function<V, String> style,
                                     Function<V, String> tooltip) {
        clear(cell, styles);
        cell.textProperty().bind(Bindings.createStringBinding(() -> {
            V value = map.get(key);
            cell.getStyleClass().removeAll(styles);
            cell.getStyleClass().add(style.apply(value));
            String tip = tooltip.apply(value);
            if (tip == null) {
                cell.setTooltip(null);
            } else {
                Tooltip t = new Tooltip(tip);
                t.setWrapText(true);
                t.setMaxWidth(480);
                cell.setTooltip(t);
            }
            return text.apply(value);
        }, map));
    }
}
