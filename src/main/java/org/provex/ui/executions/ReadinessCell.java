package org.provex.ui.executions;

import java.util.List;
import javafx.scene.control.TableCell;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.ui.reproduce.BadgeBinding;
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
        if (empty || row == null) {
            BadgeBinding.clear(this, STYLES);
            setText(empty ? null : "\u2026");
            return;
        }
        badges.request(row.rid());
        BadgeBinding.follow(this, badges.known(), row.rid(), STYLES, ReadinessBadges::cellText,
                ReadinessBadges::styleClass, ReadinessCell::tooltip);
    }

    private static String tooltip(Readiness r) {
        if (r == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(Checklist.levelText(r.level()));
        for (Check c : r.checks()) {
            if (c.status() == Check.Status.FAIL || c.status() == Check.Status.WARN) {
                text.append("\n\u2022 ").append(c.message());
            }
        }
        return text.toString();
    }
}
