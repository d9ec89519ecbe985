package org.provex.ui.executions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Cell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.RunDuration;
import org.provex.ui.common.Messages;

/**
 * The executions table. Sorting is delegated to the view model (one cache query), rows are slots whose
 * values arrive when their page is read, and Enter or a double click opens the execution.
 */
final class ExecutionsTable {

    private static final PseudoClass SENTINEL = PseudoClass.getPseudoClass("sentinel");
    private static final PseudoClass NESTED = PseudoClass.getPseudoClass("nested");
    private final Messages msg = Messages.of(ExecutionsTable.class);
    private final ExecutionsViewModel vm;
    private final TableView<ExecutionSlot> table = new TableView<>();
    private final DateTimeFormatter minute;
    private boolean applyingSort;

    ExecutionsTable(ExecutionsViewModel vm) {
        this.vm = vm;
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(vm.zone());
        table.setId("executionsTable");
        table.setAccessibleText(msg.get("table.accessible"));
        table.getStyleClass().add("executions-table");
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.itemsProperty().bind(vm.rowsProperty());
        addColumns();
        table.setSortPolicy(t -> {
            sortChanged();
            return true;
        });
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ExecutionSlot>) c ->
                vm.select(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label placeholder = new Label();
        placeholder.setId("executionsPlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(this::placeholderText, vm.loadingProperty(),
                vm.loadErrorProperty()));
        table.setPlaceholder(placeholder);
    }

    TableView<ExecutionSlot> node() {
        return table;
    }

    private String placeholderText() {
        if (vm.loadErrorProperty().get() != null) {
            return msg.get("placeholder.error", vm.loadErrorProperty().get());
        }
        return vm.loadingProperty().get() ? msg.get("placeholder.loading") : msg.get("placeholder.empty");
    }

    private void addColumns() {
        TableColumn<ExecutionSlot, ExecutionRow> rid = column("rid", "column.rid", ExecutionColumn.RID, 86,
                r -> r.rid().value());
        TableColumn<ExecutionSlot, ExecutionRow> description = column("description", "column.description",
                ExecutionColumn.DESCRIPTION, 320, r -> (r.parent() != null ? "\u21B3 " : "") + r.description());
        TableColumn<ExecutionSlot, ExecutionRow> workflow = column("workflow", "column.workflow",
                ExecutionColumn.WORKFLOW, 190, r -> r.workflowName() == null ? text(r.workflow()) : r.workflowName());
        TableColumn<ExecutionSlot, ExecutionRow> status = new TableColumn<>(msg.get("column.status"));
        status.setId("column-status");
        status.setUserData(ExecutionColumn.STATUS);
        status.setPrefWidth(140);
        status.setCellValueFactory(cd -> cd.getValue().rowProperty());
        status.setCellFactory(c -> new StatusCell());
        TableColumn<ExecutionSlot, ExecutionRow> created = column("created", "column.created",
                ExecutionColumn.CREATED, 130, r -> r.created() == null ? "" : minute.format(r.created()));
        created.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<ExecutionSlot, ExecutionRow> durations = new TableColumn<>(msg.get("column.durations"));
        durations.setId("column-durations");
        durations.getColumns().add(duration("execution", "column.execution", ExecutionColumn.EXECUTION_DURATION,
                r -> r.durations().main()));
        durations.getColumns().add(duration("download", "column.download", ExecutionColumn.DOWNLOAD_DURATION,
                r -> r.durations().download()));
        durations.getColumns().add(duration("upload", "column.upload", ExecutionColumn.UPLOAD_DURATION,
                r -> r.durations().upload()));
        TableColumn<ExecutionSlot, ExecutionRow> inputs = column("inputs", "column.inputs",
                ExecutionColumn.INPUT_COUNT, 260, ExecutionsTable::inputs);
        table.getColumns().addAll(List.of(rid, description, workflow, status, created, durations, inputs));
        applyingSort = true;
        table.getSortOrder().setAll(List.of(created));
        applyingSort = false;
    }

    private static String inputs(ExecutionRow r) {
        if (r.inputCount() == 0 || r.inputSummary() == null) {
            return "";
        }
        return r.inputCount() > 1 ? r.inputCount() + ": " + r.inputSummary() : r.inputSummary();
    }

    private TableColumn<ExecutionSlot, ExecutionRow> duration(String id, String key, ExecutionColumn sortColumn,
                                                              Function<ExecutionRow, RunDuration> value) {
        TableColumn<ExecutionSlot, ExecutionRow> c = column(id, key, sortColumn, 84, r -> {
            RunDuration d = value.apply(r);
            return d == null ? "" : d.display();
        });
        c.getStyleClass().add("numeric");
        return c;
    }

    private TableColumn<ExecutionSlot, ExecutionRow> column(String id, String key, ExecutionColumn sortColumn,
                                                            double width, Function<ExecutionRow, String> text) {
        TableColumn<ExecutionSlot, ExecutionRow> c = new TableColumn<>(msg.get(key));
        c.setId("column-" + id);
        c.setUserData(sortColumn);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> cd.getValue().rowProperty());
        c.setCellFactory(col -> new TextCell(text));
        return c;
    }

    private void sortChanged() {
        if (applyingSort) {
            return;
        }
        List<TableColumn<ExecutionSlot, ?>> order = table.getSortOrder();
        if (order.isEmpty()) {
            vm.sortProperty().set(ExecutionSort.NEWEST_FIRST);
            return;
        }
        TableColumn<ExecutionSlot, ?> first = order.get(0);
        if (first.getUserData() instanceof ExecutionColumn column) {
            vm.sortBy(column, first.getSortType() == TableColumn.SortType.ASCENDING);
        }
    }

    private TableRow<ExecutionSlot> row() {
        TableRow<ExecutionSlot> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                vm.open(row.getItem());
            }
        });
        return row;
    }

    static void markSentinel(Cell<ExecutionRow> cell, ExecutionRow row) {
        cell.pseudoClassStateChanged(SENTINEL, row != null && row.unknownProvenance());
        cell.pseudoClassStateChanged(NESTED, row != null && row.parent() != null);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Text of one column of a row; "…" while the row's page is being read. */
    private static final class TextCell extends javafx.scene.control.TableCell<ExecutionSlot, ExecutionRow> {
        private final Function<ExecutionRow, String> text;

        TextCell(Function<ExecutionRow, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(ExecutionRow row, boolean empty) {
            super.updateItem(row, empty);
            markSentinel(this, row);
            if (empty) {
                setText(null);
            } else if (row == null) {
                setText("\u2026");
            } else {
                setText(text.apply(row));
            }
        }
    }
}
