package org.provex.ui.executions;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Cell;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
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
import org.provex.ui.browse.StatusCell;
import org.provex.ui.common.ColumnMenu;
import org.provex.ui.common.FillColumn;
import org.provex.ui.common.Messages;

/**
 * The executions table. Sorting is delegated to the view model (one cache query), rows are slots whose
 * values arrive when their page is read; selecting a row (a click, an arrow key) shows it in the detail, and a run
 * opened elsewhere is selected and scrolled to.
 */
final class ExecutionsTable {

    private static final PseudoClass SENTINEL = PseudoClass.getPseudoClass("sentinel");
    private static final PseudoClass NESTED = PseudoClass.getPseudoClass("nested");
    private final Messages msg = Messages.of(ExecutionsTable.class);
    private final ExecutionsViewModel vm;
    private final TableView<ExecutionSlot> table = new TableView<>();
    private final DateTimeFormatter minute;
    private boolean applyingSort;
    /** One menu for every row (its items act on the selection), made when the first row is. */
    private ContextMenu rowMenu;

    ExecutionsTable(ExecutionsViewModel vm) {
        this.vm = vm;
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(vm.zone());
        table.setId("executionsTable");
        table.setAccessibleText(msg.get("table.accessible"));
        table.getStyleClass().add("executions-table");
        table.setFixedCellSize(30);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        addColumns();
        table.setItems(vm.rowsProperty().get());
        vm.rowsProperty().addListener((o, was, now) -> replaceItems(now));
        vm.sortProperty().addListener((o, was, now) -> showSort(now));
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
        // one click (or an arrow key) opens the run: the detail follows the lead selection
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.lead(now));
        vm.revealProperty().addListener((o, was, target) -> reveal(target));
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

    /**
     * The columns, widest need first: what tells runs apart (RID, status, when, readiness) keeps its width and the
     * description takes what is left, so a table beside the detail at 1024 pixels still shows them whole; the
     * durations and inputs start hidden (the column menu, top right, shows them).
     */
    private void addColumns() {
        TableColumn<ExecutionSlot, ExecutionRow> rid = column("rid", "column.rid", ExecutionColumn.RID, 80,
                r -> r.rid().value());
        TableColumn<ExecutionSlot, ExecutionRow> description = column("description", "column.description",
                ExecutionColumn.DESCRIPTION, 260, r -> (r.parent() != null ? "\u21B3 " : "") + r.description());
        description.setMinWidth(140);
        TableColumn<ExecutionSlot, ExecutionRow> workflow = column("workflow", "column.workflow",
                ExecutionColumn.WORKFLOW, 170, r -> r.workflowName() == null ? text(r.workflow()) : r.workflowName());
        workflow.setMinWidth(100);
        TableColumn<ExecutionSlot, ExecutionRow> status = new TableColumn<>(msg.get("column.status"));
        status.setId("column-status");
        status.setUserData(ExecutionColumn.STATUS);
        status.setCellValueFactory(cd -> cd.getValue().rowProperty());
        status.setCellFactory(c -> new StatusCell<>());
        // the longest of deriva-ml's statuses, "Pending Upload", shows whole ("Pending" is a status of its own)
        fixed(status, 160, 176);
        TableColumn<ExecutionSlot, ExecutionRow> created = column("created", "column.created",
                ExecutionColumn.CREATED, 146, r -> r.created() == null ? "" : minute.format(r.created()));
        fixed(created, 146, 170);
        TableColumn<ExecutionSlot, ExecutionRow> run = duration("execution", "column.execution",
                ExecutionColumn.EXECUTION_DURATION, r -> r.durations().main());
        TableColumn<ExecutionSlot, ExecutionRow> download = duration("download", "column.download",
                ExecutionColumn.DOWNLOAD_DURATION, r -> r.durations().download());
        TableColumn<ExecutionSlot, ExecutionRow> upload = duration("upload", "column.upload",
                ExecutionColumn.UPLOAD_DURATION, r -> r.durations().upload());
        TableColumn<ExecutionSlot, ExecutionRow> inputs = column("inputs", "column.inputs",
                ExecutionColumn.INPUT_COUNT, 260, ExecutionsTable::inputs);
        inputs.setMinWidth(100);
        TableColumn<ExecutionSlot, ExecutionRow> readiness = new TableColumn<>(msg.get("column.readiness"));
        readiness.setId("column-readiness");
        readiness.setSortable(false);
        readiness.setCellValueFactory(cd -> cd.getValue().rowProperty());
        readiness.setCellFactory(c -> new ReadinessCell(vm.readiness()));
        fixed(readiness, 100, 140);
        fixed(rid, 80, 110);
        for (TableColumn<ExecutionSlot, ExecutionRow> extra : List.of(run, download, upload, inputs)) {
            extra.setVisible(false);
        }
        // what tells runs apart first (status, when) stays in view in a narrow window; the workflow comes after
        table.getColumns().addAll(List.of(rid, description, status, created, readiness, workflow, run, download,
                upload, inputs));
        FillColumn.install(table, description, 200, readiness);
        ColumnMenu.install(table, table.getColumns());
        showSort(vm.sortProperty().get());
    }

