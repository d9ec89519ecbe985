package org.provex.ui;

import javafx.scene.Node;
import org.provex.core.model.Rid;
import org.provex.ui.common.ViewContext;
import org.provex.ui.datasets.DatasetsView;
import org.provex.ui.datasets.DatasetsViewModel;
import org.provex.ui.shell.FeatureViews;
import org.provex.ui.workflows.WorkflowsView;
import org.provex.ui.workflows.WorkflowsViewModel;

/** The feature views of this build, wired to the shell: the workflows and datasets panes, the execution detail. */
final class FeatureWiring implements FeatureViews {

    private final WorkflowsViewModel workflowsVm;
    private final Node workflows;
    private final DatasetsViewModel datasetsVm;
    private final Node datasets;
    private final PlaceholderDetail detail = new PlaceholderDetail();

    private FeatureWiring(ViewContext ctx) {
        workflowsVm = new WorkflowsViewModel(ctx);
        workflows = new WorkflowsView(workflowsVm).root();
        datasetsVm = new DatasetsViewModel(ctx);
        datasets = new DatasetsView(datasetsVm).root();
    }

    static FeatureViews create(ViewContext ctx) {
        return new FeatureWiring(ctx);
    }

    @Override
    public Node executionDetail() {
        return detail.root();
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
        detail.show(execution);
    }

    @Override
    public void showWorkflow(Rid workflow) {
        workflowsVm.select(workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        datasetsVm.select(dataset, version);
    }
}
