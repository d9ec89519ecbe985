package org.provex.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs every task at once on the calling thread, ignoring any {@link BackgroundTask#delay delay}: for view-model
 * tests without a toolkit.
 */
public final class ImmediateTaskRunner implements TaskRunner {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private int started;

    @Override
    public <T> BackgroundTask<T> task(String taskTitle, Work<T> work) {
        return new BackgroundTask<>(taskTitle, work, this::runNow);
    }

    private <T> TaskHandle runNow(BackgroundTask<T> task) {
        started++;
        running.set(running.get() + 1);
        title.set(task.title());
        TaskContext ctx = new TaskContext() {
            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void progress(double fraction, String message) {
                task.progressed(fraction, message);
            }
        };
        try {
            task.succeeded(task.work().run(ctx));
        } catch (Exception e) {
            task.failed(Errors.unwrap(e));
        } finally {
            running.set(running.get() - 1);
            title.set("");
            task.finished();
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** How many tasks have been started, so tests can assert that work was (not) re-run. */
    public int startedCount() {
        return started;
    }

    @Override
    public ReadOnlyIntegerProperty runningCount() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty currentTitle() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void cancelAll() {
    }
}
