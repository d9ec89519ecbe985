package org.provex.ui.datasets;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.ui.browse.BrowseStyles;
import org.provex.ui.browse.PaneParts;
import org.provex.ui.common.Messages;

/**
 * The Datasets pane: the dataset tree on the left; on the right the selected dataset's version history and,
 * below it, who produced and consumed the selected version. Binds to a {@link DatasetsViewModel}.
 */
public final class DatasetsView {

    private static final Messages TEXT = Messages.of(DatasetsView.class);

    private final DatasetsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<DatasetNode> tree = DatasetTreeTable.create();
    private final TableView<VersionRow> versions;
    private final VersionUsagePane usage;
    private boolean syncing;

    public DatasetsView(DatasetsViewModel vm) {
        this.vm = vm;
        root.setId("datasetsView");
        BrowseStyles.apply(root);
        tree.setPlaceholder(PaneParts.placeholder("datasetsMessage", vm.loadingProperty(), vm.listMessageProperty()));
        tree.setRoot(new TreeItem<>());
        versions = VersionsTable.create(vm);
        Label noVersions = new Label();
        noVersions.textProperty().bind(Bindings.when(Bindings.isNull(vm.selectedDatasetProperty()))
                .then(TEXT.get("versions.empty")).otherwise(TEXT.get("versions.none")));
        noVersions.getStyleClass().add("empty-state");
        versions.setPlaceholder(noVersions);
        // Not bindContent: replacing the items moves the table's selection, which must not reach the view model.
        vm.versions().addListener((ListChangeListener<VersionRow>) c -> {
            syncing = true;
            try {
                versions.getItems().setAll(vm.versions());
            } finally {
                syncing = false;
            }
            syncVersions();
        });
        usage = new VersionUsagePane(vm);

        SplitPane right = new SplitPane(historyBox(), usage);
        right.setId("datasetsVersionSplit");
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        SplitPane main = new SplitPane(tree, right);
        main.setId("datasetsSplit");
        main.setDividerPositions(0.37);
        root.setTop(PaneParts.header(TEXT.get("view.title"), TEXT.get("view.subtitle")));
        root.setCenter(main);

        vm.roots().addListener((ListChangeListener<DatasetNode>) c -> rebuild());
        vm.selectedDatasetProperty().addListener((o, a, b) -> syncTree());
        vm.selectedVersionProperty().addListener((o, a, b) -> syncVersions());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                vm.select(item.getValue().rid(), null);
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                vm.selectVersion(row.rid());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !versions.getItems().isEmpty()) {
                versions.requestFocus();
                e.consume();
            }
        });
        versions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !usage.consumers().getItems().isEmpty()) {
                usage.consumers().requestFocus();
                usage.consumers().getSelectionModel().selectFirst();
                e.consume();
            }
        });
        rebuild();
    }

    public Parent root() {
        return root;
    }

    private VBox historyBox() {
        Label name = new Label();
        name.setId("datasetTitle");
        name.getStyleClass().add(Styles.TITLE_4);
        name.setWrapText(true);
        Label facts = new Label();
        facts.setId("datasetFacts");
        facts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        facts.setWrapText(true);
        vm.selectedDatasetProperty().addListener((o, a, d) -> describe(d, name, facts));
        describe(vm.selectedDatasetProperty().get(), name, facts);
        Label title = new Label(TEXT.get("versions.title"));
        title.getStyleClass().add("section-title");
        VBox.setVgrow(versions, Priority.ALWAYS);
        VBox box = new VBox(4, name, facts, title, versions);
        box.getStyleClass().add("detail-pane");
        return box;
    }

    private static void describe(DatasetSummary d, Label name, Label facts) {
        if (d == null) {
            name.setText(TEXT.get("detail.none"));
            facts.setText("");
            return;
        }
        name.setText(d.dataset().description() == null ? d.label() : d.dataset().description().strip());
        StringBuilder sb = new StringBuilder(TEXT.get("detail.rid", d.dataset().rid()));
        if (!d.dataset().types().isEmpty()) {
            sb.append(" \u00b7 ").append(String.join(", ", d.dataset().types()));
        }
        if (!d.children().isEmpty()) {
            sb.append(" \u00b7 ").append(TEXT.get("detail.children", d.children().size()));
        }
        if (d.dataset().deleted()) {
            sb.append(" \u00b7 ").append(TEXT.get("detail.deleted"));
        }
        facts.setText(sb.toString());
    }

    private void rebuild() {
        syncing = true;
        try {
            TreeItem<DatasetNode> rootItem = new TreeItem<>();
            rootItem.setExpanded(true);
            vm.roots().forEach(n -> rootItem.getChildren().add(DatasetTreeTable.item(n)));
            tree.setRoot(rootItem);
        } finally {
            syncing = false;
        }
        syncTree();
    }

    private void syncTree() {
        DatasetSummary d = vm.selectedDatasetProperty().get();
        TreeItem<DatasetNode> selected = tree.getSelectionModel().getSelectedItem();
        if (d != null && selected != null && selected.getValue() != null
                && selected.getValue().rid().equals(d.dataset().rid())) {
            return;
        }
        TreeItem<DatasetNode> target = d == null ? null : find(tree.getRoot(), d);
        syncing = true;
        try {
            if (target == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(target);
                tree.scrollTo(Math.max(0, tree.getRow(target) - 2));
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<DatasetNode> find(TreeItem<DatasetNode> item, DatasetSummary d) {
        if (item.getValue() != null && item.getValue().rid().equals(d.dataset().rid())) {
            return item;
        }
        for (TreeItem<DatasetNode> child : item.getChildren()) {
            TreeItem<DatasetNode> hit = find(child, d);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private void syncVersions() {
        VersionRow v = vm.selectedVersionProperty().get();
        if (v == versions.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (v == null) {
                versions.getSelectionModel().clearSelection();
            } else {
                versions.getSelectionModel().select(v);
                versions.scrollTo(v);
            }
        } finally {
            syncing = false;
        }
    }
}
