package org.provex.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.provex.ui.detail.DetailContent.Field;

/** Label / value rows: muted labels in a narrow column, values that wrap in the rest. */
final class FieldGrid {

    private final GridPane grid = new GridPane();
    private final Consumer<String> copy;
    private int rows;

    FieldGrid(String id, Consumer<String> copy) {
        this(id, copy, 150);
    }

    FieldGrid(String id, Consumer<String> copy, double labelWidth) {
        this.copy = copy;
        grid.setId(id);
        grid.getStyleClass().add("field-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Math.min(90, labelWidth));
        label.setPrefWidth(labelWidth);
        label.setMaxWidth(labelWidth + 40);
        label.setHgrow(Priority.NEVER);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setMinWidth(100);
        grid.getColumnConstraints().setAll(label, value);
    }

    GridPane node() {
        return grid;
    }

    FieldGrid clear() {
        grid.getChildren().clear();
        rows = 0;
        return this;
    }

    FieldGrid addAll(List<Field> fields) {
        fields.forEach(this::add);
        return this;
    }

    FieldGrid add(Field f) {
        Label value = Widgets.copyable(f.value(), f.mono(), copy);
        if (f.note() == null) {
            return add(f.label(), value);
        }
        return add(f.label(), new VBox(2, value, Widgets.note(f.note())));
    }

    FieldGrid add(String label, Node value) {
        Label l = new Label(label);
        l.getStyleClass().addAll("field-label", "text-muted");
        // a long label ("Checksum (git blob)") wraps inside its column instead of running under the value
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        GridPane.setValignment(value, VPos.TOP);
        GridPane.setFillWidth(value, true);
        grid.addRow(rows++, l, value);
        return this;
    }

    boolean isEmpty() {
        return rows == 0;
    }
}
