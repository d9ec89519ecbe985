package org.provex.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.TextDiff;
import org.provex.ui.common.DiffStyles;
import org.provex.ui.common.Messages;

/**
 * A metadata file of the baseline (left) and another run (right) as aligned lines, changed lines highlighted:
 * removed on the left in red, added on the right in green, changed on both sides in yellow, with a mark in the
 * line-number column so the kind reads without colour too. A virtualised table, so a long snapshot scrolls.
 */
final class FileDiffView {

    private static final PseudoClass FILLER = PseudoClass.getPseudoClass("filler");
    private final FileDiffViewModel vm;
    private final Messages msg;
    private final VBox root = new VBox(8);

    FileDiffView(FileDiffViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        root.setId("fileDiffView");
        root.getStyleClass().add("file-diff");
        DiffStyles.apply(root);
        Label message = new Label();
        message.setId("fileDiffMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.visibleProperty().bind(Bindings.isNotEmpty(vm.messageProperty()));
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add(Styles.TEXT_MUTED);
        TableView<TextDiff.SideBySideRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(choosers(), titles(), message, table);
    }

    Node node() {
        return root;
    }

    private Node choosers() {
        ComboBox<RunRef> other = new ComboBox<>(vm.others());
        other.setId("fileDiffRun");
        other.setAccessibleText(msg.get("files.other"));
        other.valueProperty().bindBidirectional(vm.otherProperty());
        other.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRef r) {
                return r == null ? "" : r.rid() + (r.description().isBlank() ? "" : "  \u00b7  " + r.description());
            }

            @Override
            public RunRef fromString(String s) {
                return null;
            }
        });
        other.setPrefWidth(360);
        ComboBox<FileDiffViewModel.FileChoice> file = new ComboBox<>(vm.choices());
        file.setId("fileDiffFile");
        file.setAccessibleText(msg.get("files.file"));
        file.valueProperty().bindBidirectional(vm.fileProperty());
        file.setPrefWidth(420);
        Label summary = new Label();
        summary.setId("fileDiffSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        HBox box = new HBox(10, new Label(msg.get("files.file")), file, new Label(msg.get("files.other")), other,
                summary);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node titles() {
        Label left = new Label();
        left.setId("fileDiffLeftTitle");
        left.textProperty().bind(vm.leftTitleProperty());
        Label right = new Label();
        right.setId("fileDiffRightTitle");
        right.textProperty().bind(vm.rightTitleProperty());
        for (Label l : new Label[] {left, right}) {
            l.getStyleClass().addAll("file-side-title", Styles.TEXT_BOLD);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(0);
            HBox.setHgrow(l, Priority.ALWAYS);
            l.prefWidthProperty().bind(root.widthProperty().divide(2));
        }
        return new HBox(left, right);
    }

    private TableView<TextDiff.SideBySideRow> table() {
        TableView<TextDiff.SideBySideRow> table = new TableView<>(vm.lines());
        table.setId("fileDiffTable");
        table.getStyleClass().addAll("file-diff-table", Styles.DENSE);
        table.setFixedCellSize(22);
        table.setPlaceholder(new Region());
        TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> ln = column(true, true);
        TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> lt = column(true, false);
        TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> rn = column(false, true);
        TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> rt = column(false, false);
        table.getColumns().setAll(java.util.List.of(ln, lt, rn, rt));
        lt.prefWidthProperty().bind(table.widthProperty().subtract(2 * 64 + 24).divide(2));
        rt.prefWidthProperty().bind(lt.prefWidthProperty());
        return table;
    }

    private TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> column(boolean left, boolean number) {
        TableColumn<TextDiff.SideBySideRow, TextDiff.SideBySideRow> c = new TableColumn<>(number ? "#" : "");
        c.setSortable(false);
        c.setReorderable(false);
        if (number) {
            c.setPrefWidth(64);
            c.setMinWidth(64);
            c.setMaxWidth(64);
        }
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new LineCell(left, number));
        return c;
    }

    /** One side of one line: its number (with + − ~ marks) or its text, coloured by the kind of change. */
    private static final class LineCell extends TableCell<TextDiff.SideBySideRow, TextDiff.SideBySideRow> {
        private static final java.util.List<String> KINDS = java.util.List.of(DiffStyles.REMOVED, DiffStyles.ADDED,
                DiffStyles.CHANGED);
        private final boolean left;
        private final boolean number;

        LineCell(boolean left, boolean number) {
            this.left = left;
            this.number = number;
            getStyleClass().addAll("line-cell", number ? "line-number" : "line-text");
        }

        @Override
        protected void updateItem(TextDiff.SideBySideRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(KINDS);
            pseudoClassStateChanged(FILLER, false);
            if (empty || row == null) {
                setText(null);
                return;
            }
            int n = left ? row.leftNumber() : row.rightNumber();
            pseudoClassStateChanged(FILLER, n == 0);
            String kind = switch (row.kind()) {
                case EQUAL -> null;
                case DELETE -> left ? DiffStyles.REMOVED : null;
                case INSERT -> left ? null : DiffStyles.ADDED;
                case CHANGE -> DiffStyles.CHANGED;
            };
            if (kind != null && n != 0) {
                getStyleClass().add(kind);
            }
            if (number) {
                String mark = n == 0 || kind == null ? "  " : kind.equals(DiffStyles.REMOVED) ? "\u2212 "
                        : kind.equals(DiffStyles.ADDED) ? "+ " : "~ ";
                setText(n == 0 ? "" : mark + n);
            } else {
                setText(left ? row.left() : row.right());
            }
        }
    }
}
