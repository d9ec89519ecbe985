package org.provex.ui.detail;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.provex.ui.detail.DetailContent.AssetRow;

/** Assets of a run as short entries: name, then role, types, size and MD5 on a muted line. */
final class AssetList {

    private final VBox list = new VBox(6);
    private final Label title = Widgets.subheading("");
    private final Label none = Widgets.muted("");
    private final VBox root = new VBox(6, title, list, none);
    private final ExecutionDetailViewModel vm;

    AssetList(String id, ExecutionDetailViewModel vm) {
        this.vm = vm;
        list.setId(id);
    }

    Node root() {
        return root;
    }

    /** Hidden when there are no assets and no text for "none". */
    void show(String heading, List<AssetRow> assets, String noneText) {
        title.setText(heading);
        list.getChildren().clear();
        for (AssetRow a : assets) {
            list.getChildren().add(entry(a));
        }
        none.setText(noneText == null ? "" : noneText);
        Widgets.show(none, assets.isEmpty() && noneText != null);
        Widgets.show(root, !assets.isEmpty() || noneText != null);
    }

    private Node entry(AssetRow a) {
        if (a.sentinel()) {
            return Widgets.muted(a.name());
        }
        Label name = Widgets.copyable(a.name(), true, vm::copyText);
        name.getStyleClass().add("asset-name");
        Hyperlink rid = Widgets.ridLink(a.rid(), Widgets.id("asset", a.rid()), () -> vm.openRecord(a.rid()));
        rid.getStyleClass().add("text-small");
        rid.setContextMenu(Widgets.lineageMenu(() -> vm.showLineage(a.rid()), () -> vm.showImpact(a.rid())));
        String details = String.join("  \u00b7  ", List.of(a.role(), a.types(), a.size()).stream()
                .filter(s -> s != null && !s.isBlank()).toList());
        Label md5 = Widgets.copyable("MD5 " + a.md5(), a.md5(), true, vm::copyText);
        md5.getStyleClass().addAll("detail-note", "text-small", "text-muted");
        return new VBox(1, Widgets.row(8, name, rid), Widgets.note(details), md5);
    }
}
