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
import org.provex.ui.reproduce.ReproduceWindows;
import org.provex.ui.shell.FeatureViews;
import org.provex.ui.workflows.WorkflowsView;
import org.provex.ui.workflows.WorkflowsViewModel;

/**
 * The feature views of this build, wired to the shell: the workflows and datasets panes, the execution detail,
 * comparison windows, reproduce wizards and the reproductions list. The workflows and datasets panes (views and
 * view models, with the loads they start) are built when first shown or navigated to: the first frame shows the
 * executions table only, so start-up does not pay for them.
 */
final class FeatureWiring implements FeatureViews {

    private final ViewContext ctx;
    private WorkflowsViewModel workflowsVm;
    private Node workflows;
    private DatasetsViewModel datasetsVm;
    private Node datasets;
    private final ExecutionDetailViewModel detailVm;
    private final Node detail;
    private CompareWindows comparisons;
    private ReproduceWindows reproductions;

    private FeatureWiring(ViewContext ctx) {
        this.ctx = ctx;
        detailVm = new ExecutionDetailViewModel(ctx);
        detail = new ExecutionDetailView(detailVm).root();
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
        if (workflows == null) {
            workflowsVm = new WorkflowsViewModel(ctx);
            workflows = new WorkflowsView(workflowsVm).root();
        }
        return workflows;
    }

    @Override
    public Node datasets() {
        if (datasets == null) {
            datasetsVm = new DatasetsViewModel(ctx);
            datasets = new DatasetsView(datasetsVm).root();
        }
        return datasets;
    }

    @Override
    public void showExecution(Rid execution) {
        detailVm.show(execution);
    }

    @Override
    public void showWorkflow(Rid workflow) {
        workflows();
        workflowsVm.select(workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        datasets();
        datasetsVm.select(dataset, version);
    }

    @Override
    public void compare(List<Rid> executions) {
        if (comparisons == null) {
            comparisons = new CompareWindows(ctx);
        }
        comparisons.open(executions);
    }

    @Override
    public void reproduce(Rid execution) {
        reproduceWindows().reproduce(execution);
    }

    @Override
    public void showReproductions() {
        reproduceWindows().showReproductions();
    }

    private ReproduceWindows reproduceWindows() {
        if (reproductions == null) {
            reproductions = new ReproduceWindows(ctx);
        }
        return reproductions;
    }

    @Override
    public void close() {
        if (comparisons != null) {
            comparisons.closeAll();
        }
        if (reproductions != null) {
            reproductions.closeAll();
        }
    }
}
