package org.provex.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.provex.ui.common.Messages;

/**
 * The comparison grid: a virtualised table with the field column, then one column per run (the baseline first),
 * section header lines between the fields. A fixed row height lets the table lay out only the rows and columns
 * in view, so 20 runs of 1,000 packages scroll like 2 runs of 10.
 */
final class CompareGrid {

    static final double ROW_HEIGHT = 44;
    private static final double FIELD_WIDTH = 330;
    private static final double RUN_WIDTH = 210;
    private static final PseudoClass HEADER = PseudoClass.getPseudoClass("section-header");
    private static final PseudoClass DIFFERENCE = PseudoClass.getPseudoClass("difference");
    private static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");

    private final CompareViewModel vm;
    private final Messages msg;
    private final TableView<GridRow> table = new TableView<>();
    private final TableColumn<GridRow, GridRow> field = new TableColumn<>();
    private final List<Slot> slots = new ArrayList<>();
    private boolean syncing;

    CompareGrid(CompareViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        GridModel grid = vm.grid();
        table.setId("compareGrid");
        table.setAccessibleText(msg.get("tab.fields.tooltip"));
        table.getStyleClass().add("compare-grid");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setItems(grid.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setRowFactory(t -> new GridTableRow());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(vm.loadingProperty())
                .then(msg.get("loading")).otherwise(""));
        table.setPlaceholder(placeholder);
        field.setId("column-field");
        field.setText(msg.get("column.field"));
        field.setPrefWidth(FIELD_WIDTH);
        field.setMinWidth(140);
        setUp(field);
        field.setCellFactory(c -> new FieldCell(msg));
        table.getColumns().add(field);
        vm.headers().addListener((ListChangeListener<RunHeader>) c -> columns());
        table.widthProperty().addListener((o, was, now) -> fitRunColumns());
        columns();
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                grid.selectedIndexProperty().set(now.intValue());
                syncing = false;
            }
        });
        grid.selectedIndexProperty().addListener((o, was, now) -> select(now.intValue()));
    }

    TableView<GridRow> node() {
        return table;
    }

    /**
     * One column per run, the baseline first. The columns are slots: a baseline switch moves runs between slots
     * (their headers are redrawn, their cells redraw with the new lines) instead of reordering columns, which
     * would rebuild every header and re-parent every cell. Other runs get new slots.
     */
    private void columns() {
        List<RunHeader> headers = List.copyOf(vm.headers());
        java.util.Set<Object> now = new java.util.HashSet<>(headers.stream().map(h -> h.run().rid()).toList());
        java.util.Set<Object> before = new java.util.HashSet<>(slots.stream().map(s -> s.header.run().rid())
                .toList());
        if (!now.equals(before) || headers.size() != slots.size()) {
            slots.clear();
            List<TableColumn<GridRow, ?>> columns = new ArrayList<>();
            columns.add(field);
            for (RunHeader h : headers) {
                Slot slot = new Slot(h, slots.size());
                slots.add(slot);
                columns.add(slot.column);
            }
            table.getColumns().setAll(columns);
        } else {
            for (int k = 0; k < headers.size(); k++) {
                slots.get(k).show(headers.get(k));
            }
        }
        fitRunColumns();
    }

    /** A run column: which run it shows now, and its header. */
    final class Slot {
        private final TableColumn<GridRow, GridRow> column = new TableColumn<>();
        private RunHeader header;

        private Slot(RunHeader h, int position) {
            column.setId("column-slot-" + position);
            column.setMinWidth(110);
            setUp(column);
            column.setCellFactory(c -> new RunCell(msg, this));
            show(h);
        }

        private void show(RunHeader h) {
            if (!h.equals(header)) {
                header = h;
                // ids stay with the slot: changing a column's id restyles its whole header
                column.setGraphic(RunHeaderView.of(h, vm, msg));
            }
        }

        /** The run's position in the comparison (its cells are {@code row.cell(run())}). */
        int run() {
            return header.index();
        }

        org.provex.core.model.Rid rid() {
            return header.run().rid();
        }
    }

    /** Few runs share the table's width; many keep a readable width and scroll sideways. */
    private void fitRunColumns() {
        int n = table.getColumns().size() - 1;
        double each = Math.max(RUN_WIDTH, (table.getWidth() - field.getWidth() - 18) / Math.max(1, n));
        for (int i = 1; i <= n; i++) {
            table.getColumns().get(i).setPrefWidth(each);
        }
    }

    private static void setUp(TableColumn<GridRow, GridRow> col) {
        col.setSortable(false);
        col.setReorderable(false);
        col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    }

    /** Follows the model's selection (previous/next difference) and brings the row into view. */
    private void select(int index) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                if (!inView(index)) {
                    table.scrollTo(Math.max(0, index - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private boolean inView(int index) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null
                || flow.getLastVisibleCell() == null) {
            return false;
        }
        return index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex();
    }

    private static final class GridTableRow extends TableRow<GridRow> {
        @Override
        protected void updateItem(GridRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(HEADER, !empty && item instanceof GridRow.Header);
            pseudoClassStateChanged(DIFFERENCE, !empty && item != null && item.isDifference());
            pseudoClassStateChanged(FOLDED, !empty && item instanceof GridRow.Field f && f.row().folded());
        }
    }
}
