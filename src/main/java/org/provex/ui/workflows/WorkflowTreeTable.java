package org.provex.ui.workflows;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.browse.BrowseStyles;
import org.provex.ui.common.ColumnMenu;
import org.provex.ui.common.Messages;

/** The columns, cells and rows of the workflows tree: a name with its versions, or a single version. */
final class WorkflowTreeTable {

    private static final Messages TEXT = Messages.of(WorkflowTreeTable.class);

    /** A tree row: a name with several versions ({@code version} null) or one version. */
    record Row(WorkflowGroup group, WorkflowVersion version) {
        boolean header() {
            return version == null;
        }

        /** A version shown under its name (not a single-version row at the top level). */
        boolean nested() {
            return version != null && !group.single();
        }
    }

    private WorkflowTreeTable() {
    }

    static TreeTableView<Row> create(WorkflowsViewModel vm) {
        TreeTableView<Row> tree = new TreeTableView<>();
        tree.setId("workflowsTree");
        tree.setAccessibleText(TEXT.get("view.accessible.tree"));
        tree.setShowRoot(false);
        tree.getStyleClass().add(Styles.DENSE);
        TreeTableColumn<Row, String> name = column("col.name", WorkflowTreeTable::name, 300, 160);
        name.setCellFactory(c -> new NameCell());
        TreeTableColumn<Row, String> commit = column("col.commit", WorkflowTreeTable::commit, 135, 120);
        commit.setCellFactory(c -> new TooltipCell(r -> r.header() ? null : r.version().code().identity(), true));
        TreeTableColumn<Row, String> checksum = column("col.checksum", WorkflowTreeTable::checksum, 115, 90);
        checksum.setCellFactory(c -> new TooltipCell(r -> r.header() ? null : r.version().workflow().checksum(), true));
        TreeTableColumn<Row, String> runs = column("col.runs", r -> String.valueOf(r.header()
                ? r.group().totalRuns() : r.version().runs()), 60, 55);
        runs.setStyle("-fx-alignment: CENTER-RIGHT;");
        tree.getColumns().add(name);
        TreeTableColumn<Row, String> version = column("col.version", WorkflowTreeTable::version, 115, 90);
        version.setCellFactory(c -> new TooltipCell(r -> r.header() ? null : r.version().workflow().version(), false));
        tree.getColumns().add(version);
        tree.getColumns().add(column("col.kind", r -> String.join(", ", r.header() ? r.group().kinds()
                : java.util.List.of(r.version().code().kindLabel())), 100, 80));
        TreeTableColumn<Row, String> verification = column("col.verification", r -> "", 110, 100);
        verification.setId("col-verification");
        verification.setCellFactory(c -> new VerdictCell(vm.verdicts()));
        tree.getColumns().add(verification);
        tree.getColumns().add(commit);
        tree.getColumns().add(checksum);
        tree.getColumns().add(runs);
        // the RID and the types are in the detail below; the column menu (top right) shows them in the tree too
        TreeTableColumn<Row, String> rid = column("col.rid", r -> r.header() ? "" : r.version().rid().value(), 80, 60);
        TreeTableColumn<Row, String> types = column("col.types", r -> String.join(", ", r.header() ? r.group().types()
                : r.version().workflow().types()), 200, 80);
        rid.setVisible(false);
        types.setVisible(false);
        tree.getColumns().add(rid);
        tree.getColumns().add(types);
        tree.setTableMenuButtonVisible(true);
        ColumnMenu.install(tree, tree.getColumns());
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(t -> new WorkflowRow(vm));
        return tree;
    }

