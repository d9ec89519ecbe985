package org.provex.ui.workflows;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.ui.reproduce.VerdictBadge;
import org.provex.ui.reproduce.WorkflowVerdicts;
import org.provex.ui.workflows.WorkflowTreeTable.Row;

/** The Verification badge of a workflow version: its stored or just computed verdict, the reason in a tooltip. */
final class VerdictCell extends TreeTableCell<Row, String> {

    private static final List<String> STYLES = List.of(VerdictBadge.styleClass(null),
            "verdict-verified", "verdict-mismatch", "verdict-unverifiable", "verdict-container");
    private final WorkflowVerdicts verdicts;

    VerdictCell(WorkflowVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        textProperty().unbind();
        getStyleClass().removeAll(STYLES);
        setTooltip(null);
        Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || row.header()) {
            setText(null);
            return;
        }
        textProperty().bind(Bindings.createStringBinding(() -> {
            CodeVerification v = verdicts.verdicts().get(row.version().rid());
            getStyleClass().removeAll(STYLES);
            getStyleClass().add(VerdictBadge.styleClass(v == null ? null : v.verdict()));
            setTooltip(v == null ? null : new Tooltip(v.message()));
            return VerdictBadge.text(v == null ? null : v.verdict());
        }, verdicts.verdicts()));
    }
}
