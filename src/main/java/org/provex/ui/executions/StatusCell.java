package org.provex.ui.executions;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.ExecutionStatus;
import org.provex.ui.common.Messages;

/** A status as a coloured pill with its text; the sentinel run says "unknown provenance", greyed. */
final class StatusCell extends TableCell<ExecutionSlot, ExecutionRow> {

    private static final Messages MSG = Messages.of(StatusCell.class);
    private final Label pill = new Label();
    private final Tooltip tip = new Tooltip();

    StatusCell() {
        pill.getStyleClass().add("status-pill");
        setText(null);
    }

    /** A small dot in the colour of a status, for menus. */
    static Node dot(String term) {
        Circle c = new Circle(5);
        c.getStyleClass().addAll("status-dot", phaseClass(term));
        return c;
    }

    static String phaseClass(String term) {
        return "status-" + ExecutionStatus.phaseOf(term).name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected void updateItem(ExecutionRow row, boolean empty) {
        super.updateItem(row, empty);
        ExecutionsTable.markSentinel(this, row);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        pill.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-pill"));
        if (row.unknownProvenance()) {
            pill.setText(MSG.get("status.sentinel"));
            pill.getStyleClass().add("status-sentinel");
            tip.setText(MSG.get("status.sentinel.tooltip"));
            setTooltip(tip);
        } else {
            pill.setText(ExecutionStatus.displayName(row.status()));
            pill.getStyleClass().add(phaseClass(row.status()));
            boolean detail = row.statusDetail() != null && !row.statusDetail().isBlank();
            tip.setText(detail ? row.statusDetail() : null);
            setTooltip(detail ? tip : null);
        }
        setGraphic(pill);
    }
}
