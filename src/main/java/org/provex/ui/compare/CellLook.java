package org.provex.ui.compare;

import java.util.Locale;
import javafx.css.PseudoClass;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.provex.core.diff.Cell;
import org.provex.core.diff.CellState;
import org.provex.core.diff.Verdict;
import org.provex.core.model.ExecutionStatus;

/** How a kind of change looks: a style class (colour) and an icon (shape), always beside words. */
final class CellLook {

    /**
     * One pseudo-class per state ({@code :added}, {@code :not-comparable}...): switching a pseudo-class only
     * re-resolves the styles a node already matched, where changing a style class re-matches every selector for
     * the cell and its children, which made scrolling a wide grid slow.
     */
    private static final java.util.Map<CellState, PseudoClass> STATES = java.util.Arrays.stream(CellState.values())
            .collect(java.util.stream.Collectors.toMap(s -> s, s -> PseudoClass.getPseudoClass(
                    s.name().toLowerCase(Locale.ROOT).replace('_', '-')), (a, b) -> a,
                    () -> new java.util.EnumMap<>(CellState.class)));

    private CellLook() {
    }

    /** Turns on the state's pseudo-class on the node and every other state's off (null: all off). */
    static void show(javafx.scene.Node node, CellState state) {
        STATES.forEach((s, pc) -> node.pseudoClassStateChanged(pc, s == state));
    }

    /** Null for states that need no mark (the baseline, an unchanged value). */
    static Ikon icon(CellState state) {
        return switch (state) {
            case ADDED -> Feather.PLUS_CIRCLE;
            case REMOVED -> Feather.MINUS_CIRCLE;
            case CHANGED -> Feather.EDIT_2;
            case UPGRADED -> Feather.ARROW_UP_CIRCLE;
            case DOWNGRADED -> Feather.ARROW_DOWN_CIRCLE;
            case MOVED -> Feather.SHUFFLE;
            case MISSING -> Feather.SLASH;
            case UNKNOWN -> Feather.HELP_CIRCLE;
            case BASELINE, SAME -> null;
        };
    }

    /** The words under a value: {@code upgraded (minor)}, {@code moved from #2 to #0}, a missing file's reason. */
    static String how(Cell cell) {
        if (cell.state() == CellState.BASELINE || cell.state() == CellState.SAME) {
            return "";
        }
        return cell.how().isBlank() ? cell.state().label() : cell.how();
    }

    static Ikon icon(Verdict.Answer answer) {
        return switch (answer) {
            case SAME -> Feather.CHECK_CIRCLE;
            case DIFFERENT -> Feather.ALERT_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
            case NOT_RECORDED -> Feather.MINUS_CIRCLE;
        };
    }

    static String style(Verdict.Answer answer) {
        return "verdict-" + answer.name().toLowerCase(Locale.ROOT);
    }

    static Ikon statusIcon(String status) {
        return switch (ExecutionStatus.phaseOf(status)) {
            case SUCCEEDED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case ACTIVE -> Feather.LOADER;
            case DONE -> Feather.STOP_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }

    /** One line for a cell: line breaks shown as ⏎ so a multi-line value does not hide its rest. */
    static String oneLine(String value) {
        return value.indexOf('\n') < 0 ? value : value.strip().replace("\r\n", "\n").replace("\n", " \u23ce ");
    }
}
