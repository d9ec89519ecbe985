package org.provex.ui.reproduce;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.reproduce.Check;
import org.provex.ui.common.Messages;

/**
 * A checklist (readiness of a run, preflight of a launch): one row per check with its outcome, what was found, what
 * it means for the reproduction and how to fix it. Used by the wizard and the execution detail.
 */
public final class Checklist {

    private static final Messages M = Messages.of(Checklist.class);
    private final VBox root = new VBox(8);

    public Checklist(String id) {
        root.setId(id);
        root.getStyleClass().add("checklist");
        root.getStylesheets().add(ReproduceStyles.URL);
    }

    public Node root() {
        return root;
    }

    /** Shows these checks (none: an empty list). */
    public void show(List<Check> checks) {
        root.getChildren().setAll(checks.stream().map(Checklist::row).toList());
    }

    private static Node row(Check c) {
        FontIcon icon = new FontIcon(switch (c.status()) {
            case PASS -> Feather.CHECK_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
            case WARN -> Feather.ALERT_TRIANGLE;
            case FAIL -> Feather.X_CIRCLE;
        });
        icon.getStyleClass().addAll("check-icon", "check-" + c.status().word());
        Label message = new Label(c.message());
        message.setWrapText(true);
        message.setId("check-" + c.id());
        message.setAccessibleText(M.get("check." + c.status().word()) + ": " + c.message());
        VBox text = new VBox(2, message);
        if (!c.consequence().isEmpty()) {
            Label consequence = new Label(c.consequence());
            consequence.setWrapText(true);
            consequence.getStyleClass().add(Styles.TEXT_MUTED);
            text.getChildren().add(consequence);
        }
        if (!c.fix().isEmpty()) {
            Label fix = new Label(M.get("check.fix", c.fix()));
            fix.setWrapText(true);
            fix.getStyleClass().add("check-fix");
            text.getChildren().add(fix);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(8, icon, text);
        row.getStyleClass().add("check-row");
        return row;
    }

    /** The words for a readiness level, e.g. "Ready with warnings". */
    public static String levelText(org.provex.core.reproduce.plan.Readiness.Level level) {
        return M.get("readiness." + level.word());
    }
}
