package org.provex.ui.workflows;

import java.util.List;
import javafx.scene.control.TreeTableCell;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.ui.reproduce.BadgeBinding;
import org.provex.ui.reproduce.VerdictBadge;
import org.provex.ui.reproduce.WorkflowVerdicts;
import org.provex.ui.workflows.WorkflowTreeTable.Row;

/** The Verification badge of a workflow version: its stored or just computed verdict, the reason in a tooltip. */
final class VerdictCell extends TreeTableCell<Row, String> {

    private static final List<String> STYLES = List.of(VerdictBadge.styleClass(null), "verdict-verified",
            "verdict-mismatch", "verdict-unverifiable", "verdict-container");
    private final WorkflowVerdicts verdicts;

    VerdictCell(WorkflowVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || row.header()) {
            BadgeBinding.clear(this, STYLES);
            setText(null);
            return;
        }
        BadgeBinding.follow(this, verdicts.verdicts(), row.version().rid(), STYLES,
                (CodeVerification v) -> VerdictBadge.text(v == null ? null : v.verdict()),
                v -> VerdictBadge.styleClass(v == null ? null : v.verdict()), v -> v == null ? null : v.message());
    }
}
