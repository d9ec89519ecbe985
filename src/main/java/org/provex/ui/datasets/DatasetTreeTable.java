package org.provex.ui.datasets;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.provex.core.cache.DatasetLabels;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.model.DatasetVersion;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;

/** The datasets tree: each dataset with the datasets nested in it, its current version and types. */
final class DatasetTreeTable {

    private static final Messages TEXT = Messages.of(DatasetTreeTable.class);

    private DatasetTreeTable() {
    }

    static TreeTableView<DatasetNode> create() {
        TreeTableView<DatasetNode> tree = new TreeTableView<>();
        tree.setId("datasetsTree");
        tree.setAccessibleText(TEXT.get("view.accessible.tree"));
        tree.getStyleClass().add(Styles.DENSE);
        tree.setShowRoot(false);
        TreeTableColumn<DatasetNode, String> label = new TreeTableColumn<>(TEXT.get("col.label"));
        label.setCellValueFactory(f -> new SimpleStringProperty(shownLabel(f.getValue())));
        label.setPrefWidth(230);
        label.setMinWidth(120);
        label.setCellFactory(c -> new LabelCell());
        TreeTableColumn<DatasetNode, String> current = column("col.current", DatasetTreeTable::current, 150);
        current.setCellFactory(c -> new CurrentCell());
        // The RID and the number of versions are in the tooltip and the detail: the tree stays readable when narrow.
        tree.getColumns().add(label);
        tree.getColumns().add(current);
        tree.getColumns().add(column("col.types", n -> String.join(", ", n.summary().dataset().types()), 100));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return tree;
    }

    static TreeItem<DatasetNode> item(DatasetNode node) {
        TreeItem<DatasetNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        item.setExpanded(true);
        return item;
    }

    private static TreeTableColumn<DatasetNode, String> column(String key, Function<DatasetNode, String> value,
                                                               double width) {
        TreeTableColumn<DatasetNode, String> c = new TreeTableColumn<>(TEXT.get(key));
        c.setCellValueFactory(f -> new SimpleStringProperty(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        return c;
    }

    /**
     * A nested dataset's label without its parent's label in front ("CIFAR-10 split: training" under
     * "CIFAR-10 split" shows as "training"), so siblings stay distinguishable in a narrow column.
     */
    static String shownLabel(TreeItem<DatasetNode> item) {
        if (item == null || item.getValue() == null) {
            return "";
        }
        DatasetSummary d = item.getValue().summary();
        TreeItem<DatasetNode> parent = item.getParent();
        if (parent == null || parent.getValue() == null) {
            return d.label();
        }
        String own = RunsTable.firstLine(d.dataset().description());
        String prefix = RunsTable.firstLine(parent.getValue().summary().dataset().description());
        if (!prefix.isEmpty() && own.startsWith(prefix)) {
            String rest = own.substring(prefix.length()).replaceFirst("^[\\s:,\u2013\u2014-]+", "");
            if (!rest.isBlank()) {
                return "\u2026 " + DatasetLabels.shortLabel(d.dataset().rid().value(), rest);
            }
        }
        return d.label();
    }

    private static String current(DatasetNode n) {
        DatasetVersion v = n.summary().current();
        return v == null || v.version() == null ? "" : v.version();
    }

    static Label badge(String text, String style, String hint) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        if (hint != null) {
            l.setTooltip(new Tooltip(hint));
        }
        return l;
    }

    /** The label, with the full description on hover and a badge on a deleted dataset. */
    private static final class LabelCell extends TreeTableCell<DatasetNode, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            DatasetNode n = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            DatasetSummary s = n == null ? null : n.summary();
            setGraphic(s != null && s.dataset().deleted() ? badge(TEXT.get("tree.deleted"), "badge-deleted", null)
                    : null);
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
            setTooltip(s == null ? null : new Tooltip(TEXT.get("tree.tooltip", s.dataset().rid(), s.history().size(),
                    s.dataset().description() == null ? s.label() : s.dataset().description().strip())));
        }
    }

    /** The current version, flagged when it is a dev version. */
    private static final class CurrentCell extends TreeTableCell<DatasetNode, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            DatasetNode n = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            DatasetVersion v = n == null ? null : n.summary().current();
            setGraphic(v != null && v.isDev() ? badge(TEXT.get("version.dev"), "badge-dev",
                    TEXT.get("version.dev.hint")) : null);
            setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(6);
        }
    }
}
