package org.provex.ui.lineage;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.DiffStyles;
import org.provex.ui.common.Messages;

/**
 * The version comparison window's content: two version choosers, the counts per member table, and the members
 * added and removed; double-click opens a member's record. Binds to a {@link VersionDiffViewModel}.
 */
public final class VersionDiffView {

    private static final Messages TEXT = Messages.of(VersionDiffView.class);

    private final VersionDiffViewModel vm;
    private final BorderPane root = new BorderPane();

    public VersionDiffView(VersionDiffViewModel vm) {
        this.vm = vm;
        root.setId("versionDiffView");
        LineageStyles.apply(root);
        DiffStyles.apply(root);
        TableView<VersionDiffViewModel.TableLine> tables = new TableView<>(vm.tables());
        tables.setId("versionDiffTables");
        tables.getStyleClass().add(Styles.DENSE);
        tables.getColumns().add(column("col.table", VersionDiffViewModel.TableLine::table, 180));
        tables.getColumns().add(column("col.from", t -> String.format("%,d", t.membersFrom()), 110));
        tables.getColumns().add(column("col.to", t -> String.format("%,d", t.membersTo()), 110));
        tables.getColumns().add(column("col.added", t -> String.format("+%,d", t.added()), 100));
        tables.getColumns().add(column("col.removed", t -> String.format("\u2212%,d", t.removed()), 100));
        tables.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tables.setPlaceholder(new Label(""));
        TableView<VersionDiffViewModel.Change> changes = new TableView<>(vm.changes());
        changes.setId("versionDiffChanges");
        changes.getStyleClass().addAll(Styles.DENSE, DiffStyles.ROWS);
        changes.setAccessibleText(TEXT.get("changes.accessible"));
        changes.getColumns().add(column("col.change", c -> c.added() ? TEXT.get("change.added")
                : TEXT.get("change.removed"), 90));
        changes.getColumns().add(column("col.table", VersionDiffViewModel.Change::table, 140));
        changes.getColumns().add(column("col.rid", VersionDiffViewModel.Change::rid, 110));
        changes.getColumns().add(column("col.values", VersionDiffViewModel.Change::values, 420));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.setPlaceholder(new Label(""));
        changes.setRowFactory(t -> {
            TableRow<VersionDiffViewModel.Change> row = new TableRow<>() {
                @Override
                protected void updateItem(VersionDiffViewModel.Change c, boolean empty) {
                    super.updateItem(c, empty);
                    pseudoClassStateChanged(DiffStyles.ADDED_ROW, !empty && c != null && c.added());
                    pseudoClassStateChanged(DiffStyles.REMOVED_ROW, !empty && c != null && !c.added());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openMember(row.getItem());
                }
            });
            return row;
        });
        Label message = new Label();
        message.setId("versionDiffMessage");
        message.getStyleClass().add("empty-state");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        SplitPane split = new SplitPane(tables, changes);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.25);
        root.setTop(head());
        root.setCenter(new StackPane(split, message));
    }

    public Parent root() {
        return root;
    }

    private VBox head() {
        Label title = new Label();
        title.setId("versionDiffTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(vm.titleProperty());
        ComboBox<VersionDiffViewModel.Choice> from = chooser("versionDiffFrom", "from.accessible");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        ComboBox<VersionDiffViewModel.Choice> to = chooser("versionDiffTo", "to.accessible");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button swap = new Button(null, new FontIcon(Feather.REPEAT));
        swap.setId("versionDiffSwap");
        swap.getStyleClass().add(Styles.BUTTON_ICON);
        swap.setAccessibleText(TEXT.get("swap"));
        swap.setTooltip(new javafx.scene.control.Tooltip(TEXT.get("swap")));
        swap.setOnAction(e -> vm.swap());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        HBox choose = new HBox(8, new Label(TEXT.get("from")), from, swap, new Label(TEXT.get("to")), to, busy);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("versionDiffSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(vm.summaryProperty());
        summary.visibleProperty().bind(Bindings.isNotEmpty(vm.summaryProperty()));
        summary.managedProperty().bind(summary.visibleProperty());
        VBox box = new VBox(8, title, choose, summary);
        box.setPadding(new Insets(12));
        return box;
    }

    private ComboBox<VersionDiffViewModel.Choice> chooser(String id, String accessibleKey) {
        ComboBox<VersionDiffViewModel.Choice> box = new ComboBox<>(vm.versions());
        box.setId(id);
        box.setAccessibleText(TEXT.get(accessibleKey));
        box.setPrefWidth(200);
        return box;
    }

    private static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(TEXT.get(key));
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
