package org.provex.ui.reproduce;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.provex.ui.common.Messages;

/** Small building blocks of the reproduce views: section titles, label-value grids, wrapped text, lists. */
final class WizardParts {

    static final Messages M = Messages.of(WizardParts.class);

    private WizardParts() {
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wizard-section");
        return l;
    }

    static Label wrapped(String text) {
        Label l = new Label(text == null ? "" : text);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    static Label mono(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("mono");
        return l;
    }

    static Label styled(String text, String style) {
        Label l = wrapped(text);
        l.getStyleClass().add(style);
        return l;
    }

    /** Label-value pairs in two columns; null values are left out. */
    static GridPane fields(String id, String... labelsAndValues) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] == null) {
                continue;
            }
            Label label = new Label(labelsAndValues[i]);
            label.getStyleClass().add("wizard-field-label");
            Label value = wrapped(labelsAndValues[i + 1]);
            value.setId(id + "-" + row);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    /** One wrapped line per item, with a bullet. */
    static Node bullets(String id, List<String> items) {
        VBox box = new VBox(4);
        box.setId(id);
        for (String item : items) {
            box.getChildren().add(wrapped("\u2022 " + item));
        }
        return box;
    }

    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
