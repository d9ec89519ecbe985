package org.provex.ui.browse;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.Rid;
import org.provex.ui.common.Messages;

/**
 * A table of executions (RID, status, created, description) in which double-click or Enter opens the
 * selected run. Used for a workflow's runs and for a dataset version's consumers.
 */
public final class RunsTable {

    private static final Messages TEXT = Messages.of(RunsTable.class);

    private RunsTable() {
    }

    /** A focusable table with id {@code id}; {@code placeholder} is shown while it has no rows. */
    public static TableView<ExecutionRow> create(String id, ReadOnlyStringProperty placeholder, Consumer<Rid> open) {
        TableView<ExecutionRow> table = new TableView<>();
        table.setId(id);
        table.setAccessibleText(TEXT.get("runs.accessible"));
        table.getStyleClass().addAll("runs-table", atlantafx.base.theme.Styles.DENSE);
        TableColumn<ExecutionRow, String> rid = column(TEXT.get("runs.rid"), r -> r.rid().value(), 80);
        TableColumn<ExecutionRow, ExecutionRow> status = new TableColumn<>(TEXT.get("runs.status"));
        status.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        status.setCellFactory(c -> new StatusCell<>());
        status.setPrefWidth(130);
        status.setMinWidth(70);
        TableColumn<ExecutionRow, String> created = column(TEXT.get("runs.created"),
                r -> BrowseFormat.minute(r.created()), 130);
        TableColumn<ExecutionRow, String> description = column(TEXT.get("runs.description"),
                RunsTable::description, 260);
        table.getColumns().add(rid);
        table.getColumns().add(status);
        table.getColumns().add(created);
        table.getColumns().add(description);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(placeholder);
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setRowFactory(t -> row(open));
        table.setOnKeyPressed(e -> {
            ExecutionRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.rid());
                e.consume();
            }
        });
        return table;
    }

    /** A read-only text column; the newest column can be inserted by the caller where it fits. */
    public static TableColumn<ExecutionRow, String> column(String title, Function<ExecutionRow, String> value,
                                                           double width) {
        TableColumn<ExecutionRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    private static TableRow<ExecutionRow> row(Consumer<Rid> open) {
        TableRow<ExecutionRow> row = new TableRow<>() {
            @Override
            protected void updateItem(ExecutionRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BrowseStyles.SENTINEL, !empty && item != null && item.unknownProvenance());
                setTooltip(empty || item == null ? null : new Tooltip(TEXT.get("runs.open.hint", item.rid())));
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                open.accept(row.getItem().rid());
            }
        });
        return row;
    }

    private static String description(ExecutionRow r) {
        if (r.unknownProvenance()) {
            return TEXT.get("runs.sentinel");
        }
        return firstLine(r.description());
    }

    /** The first non-blank line of a (Markdown) description, for one-line cells. */
    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
