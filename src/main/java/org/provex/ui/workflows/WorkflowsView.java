package org.provex.ui.workflows;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.ui.browse.BrowseStyles;
import org.provex.ui.browse.PaneParts;
import org.provex.ui.browse.RunsTable;
import org.provex.ui.common.Messages;
import org.provex.ui.workflows.WorkflowTreeTable.Row;

/**
 * The Workflows pane: the workflows tree on top; below it the selected workflow's detail and its runs.
 * Binds to a {@link WorkflowsViewModel} and delegates every action to it.
 */
public final class WorkflowsView {

    private static final Messages TEXT = Messages.of(WorkflowsView.class);

    private final WorkflowsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<Row> tree;
    private final TableView<ExecutionRow> runs;
    private boolean syncing;

    public WorkflowsView(WorkflowsViewModel vm) {
        this.vm = vm;
        root.setId("workflowsView");
        root.getStyleClass().add("workflows-view");
        BrowseStyles.apply(root);
        tree = WorkflowTreeTable.create(vm);
        tree.setPlaceholder(PaneParts.placeholder("workflowsMessage", vm.loadingProperty(), vm.listMessageProperty()));
        tree.setRoot(new TreeItem<>());
        runs = RunsTable.create("workflowExecutionsTable", vm.runsMessageProperty(), vm::openExecution);
        runs.setAccessibleText(TEXT.get("runs.accessible"));
        TableColumn<ExecutionRow, String> code = RunsTable.column(TEXT.get("col.runVersion"),
                r -> vm.versionLabel(r.workflow()), 60);
        code.visibleProperty().bind(Bindings.isNull(vm.selectedVersionProperty())
                .and(Bindings.isNotNull(vm.selectedGroupProperty())));
        runs.getColumns().add(1, code);
        Bindings.bindContent(runs.getItems(), vm.executions());

        SplitPane bottom = new SplitPane(detail(), runsBox());
        bottom.setId("workflowsDetailSplit");
        bottom.setDividerPositions(0.42);
        SplitPane main = new SplitPane(tree, bottom);
        main.setId("workflowsSplit");
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.5);
        root.setTop(top());
        root.setCenter(main);

        vm.groups().addListener((ListChangeListener<WorkflowGroup>) c -> rebuild());
        vm.selectedGroupProperty().addListener((o, a, b) -> syncSelection());
        vm.selectedVersionProperty().addListener((o, a, b) -> syncSelection());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> treeSelected(item));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !runs.getItems().isEmpty()) {
                runs.requestFocus();
                runs.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        rebuild();
    }

    public Parent root() {
        return root;
    }

    /** The pane's title, and Verify code: every workflow's checksum against git. */
    private Node top() {
        Button verify = new Button(TEXT.get("verify"), new FontIcon(Feather.CHECK_SQUARE));
        verify.setId("verifyWorkflows");
        verify.setTooltip(new Tooltip(TEXT.get("verify.tooltip")));
        verify.getStyleClass().add(Styles.SMALL);
        verify.disableProperty().bind(vm.verdicts().running());
        verify.setOnAction(e -> vm.verdicts().verifyAll());
        BorderPane top = new BorderPane(PaneParts.header(TEXT.get("view.title"), TEXT.get("view.subtitle")));
        top.setRight(verify);
        BorderPane.setAlignment(verify, Pos.CENTER);
        BorderPane.setMargin(verify, new javafx.geometry.Insets(0, 12, 0, 0));
        return top;
    }

    private ScrollPane detail() {
        ScrollPane scroll = new ScrollPane(new WorkflowDetailPane(vm));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private VBox runsBox() {
        Label title = new Label(TEXT.get("runs.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("workflowRunsSummary");
        summary.textProperty().bind(vm.runsSummaryProperty());
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(16, 16);
        progress.visibleProperty().bind(vm.loadingRunsProperty());
        HBox head = new HBox(8, title, summary, progress);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.setStyle("-fx-padding: 6 10 4 10;");
        VBox.setVgrow(runs, Priority.ALWAYS);
        return new VBox(head, runs);
    }

    private void rebuild() {
        syncing = true;
        try {
            TreeItem<Row> rootItem = new TreeItem<>();
            rootItem.setExpanded(true);
            for (WorkflowGroup g : vm.groups()) {
                if (g.single()) {
                    rootItem.getChildren().add(new TreeItem<>(new Row(g, g.versions().get(0))));
                } else {
                    TreeItem<Row> parent = new TreeItem<>(new Row(g, null));
                    g.versions().forEach(v -> parent.getChildren().add(new TreeItem<>(new Row(g, v))));
                    parent.setExpanded(true);
                    rootItem.getChildren().add(parent);
                }
            }
            tree.setRoot(rootItem);
        } finally {
            syncing = false;
        }
        syncSelection();
    }

    private void treeSelected(TreeItem<Row> item) {
        if (syncing || item == null || item.getValue() == null) {
            return;
        }
        Row row = item.getValue();
        if (row.header()) {
            vm.selectGroup(row.group());
        } else {
            vm.select(row.version().rid());
        }
    }

    /** Shows the view model's selection in the tree (it may come from {@code select(Rid)}). */
    private void syncSelection() {
        WorkflowGroup group = vm.selectedGroupProperty().get();
        WorkflowVersion version = vm.selectedVersionProperty().get();
        TreeItem<Row> target = null;
        for (TreeItem<Row> top : tree.getRoot().getChildren()) {
            target = match(top, group, version);
            for (int i = 0; target == null && i < top.getChildren().size(); i++) {
                target = match(top.getChildren().get(i), group, version);
            }
            if (target != null) {
                break;
            }
        }
        if (target == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (target == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(target);
                int index = tree.getRow(target);
                if (index >= 0) {
                    tree.scrollTo(Math.max(0, index - 2));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<Row> match(TreeItem<Row> item, WorkflowGroup group, WorkflowVersion version) {
        Row r = item.getValue();
        if (r == null || group == null) {
            return null;
        }
        boolean same = version == null ? r.header() && r.group().name().equals(group.name())
                : !r.header() && r.version().rid().equals(version.rid());
        return same ? item : null;
    }
}
