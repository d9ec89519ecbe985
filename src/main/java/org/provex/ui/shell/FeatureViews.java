package org.provex.ui.shell;

import java.util.List;
import javafx.scene.Node;
import org.provex.core.model.Rid;

/**
 * The feature panes the shell hosts but does not build: the execution detail (right of the executions
 * table), the workflows pane and the datasets pane. The composition root wires the real views; tests may
 * wire stand-ins.
 */
public interface FeatureViews {

    Node executionDetail();

    Node workflows();

    Node datasets();

    /** Loads an execution into the detail area. */
    void showExecution(Rid execution);

    /** Selects a workflow in the workflows pane. */
    void showWorkflow(Rid workflow);

    /** Selects a dataset (and one of its versions when {@code version} is not null) in the datasets pane. */
    void showDataset(Rid dataset, Rid version);

    /** Opens a comparison of two or more executions (the first is the baseline); ignored by stand-ins. */
    default void compare(List<Rid> executions) {
    }

    /** Opens the reproduce wizard for an execution; ignored by stand-ins. */
    default void reproduce(Rid execution) {
    }

    /** Shows the reproductions list; ignored by stand-ins. */
    default void showReproductions() {
    }

    /** The main window is closing: close what the feature views opened beside it (comparison windows). */
    default void close() {
    }
}