    /** A column {@code width} wide that keeps at least {@code min} (its header whole) when the window narrows. */
    private static TreeTableColumn<Row, String> column(String key, Function<Row, String> value, double width,
                                                       double min) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(TEXT.get(key));
        c.setCellValueFactory(f -> new SimpleStringProperty(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(min);
        return c;
    }

    private static String name(Row r) {
        if (r.group().sentinel()) {
            return TEXT.get("tree.sentinel");
        }
        if (r.nested()) {
            return r.version().label() + " \u00b7 " + TEXT.get("tree.firstUsed",
                    BrowseFormat.day(r.version().firstUsed()));
        }
        return r.group().name();
    }

    private static String version(Row r) {
        if (r.header()) {
            return TEXT.get("tree.versions", r.group().versions().size());
        }
        String v = r.version().workflow().version();
        return v == null || v.isBlank() ? TEXT.get("tree.noVersion") : v;
    }

    private static String commit(Row r) {
        if (r.header()) {
            return TEXT.get("tree.commits", r.group().commitCount());
        }
        WorkflowCode code = r.version().code();
        return code.uncommitted() ? TEXT.get("tree.uncommitted") : BrowseFormat.shortHash(code.identity(), 10);
    }

    private static String checksum(Row r) {
        if (r.header()) {
            return TEXT.get("tree.checksums", r.group().checksumCount());
        }
        return BrowseFormat.shortHash(r.version().workflow().checksum(), 10);
    }

    /** The name, with a "code drift" badge on a name whose versions differ in checksum. */
    private static final class NameCell extends TreeTableCell<Row, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setGraphic(null);
            if (row != null && row.header() && row.group().drifted()) {
                setGraphic(badge(TEXT.get("tree.drift"), "badge-drift"));
            } else if (row != null && row.group().sentinel()) {
                setGraphic(badge("sentinel", "badge-sentinel"));
            } else if (row != null && !row.header() && row.version().dirty()) {
                Label dirty = badge(TEXT.get("tree.dirty"), "badge-dev");
                dirty.setTooltip(new Tooltip(TEXT.get("tree.dirty.hint", row.version().workflow().version())));
                setGraphic(dirty);
            }
            setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            setGraphicTextGap(8);
        }
    }

    static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        return l;
    }

    /** A cell whose full value (commit, checksum, version) is on hover; hashes of versions are monospaced. */
    private static final class TooltipCell extends TreeTableCell<Row, String> {
        private final Function<Row, String> full;
        private final boolean hash;

        TooltipCell(Function<Row, String> full, boolean hash) {
            this.full = full;
            this.hash = hash;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove("mono");
            if (hash && row != null && !row.header()) {
                getStyleClass().add("mono");
            }
            String value = row == null ? null : full.apply(row);
            setTooltip(value == null || value.isBlank() ? null : new Tooltip(value));
        }
    }

    /** Marks header and sentinel rows and offers copy actions on versions. */
    private static final class WorkflowRow extends TreeTableRow<Row> {
        private final WorkflowsViewModel vm;

        WorkflowRow(WorkflowsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(BrowseStyles.GROUP, !empty && row != null && row.header());
            pseudoClassStateChanged(BrowseStyles.SENTINEL, !empty && row != null && row.group().sentinel());
            setContextMenu(empty || row == null || row.header() ? null : menu(row.version()));
            setTooltip(!empty && row != null && row.group().sentinel() ? new Tooltip(TEXT.get("tree.sentinel.hint"))
                    : null);
        }

        private ContextMenu menu(WorkflowVersion v) {
            return new ContextMenu(
                    item("menu.copyRid", "detail.rid", v.rid().value()),
                    item("menu.copyCommit", "detail.commit", v.code().identity()),
                    item("menu.copyChecksum", "detail.checksum", v.workflow().checksum()),
                    item("menu.copyUrl", "detail.url", v.code().raw()));
        }

        private MenuItem item(String key, String label, String value) {
            MenuItem m = new MenuItem(TEXT.get(key));
            m.setDisable(value == null || value.isBlank());
            m.setOnAction(e -> vm.copy(TEXT.get(label), value));
            m.getStyleClass().add(Styles.SMALL);
            return m;
        }
    }
}
