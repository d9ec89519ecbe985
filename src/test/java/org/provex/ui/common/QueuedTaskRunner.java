package org.provex.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A test runner that holds started tasks until the test runs them, so superseded and cancelled work can be
 * observed without threads. Cancelled tasks get only their {@code andFinally}, like {@link FxTaskRunner}.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "currentTitle", "");

    @Override
    public <T> BackgroundTask<T> task(String taskTitle, Work<T> work) {
        return new BackgroundTask<>(taskTitle, work, this::enqueue);
    }

    private <T> TaskHandle enqueue(BackgroundTask<T> task) {
        Handle handle = new Handle();
        running.set(running.get() + 1);
        pending.add(() -> {
            TaskContext ctx = new TaskContext() {
                @Override
                public boolean isCancelled() {
                    return handle.cancelled;
                }

                @Override
                public void progress(double fraction, String message) {
                    task.progressed(fraction, message);
                }
            };
            try {
                if (!handle.cancelled) {
                    T value = task.work().run(ctx);
                    if (!handle.cancelled) {
                        task.succeeded(value);
                    }
                }
            } catch (Exception e) {
                if (!handle.cancelled) {
                    task.failed(Errors.unwrap(e));
                }
            } finally {
                handle.done = true;
                running.set(running.get() - 1);
                task.finished();
            }
        });
        return handle;
    }

    /** Runs every queued task (and any they start) in order; returns how many ran. */
    public int runAll() {
        int n = 0;
        while (!pending.isEmpty()) {
            pending.poll().run();
            n++;
        }
        return n;
    }

    public int pendingCount() {
        return pending.size();
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

    private static final class Handle implements TaskHandle {
        boolean cancelled;
        boolean done;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
