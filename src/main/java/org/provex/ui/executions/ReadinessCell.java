package org.provex.ui.executions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.ui.reproduce.Checklist;
import org.provex.ui.reproduce.ReadinessBadges;

/** How exactly a run can be reproduced, in a few words; the failed checks in its tooltip. Computed on demand. */
final class ReadinessCell extends TableCell<ExecutionSlot, ExecutionRow> {

    private static final List<String> STYLES = List.of("readiness-ready", "readiness-warnings", "readiness-not_ready",
            "readiness-unknown");
    private final ReadinessBadges badges;

    ReadinessCell(ReadinessBadges badges) {
        this.badges = badges;
    }

    @Override
    protected void updateItem(ExecutionRow row, boolean empty) {
        super.updateItem(row, empty);
        ExecutionsTable.markSentinel(this, row);
        textProperty().unbind();
        getStyleClass().removeAll(STYLES);
        setTooltip(null);
        if (empty || row == null) {
            setText(empty ? null : "\u2026");
            return;
        }
        badges.request(row.rid());
        textProperty().bind(Bindings.createStringBinding(() -> {
            Readiness r = badges.known().get(row.rid());
            getStyleClass().removeAll(STYLES);
            getStyleClass().add(ReadinessBadges.styleClass(r));
            setTooltip(r == null ? null : tooltip(r));
            return ReadinessBadges.cellText(r);
        }, badges.known()));
    }

    private static Tooltip tooltip(Readiness r) {
        StringBuilder text = new StringBuilder(Checklist.levelText(r.level()));
        for (Check c : r.checks()) {
            if (c.status() == Check.Status.FAIL || c.status() == Check.Status.WARN) {
                text.append("\n\u2022 ").append(c.message());
            }
        }
        Tooltip t = new Tooltip(text.toString());
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }
}
