package org.provex.ui.lineage;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.lineage.LineageNode;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;

/**
 * The impact report window's content: what the root fed, by depth and kind (large groups closed), each item with
 * its status and the path that explains it; double-click opens an item's record. Binds to an
 * {@link ImpactViewModel}.
 */
public final class ImpactView {

    private static final Messages TEXT = Messages.of(ImpactView.class);
    /** Kind groups with more items than this start closed. */
    private static final int OPEN_LIMIT = 12;

    /** A row of the tree: a heading (depth or kind group) or an item. */
    record Row(String heading, ImpactViewModel.Item item) {
    }

    private final ImpactViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<Row> tree = new TreeTableView<>();

    public ImpactView(ImpactViewModel vm) {
        this.vm = vm;
        root.setId("impactView");
        LineageStyles.apply(root);
        tree.setId("impactTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(TEXT.get("impact.accessible"));
        tree.getColumns().add(column("col.item", r -> r.heading() != null ? r.heading()
                : RunsTable.firstLine(r.item().node().label()), 320));
        tree.getColumns().add(column("col.kind", r -> r.item() == null ? "" : r.item().node().kind()
                .replace('_', ' '), 110));
        tree.getColumns().add(column("col.rid", r -> r.item() == null ? "" : r.item().node().rid(), 110));
        tree.getColumns().add(column("col.status", r -> r.item() == null || r.item().node().status() == null ? ""
                : r.item().node().status(), 100));
        tree.getColumns().add(column("col.path", r -> r.item() == null ? "" : r.item().path(), 360));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setRowFactory(t -> row());
        Label message = new Label();
        message.setId("impactMessage");
        message.getStyleClass().add("empty-state");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        tree.setPlaceholder(new Label(""));
        root.setTop(head());
        root.setCenter(new StackPane(tree, message));
        vm.levelsProperty().addListener((o, a, levels) -> fill(levels));
        fill(vm.levelsProperty().get());
    }

    public Parent root() {
        return root;
    }

    private VBox head() {
        Label title = new Label();
        title.setId("impactTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(vm.titleProperty());
        // a long record label gives way (ellipsis, whole in the tooltip), never the buttons beside it
        title.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.titleProperty());
        title.setTooltip(whole);
        Label summary = new Label();
        summary.setId("impactSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button save = button("impactExport", "action.export", Feather.DOWNLOAD, vm::exportMarkdown);
        Button copy = button("impactCopy", "action.copy", Feather.COPY, vm::copyMarkdown);
        Button lineage = button("impactLineage", "action.lineage", Feather.SHARE_2, () -> vm.showLineage(null));
        save.disableProperty().bind(vm.graphProperty().isNull());
        copy.disableProperty().bind(vm.graphProperty().isNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grow, busy, lineage, copy, save);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Button b : new Button[] {lineage, copy, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(bar, summary);
        summary.setPadding(new javafx.geometry.Insets(6, 12, 6, 12));
        return box;
    }

    private static Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(TEXT.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TreeTableColumn<Row, String> column(String key, Function<Row, String> value, double width) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(TEXT.get(key));
        c.setCellValueFactory(f -> new SimpleStringProperty(f.getValue().getValue() == null ? ""
                : value.apply(f.getValue().getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private TreeTableRow<Row> row() {
        TreeTableRow<Row> row = new TreeTableRow<>();
        MenuItem open = new MenuItem(TEXT.get("action.open"));
        open.setOnAction(e -> vm.openRecord(node(row)));
        MenuItem lineage = new MenuItem(TEXT.get("action.lineage"));
        lineage.setOnAction(e -> vm.showLineage(node(row)));
        ContextMenu menu = new ContextMenu(open, lineage);
        row.itemProperty().addListener((o, a, r) -> row.setContextMenu(r == null || r.item() == null ? null : menu));
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && node(row) != null) {
                vm.openRecord(node(row));
            }
        });
        return row;
    }

    private static LineageNode node(TreeTableRow<Row> row) {
        Row r = row.getItem();
        return r == null || r.item() == null ? null : r.item().node();
    }

    private void fill(List<ImpactViewModel.Level> levels) {
        TreeItem<Row> top = new TreeItem<>();
        for (ImpactViewModel.Level level : levels) {
            TreeItem<Row> depth = new TreeItem<>(new Row(TEXT.get("depth.title", level.depth()), null));
            depth.setExpanded(true);
            for (ImpactViewModel.KindGroup g : level.groups()) {
                TreeItem<Row> group = new TreeItem<>(new Row(g.title(), null));
                group.setExpanded(g.items().size() <= OPEN_LIMIT);
                g.items().forEach(i -> group.getChildren().add(new TreeItem<>(new Row(null, i))));
                depth.getChildren().add(group);
            }
            top.getChildren().add(depth);
        }
        tree.setRoot(top);
    }
}
