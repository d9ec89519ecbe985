package org.provex.ui.detail;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.ui.detail.DetailContent.FileRow;

/** The run's metadata files in a table; selecting one shows it in the viewer below. */
final class FilesSection {

    private static final double ROW = 46;
    private static final double CHROME = 44;
    private static final int MAX_ROWS = 8;

    private final TableView<FileRow> table = new TableView<>();
    private final Label none = Widgets.muted(Widgets.M.get("files.none"));
    private final ExecutionDetailViewModel vm;
    /** Built for the first run with files: its text area is most of the start-up cost of the detail. */
    private FileViewerView viewer;
    private final VBox root;
    private boolean showing;

    FilesSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        table.setId("metadataFilesTable");
        table.setFixedCellSize(ROW);
        // columns share the pane's width (no sideways scrolling); the name column takes what the others leave
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(List.of(
                column("files.col.name", 300, FilesSection::nameCell),
                column("files.col.types", 130, FilesSection::typesCell),
                column("files.col.role", 64, f -> new Label(f.role())),
                column("files.col.size", 66, f -> new Label(f.size())),
                column("files.col.cached", 78, f -> cached(f, vm.files().fetched().contains(f.md5())))));
        vm.files().fetched().addListener((javafx.collections.SetChangeListener<String>) c -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!showing) {
                vm.files().select(row);
            }
        });
        root = Widgets.card("filesCard", Feather.FILE_TEXT, Widgets.M.get("files.title"), table, none);
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                showing = true;
                table.getItems().setAll(c.files());
                table.getSelectionModel().clearSelection();
                showing = false;
                int rows = Math.max(1, Math.min(MAX_ROWS, c.files().size()));
                table.setPrefHeight(CHROME + rows * ROW);
                table.setMinHeight(table.getPrefHeight());
                Widgets.show(table, !c.files().isEmpty());
                Widgets.show(none, c.files().isEmpty());
                if (viewer == null && !c.files().isEmpty()) {
                    viewer = new FileViewerView(this.vm);
                    root.getChildren().add(viewer.root());
                }
                if (viewer != null) {
                    Widgets.show(viewer.root(), !c.files().isEmpty());
                }
            }
        });
    }

    Node root() {
        return root;
    }

    /** A column whose cells show the node made for each row (text that never needs more than its width). */
    private static TableColumn<FileRow, FileRow> column(String key, double width, Function<FileRow, Node> cell) {
        TableColumn<FileRow, FileRow> c = new TableColumn<>(Widgets.M.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setPrefWidth(width);
        boolean name = width >= 200;
        c.setMinWidth(name ? 200 : width);
        c.setMaxWidth(name ? Double.MAX_VALUE : width);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(FileRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cell.apply(item));
            }
        });
        return c;
    }

    /** The name with its MD5 below (a column of its own would make the table too wide for a side pane). */
    private static Node nameCell(FileRow f) {
        Label name = new Label(f.name());
        name.getStyleClass().add("file-name");
        name.setTooltip(new Tooltip(f.name()));
        Label md5 = new Label(Widgets.M.get("files.col.md5") + " " + f.md5());
        md5.getStyleClass().addAll("mono-small", "text-muted");
        return new VBox(1, name, md5);
    }

    private static Node typesCell(FileRow f) {
        Label types = new Label(f.types());
        types.setWrapText(true);
        types.getStyleClass().add("text-small");
        return types;
    }

    private static Node cached(FileRow f, boolean fetched) {
        if (f.cached() || fetched) {
            return new Label(Widgets.M.get("files.cached.yes"));
        }
        return Widgets.tag(Widgets.M.get("files.cached.no"), "warning", Widgets.M.get("files.notCached", f.name()));
    }
}
