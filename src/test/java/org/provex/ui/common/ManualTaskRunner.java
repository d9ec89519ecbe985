package org.provex.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A task runner for view-model tests that holds tasks until the test runs them, in any order, so tests can
 * check that superseded work is cancelled and that its result never lands. No toolkit needed.
 */
public final class ManualTaskRunner implements TaskRunner {

    /** A started task waiting for the test. */
    public final class Pending {
        private final BackgroundTask<?> task;
        private boolean cancelled;
        private boolean done;

        Pending(BackgroundTask<?> task) {
            this.task = task;
        }

        public String title() {
            return task.title();
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isDone() {
            return done;
        }

        /** The debounce delay the task asked for (the test decides when it runs). */
        public Duration delay() {
            return task.delay();
        }

        /** Runs the work now, on the calling thread, and delivers its callbacks unless cancelled. */
        public void run() {
            if (done) {
                return;
            }
            pending.remove(this);
            runNow(this);
        }
    }

    private final List<Pending> pending = new ArrayList<>();
    private final List<Pending> started = new ArrayList<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "currentTitle", "");

    @Override
    public <T> BackgroundTask<T> task(String taskTitle, Work<T> work) {
        return new BackgroundTask<>(taskTitle, work, this::hold);
    }

    private <T> TaskHandle hold(BackgroundTask<T> task) {
        Pending p = new Pending(task);
        pending.add(p);
        started.add(p);
        running.set(running.get() + 1);
        title.set(task.title());
        return new TaskHandle() {
            @Override
            public void cancel() {
                p.cancelled = true;
            }

            @Override
            public boolean isDone() {
                return p.done;
            }

            @Override
            public boolean isCancelled() {
                return p.cancelled;
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runNow(Pending p) {
        BackgroundTask task = p.task;
        TaskContext ctx = new TaskContext() {
            @Override
            public boolean isCancelled() {
                return p.cancelled;
            }

            @Override
            public void progress(double fraction, String message) {
                if (!p.cancelled) {
                    task.progressed(fraction, message);
                }
            }
        };
        try {
            Object value = task.work().run(ctx);
            if (!p.cancelled) {
                task.succeeded(value);
            }
        } catch (Exception e) {
            if (!p.cancelled) {
                task.failed(Errors.unwrap(e));
            }
        } finally {
            p.done = true;
            running.set(running.get() - 1);
            title.set("");
            task.finished();
        }
    }

    /** Tasks started and not yet run, oldest first. */
    public List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Every task ever started, oldest first. */
    public List<Pending> started() {
        return List.copyOf(started);
    }

    /** Runs waiting tasks (and the tasks they start) until none is left. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.get(0).run();
        }
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
        pending.forEach(p -> p.cancelled = true);
    }
}
