package org.provex.ui.datasets;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.browse.BrowseStyles;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;

/** A dataset's version history: version (dev and current flagged), snapshot and its time, notes, producer link. */
final class VersionsTable {

    private static final Messages TEXT = Messages.of(VersionsTable.class);

    private VersionsTable() {
    }

    static TableView<VersionRow> create(DatasetsViewModel vm) {
        TableView<VersionRow> table = new TableView<>();
        table.setId("versionsTable");
        table.setAccessibleText(TEXT.get("versions.accessible"));
        table.getStyleClass().add(Styles.DENSE);
        TableColumn<VersionRow, String> version = column("col.version", VersionRow::label, 240);
        version.setCellFactory(c -> new VersionCell());
        version.setSortable(false);
        TableColumn<VersionRow, String> snapshot = column("col.snapshot", r -> r.dev() ? TEXT.get("version.noSnapshot")
                : r.version().snapshot().value(), 120);
        snapshot.setCellFactory(c -> new SnapshotCell());
        TableColumn<VersionRow, String> time = column("col.snapshotTime", r -> snapTime(r.version().snapshot()), 145);
        TableColumn<VersionRow, String> producer = column("col.producer", r -> r.version().execution() == null ? ""
                : r.version().execution().value(), 120);
        producer.setCellFactory(c -> new ProducerCell(vm));
        TableColumn<VersionRow, String> notes = column("col.notes", r -> RunsTable.firstLine(
                r.version().description()), 160);
        table.getColumns().add(version);
        table.getColumns().add(snapshot);
        table.getColumns().add(time);
        table.getColumns().add(producer);
        table.getColumns().add(notes);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VersionRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(BrowseStyles.DEV, !empty && row != null && row.dev());
                pseudoClassStateChanged(BrowseStyles.CURRENT, !empty && row != null && row.current());
                String notesText = empty || row == null ? null : row.version().description();
                setTooltip(notesText == null || notesText.isBlank() ? null : new Tooltip(notesText.strip()));
            }
        });
        return table;
    }

    private static TableColumn<VersionRow, String> column(String key, Function<VersionRow, String> value,
                                                          double width) {
        TableColumn<VersionRow, String> c = new TableColumn<>(TEXT.get(key));
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        // Fixed-content columns keep their width; the description (last) takes what is left.
        c.setMinWidth(key.equals("col.notes") ? 120 : key.equals("col.version") ? 200 : width);
        return c;
    }

    private static String snapTime(Snaptime s) {
        return s == null ? "" : BrowseFormat.minute(s.toInstant());
    }

    /** The PEP 440 label with "dev" and "current" badges. */
    private static final class VersionCell extends TableCell<VersionRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            VersionRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            HBox badges = new HBox(4);
            if (r != null && r.dev()) {
                badges.getChildren().add(DatasetTreeTable.badge(TEXT.get("version.dev"), "badge-dev",
                        TEXT.get("version.dev.hint")));
            }
            if (r != null && r.current()) {
                badges.getChildren().add(DatasetTreeTable.badge(TEXT.get("version.current"), "badge-current",
                        TEXT.get("version.current.hint")));
            }
            setGraphic(badges.getChildren().isEmpty() ? null : badges);
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(6);
        }
    }

    /** The snapshot id (monospaced), muted and italic for a dev version, which has none. */
    private static final class SnapshotCell extends TableCell<VersionRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            VersionRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            getStyleClass().removeAll("mono", Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            if (r != null && r.dev()) {
                getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            } else if (r != null) {
                getStyleClass().add("mono");
            }
            setTooltip(r == null || r.dev() ? null : new Tooltip(BrowseFormat.utc(r.version().snapshot().toInstant())));
        }
    }

    /** The producing execution as a link to it. */
    private static final class ProducerCell extends TableCell<VersionRow, String> {
        private final DatasetsViewModel vm;

        ProducerCell(DatasetsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(null);
            if (empty || text == null || text.isEmpty()) {
                setGraphic(empty ? null : new Label("\u2014"));
                return;
            }
            Hyperlink link = new Hyperlink(text);
            link.setAccessibleText(TEXT.get("usage.open"));
            link.setOnAction(e -> vm.openExecution(Rid.of(text)));
            link.setFocusTraversable(false);
            setGraphic(link);
        }
    }
}
