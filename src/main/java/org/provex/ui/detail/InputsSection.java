package org.provex.ui.detail;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.ui.detail.DetailContent.AssetRow;
import org.provex.ui.detail.DetailContent.InputRow;

/** The data that went in: each dataset with its pinned version and snapshot, and input assets. */
final class InputsSection {

    private final ExecutionDetailViewModel vm;
    private final GridPane table = new GridPane();
    private final Label none = Widgets.muted(Widgets.M.get("inputs.none"));
    private final AssetList assets;
    private final VBox root;

    InputsSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        table.setId("inputsTable");
        table.getStyleClass().add("detail-table");
        table.setHgap(14);
        table.setVgap(8);
        table.getColumnConstraints().setAll(column(Priority.ALWAYS, 90), column(Priority.SOMETIMES, 70),
                column(Priority.SOMETIMES, 90));
        assets = new AssetList("inputAssets", vm);
        root = Widgets.card("inputsCard", Feather.DATABASE, Widgets.M.get("inputs.title"), table, none,
                assets.root());
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.inputs(), c.inputAssets());
            }
        });
    }

    Node root() {
        return root;
    }

    /** Minimum widths rather than percentages: a narrow pane reflows the cells instead of scrolling sideways. */
    private static ColumnConstraints column(Priority grow, double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(min);
        c.setHgrow(grow);
        return c;
    }

    private void show(List<InputRow> inputs, List<AssetRow> inputAssets) {
        table.getChildren().clear();
        Widgets.show(table, !inputs.isEmpty());
        Widgets.show(none, inputs.isEmpty());
        if (!inputs.isEmpty()) {
            table.addRow(0, header("inputs.col.dataset"), header("inputs.col.version"),
                    header("inputs.col.snapshot"));
        }
        int r = 1;
        for (InputRow in : inputs) {
            table.addRow(r++, dataset(in), version(in), snapshot(in));
        }
        assets.show(Widgets.M.get("inputs.assets"), inputAssets, null);
    }

    private static Label header(String key) {
        Label l = Widgets.muted(Widgets.M.get(key));
        l.getStyleClass().add("detail-table-header");
        return l;
    }

    private Node dataset(InputRow in) {
        Label label = Widgets.text(in.datasetLabel(), false);
        Hyperlink rid = Widgets.ridLink(in.dataset(), Widgets.id("inputDataset", in.dataset()),
                () -> vm.showDataset(in.dataset(), null));
        return top(new VBox(0, label, rid));
    }

    private Node version(InputRow in) {
        Node text = in.version() == null ? Widgets.text(in.versionLabel(), true)
                : Widgets.link(in.versionLabel(), Widgets.id("inputVersion", in.dataset()),
                        () -> vm.showDataset(in.dataset(), in.version()));
        text.getStyleClass().add("mono");
        HBox line = Widgets.row(6, text);
        if (in.dev()) {
            Label dev = Widgets.tag(Widgets.M.get("inputs.dev"), "warning", Widgets.M.get("inputs.dev.tooltip"));
            dev.setId(Widgets.id("devTag", in.dataset()));
            line.getChildren().add(dev);
        }
        VBox cell = new VBox(3, line);
        // the catalog's own pin is the normal case; say where any other pin came from
        if (!in.pinned()) {
            cell.getChildren().add(Widgets.tag(Widgets.M.get("inputs.source.unpinned"), "warning", null));
        } else if (in.fromConfiguration()) {
            cell.getChildren().add(Widgets.tag(Widgets.M.get("inputs.source.configuration"), "accent", null));
        }
        return top(cell);
    }

    private Node snapshot(InputRow in) {
        if (in.snapshot() == null) {
            return top(Widgets.muted(Widgets.M.get("inputs.noSnapshot")));
        }
        Label time = Widgets.note(in.snapshotTime());
        time.setTooltip(new Tooltip(in.snapshotUtc()));
        return top(new VBox(1, Widgets.copyable(in.snapshot(), true, vm::copyText), time));
    }

    private static Node top(Node n) {
        GridPane.setValignment(n, VPos.TOP);
        return n;
    }
}
