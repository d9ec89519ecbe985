package org.provex.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way the UI runs background work: a fluent task whose callbacks arrive on the FX thread
 * ({@link FxTaskRunner}), or on the test thread with the test runners (ImmediateTaskRunner runs each task at
 * once, ManualTaskRunner holds them until the test runs them). View models never call {@code Platform.runLater}
 * or build CompletableFuture chains themselves; a load that a newer one supersedes runs in a {@link TaskSlot}.
 */
public interface TaskRunner {

    /** Describes a task; nothing runs until {@link BackgroundTask#start()}. */
    <T> BackgroundTask<T> task(String title, Work<T> work);

    /** A new slot on this runner: "only the latest load counts" (see {@link TaskSlot}). */
    default TaskSlot slot() {
        return new TaskSlot(this);
    }

    /** Number of tasks started and not yet finished (for the status bar). Changes on the FX thread. */
    ReadOnlyIntegerProperty runningCount();

    /** Title of the most recently started task still running, or empty. Changes on the FX thread. */
    ReadOnlyStringProperty currentTitle();

    /** Cancels every running task (a window closing). */
    void cancelAll();

    /** The work of a task; it may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** What running work can see of its task. */
    interface TaskContext {
        boolean isCancelled();

        /** Progress from 0 to 1 (negative = indeterminate) with a short message; delivered on the FX thread. */
        void progress(double fraction, String message);
    }

    /**
     * A started task. Cancelling suppresses its success, error and progress callbacks; {@code andFinally} still
     * runs (a {@link TaskSlot} drops that too).
     */
    interface TaskHandle {
        void cancel();

        boolean isDone();

        boolean isCancelled();
    }
}
