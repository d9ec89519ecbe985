package org.provex.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.audit.ExecutionAudit.Finding;

/** What an auditor should read first: the auditor's problems, warnings and notes, most severe first. */
final class FindingsSection {

    private final VBox list = new VBox(6);
    private final VBox root;

    FindingsSection(ExecutionDetailViewModel vm) {
        list.setId("findingsList");
        root = Widgets.card("findingsCard", Feather.FLAG, Widgets.M.get("findings.title"), list);
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c);
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(DetailContent c) {
        list.getChildren().clear();
        if (c.findings().isEmpty()) {
            list.getChildren().add(row(Feather.CHECK_CIRCLE, "finding-ok", null, Widgets.M.get("findings.none")));
        }
        for (Finding f : c.findings()) {
            list.getChildren().add(switch (f.severity()) {
                case PROBLEM -> row(Feather.ALERT_OCTAGON, "finding-problem", Widgets.M.get("findings.problem"),
                        f.message());
                case WARNING -> row(Feather.ALERT_TRIANGLE, "finding-warning", Widgets.M.get("findings.warning"),
                        f.message());
                case NOTE -> row(Feather.INFO, "finding-note", Widgets.M.get("findings.note"), f.message());
            });
        }
    }

    private static Node row(Feather icon, String style, String severity, String message) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("finding-icon");
        VBox text = new VBox(1);
        if (severity != null) {
            Label kind = new Label(severity);
            kind.getStyleClass().add("finding-severity");
            text.getChildren().add(kind);
        }
        text.getChildren().add(Widgets.text(message, false));
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, glyph, text);
        row.getStyleClass().addAll("finding", style);
        row.setAccessibleText((severity == null ? "" : severity + ": ") + message);
        return row;
    }
}
