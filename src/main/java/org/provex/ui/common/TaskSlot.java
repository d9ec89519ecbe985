package org.provex.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "Only the latest load counts": a place for one task at a time, obtained from {@link TaskRunner#slot()}.
 * Starting a task in the slot cancels the task it holds and drops every callback of that task (success, error,
 * progress and {@code andFinally}), so a view model never checks whether a result is still wanted. Used from
 * the FX thread (or a test thread with the test runners).
 *
 * <pre>{@code
 * private final TaskSlot load = ctx.tasks().slot();
 * ...
 * load.task(title, c -> queries.count(filter))
 *         .delay(Duration.ofMillis(200))     // optional debounce: typing cancels it before it starts
 *         .onSuccess(this::show)
 *         .onError(e -> message.set(Errors.message(e)))
 *         .start();                          // cancels and silences the previous task of this slot
 * loading.bind(load.runningProperty());
 * }</pre>
 */
public final class TaskSlot {

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Ticket current;

    TaskSlot(TaskRunner runner) {
        this.runner = runner;
    }

    /** Describes a task for this slot; nothing runs (and nothing is cancelled) until it is started. */
    public <T> BackgroundTask<T> task(String title, TaskRunner.Work<T> work) {
        return runner.task(title, work).inSlot(this);
    }

    /** Cancels the task the slot holds, if any, and drops all its callbacks. */
    public void cancel() {
        Ticket t = current;
        current = null;
        running.set(false);
        if (t != null) {
            t.cancel();
        }
    }

    /** True from a task's start until its last callback, or until it is cancelled or superseded. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    <T> TaskRunner.TaskHandle start(BackgroundTask<T> task, BackgroundTask.Starter starter) {
        cancel();
        Ticket t = new Ticket();
        current = t;
        task.ticket(t);
        running.set(true);
        // a synchronous runner finishes the task (and may start the next one) before start returns
        TaskRunner.TaskHandle handle = starter.start(task);
        t.attach(handle);
        return handle;
    }

    /** One start of a task in this slot; it speaks for the slot only while it is the current one. */
    final class Ticket {
        private TaskRunner.TaskHandle handle;
        private boolean cancelled;

        boolean isCurrent() {
            return current == this;
        }

        /** The task finished while current: the slot is free again. */
        void release() {
            current = null;
            running.set(false);
        }

        void cancel() {
            cancelled = true;
            if (handle != null) {
                handle.cancel();
            }
        }

        void attach(TaskRunner.TaskHandle h) {
            handle = h;
            if (cancelled) {
                h.cancel();     // cancelled by a callback while it was being started
            }
        }
    }
}
