package org.provex.ui.common;

import java.util.List;
import org.provex.core.model.Rid;

/** Moves the main window to a record; every RID link in the UI goes through it. */
public interface Navigator {

    void showExecution(Rid execution);

    void showWorkflow(Rid workflow);

    /** Shows a dataset, with one of its versions selected when {@code version} is not null. */
    void showDataset(Rid dataset, Rid version);

    /** Opens any RID: finds what it is in the cache and shows it, or reports that it is unknown. */
    void open(Rid rid);

    /**
     * Opens a comparison of two or more executions, the first as the baseline. A navigator that hosts no
     * compare view (test fakes) ignores it.
     */
    default void compare(List<Rid> executions) {
    }

    /** Opens the reproduce wizard for an execution of the current catalog; ignored by navigators without it. */
    default void reproduce(Rid execution) {
    }

    /** Shows the list of reproduction attempts; ignored by navigators without it. */
    default void showReproductions() {
    }
}
