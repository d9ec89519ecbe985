package org.provex.ui;

import java.util.List;
import javafx.scene.Node;
import org.provex.core.model.Rid;
import org.provex.ui.common.ViewContext;
import org.provex.ui.compare.CompareWindows;
import org.provex.ui.datasets.DatasetsView;
import org.provex.ui.detail.ExecutionDetailView;
import org.provex.ui.detail.ExecutionDetailViewModel;
import org.provex.ui.datasets.DatasetsViewModel;
import org.provex.ui.shell.FeatureViews;
import org.provex.ui.workflows.WorkflowsView;
import org.provex.ui.workflows.WorkflowsViewModel;

/**
 * The feature views of this build, wired to the shell: the workflows and datasets panes, the execution detail,
 * and comparison windows.
 */
final class FeatureWiring implements FeatureViews {

    private final WorkflowsViewModel workflowsVm;
    private final Node workflows;
    private final DatasetsViewModel datasetsVm;
    private final Node datasets;
    private final ExecutionDetailViewModel detailVm;
    private final Node detail;
    private final CompareWindows comparisons;

    private FeatureWiring(ViewContext ctx) {
        detailVm = new ExecutionDetailViewModel(ctx);
        detail = new ExecutionDetailView(detailVm).root();
        workflowsVm = new WorkflowsViewModel(ctx);
        workflows = new WorkflowsView(workflowsVm).root();
        datasetsVm = new DatasetsViewModel(ctx);
        datasets = new DatasetsView(datasetsVm).root();
        comparisons = new CompareWindows(ctx);
    }

    static FeatureViews create(ViewContext ctx) {
        return new FeatureWiring(ctx);
    }

    @Override
    public Node executionDetail() {
        return detail;
    }

    @Override
    public Node workflows() {
        return workflows;
    }

    @Override
    public Node datasets() {
        return datasets;
    }

    @Override
    public void showExecution(Rid execution) {
        detailVm.load(execution);
    }

    @Override
    public void showWorkflow(Rid workflow) {
        workflowsVm.select(workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        datasetsVm.select(dataset, version);
    }

    @Override
    public void compare(List<Rid> executions) {
        comparisons.open(executions);
    }

    @Override
    public void close() {
        comparisons.closeAll();
    }
}
