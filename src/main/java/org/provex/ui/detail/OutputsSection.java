package org.provex.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.ui.detail.DetailContent.ProducedRow;

/** What came out: dataset versions the run produced, and its output assets with their roles. */
final class OutputsSection {

    private final ExecutionDetailViewModel vm;
    private final VBox produced = new VBox(4);
    private final VBox producedBox;
    private final AssetList assets;
    private final VBox root;

    OutputsSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        produced.setId("producedList");
        producedBox = new VBox(6, Widgets.subheading(Widgets.M.get("outputs.produced")), produced);
        assets = new AssetList("outputAssets", vm);
        root = Widgets.card("outputsCard", Feather.PACKAGE, Widgets.M.get("outputs.title"), producedBox,
                assets.root());
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                produced.getChildren().setAll(c.nesting().produced().stream().map(this::row).toList());
                Widgets.show(producedBox, !c.nesting().produced().isEmpty());
                assets.show(Widgets.M.get("outputs.assets"), c.outputAssets(), Widgets.M.get("outputs.assets.none"));
            }
        });
    }

    Node root() {
        return root;
    }

    private Node row(ProducedRow p) {
        Label label = Widgets.text(p.datasetLabel(), false);
        var version = Widgets.link(p.versionLabel(), Widgets.id("produced", p.version()),
                () -> vm.showDataset(p.dataset(), p.version()));
        version.getStyleClass().add("mono");
        var row = Widgets.row(8, label, version, Widgets.muted(p.version().value()));
        if (p.dev()) {
            row.getChildren().add(Widgets.tag(Widgets.M.get("inputs.dev"), "warning",
                    Widgets.M.get("inputs.dev.tooltip")));
        }
        return row;
    }
}
