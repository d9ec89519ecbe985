package org.provex.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.Rid;
import org.provex.ui.common.Messages;
import org.provex.ui.shell.FeatureViews;
import org.provex.ui.shell.MainWindow;

/**
 * PLACEHOLDER panes for the execution detail, workflows and datasets, used only until the real feature
 * views are wired into this build. They say so on screen, and show which record was asked for.
 */
final class PlaceholderFeatureViews implements FeatureViews {

    private final Messages msg = Messages.of(MainWindow.class);
    private final Label detailTitle = new Label();
    private final Node detail;
    private final Label workflowTitle = new Label();
    private final Node workflows;
    private final Label datasetTitle = new Label();
    private final Node datasets;

    PlaceholderFeatureViews() {
        detailTitle.setId("executionDetailPlaceholder");
        detailTitle.setText(msg.get("placeholder.detail"));
        detail = pane(detailTitle, Feather.PLAY_CIRCLE, "placeholder.detail.note");
        workflowTitle.setId("workflowsPlaceholder");
        workflowTitle.setText(msg.get("placeholder.workflows"));
        workflows = pane(workflowTitle, Feather.GIT_BRANCH, "placeholder.note");
        datasetTitle.setId("datasetsPlaceholder");
        datasetTitle.setText(msg.get("placeholder.datasets"));
        datasets = pane(datasetTitle, Feather.DATABASE, "placeholder.note");
    }

    private Node pane(Label title, Feather icon, String noteKey) {
        title.getStyleClass().add("placeholder-title");
        title.setWrapText(true);
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(40);
        Label note = new Label(msg.get(noteKey));
        note.getStyleClass().add("placeholder-note");
        note.setWrapText(true);
        VBox box = new VBox(graphic, title, note);
        box.getStyleClass().add("placeholder-pane");
        return box;
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
        detailTitle.setText(msg.get("placeholder.detail.shown", execution));
    }

    @Override
    public void showWorkflow(Rid workflow) {
        workflowTitle.setText(msg.get("placeholder.workflows") + " \u2014 " + workflow);
    }

    @Override
    public void showDataset(Rid dataset, Rid version) {
        datasetTitle.setText(msg.get("placeholder.datasets") + " \u2014 " + dataset
                + (version == null ? "" : " @ " + version));
    }
}