    /** A column whose content has a known width: never narrower than that, never much wider. */
    private static void fixed(TableColumn<ExecutionSlot, ExecutionRow> c, double width, double max) {
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(max);
    }

    /** A new items list clears the table's sort order (and sorts): neither may reach the view model. */
    private void replaceItems(javafx.collections.ObservableList<ExecutionSlot> rows) {
        applyingSort = true;
        try {
            table.setItems(rows);
        } finally {
            applyingSort = false;
        }
        showSort(vm.sortProperty().get());
    }

    /** Shows a sort in the column headers without sorting again. */
    private void showSort(ExecutionSort sort) {
        table.getColumns().stream().filter(c -> c.getUserData() == sort.column()).findFirst()
                .ifPresent(c -> {
                    applyingSort = true;
                    try {
                        c.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING
                                : TableColumn.SortType.DESCENDING);
                        if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != c) {
                            table.getSortOrder().setAll(List.of(c));
                        }
                    } finally {
                        applyingSort = false;
                    }
                });
    }

    private static String inputs(ExecutionRow r) {
        if (r.inputCount() == 0 || r.inputSummary() == null) {
            return "";
        }
        return r.inputCount() > 1 ? r.inputCount() + ": " + r.inputSummary() : r.inputSummary();
    }

    private TableColumn<ExecutionSlot, ExecutionRow> duration(String id, String key, ExecutionColumn sortColumn,
                                                              Function<ExecutionRow, RunDuration> value) {
        TableColumn<ExecutionSlot, ExecutionRow> c = column(id, key, sortColumn, 90, r -> {
            RunDuration d = value.apply(r);
            return d == null ? "" : d.display();
        });
        fixed(c, 90, 120);
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

    /** Selects the revealed row alone and scrolls it into view unless it is already in view. */
    private void reveal(RowReveal.Target target) {
        if (target == null) {
            return;
        }
        if (target.index() < 0 || target.index() >= table.getItems().size()) {
            table.getSelectionModel().clearSelection();
            return;
        }
        table.getSelectionModel().clearAndSelect(target.index());
        table.getFocusModel().focus(target.index());
        if (!inView(target.index())) {
            table.scrollTo(Math.max(0, target.index() - 3));
        }
    }

    private boolean inView(int index) {
        return table.lookupAll(".table-row-cell").stream().filter(n -> n instanceof TableRow<?> r && r.isVisible())
                .map(n -> (TableRow<?>) n).filter(r -> r.getIndex() == index).anyMatch(r -> {
                    javafx.geometry.Bounds b = r.localToScene(r.getBoundsInLocal());
                    javafx.geometry.Bounds t = table.localToScene(table.getBoundsInLocal());
                    return b.getMinY() >= t.getMinY() + r.getHeight() && b.getMaxY() <= t.getMaxY();
                });
    }

    private TableRow<ExecutionSlot> row() {
        TableRow<ExecutionSlot> row = new TableRow<>();
        if (rowMenu == null) {
            rowMenu = contextMenu();
        }
        row.setContextMenu(rowMenu);
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                vm.open(row.getItem());
            }
        });
        return row;
    }

    /**
     * Right-click on a row: open, reproduce (Ctrl+R) and compare the selection (Ctrl+D). The shortcuts are the main
     * window's; menu accelerators on rows would be installed in the scene once per row.
     */
    private ContextMenu contextMenu() {
        MenuItem open = new MenuItem(msg.get("menu.open"));
        open.setId("menuOpen");
        open.setOnAction(e -> vm.open(table.getSelectionModel().getSelectedItem()));
        MenuItem reproduce = new MenuItem(msg.get("menu.reproduce"));
        reproduce.setId("menuReproduce");
        reproduce.disableProperty().bind(Bindings.size(vm.selectedExecutions()).isNotEqualTo(1));
        reproduce.setOnAction(e -> vm.reproduce());
        MenuItem compare = new MenuItem(msg.get("menu.compare"));
        compare.setId("menuCompare");
        compare.disableProperty().bind(vm.canCompareProperty().not());
        compare.setOnAction(e -> vm.compare());
        return new ContextMenu(open, reproduce, compare);
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
