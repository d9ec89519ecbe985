package org.provex.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A task being described: callbacks are attached fluently, then {@link #start()} hands it to the runner.
 * Callbacks run on the FX thread (or the test thread with the test runners). A task described by a
 * {@link TaskSlot} delivers no callback at all once the slot has moved on to a newer task.
 */
public final class BackgroundTask<T> {

    /** How a runner actually starts a described task. */
    interface Starter {
        <T> TaskRunner.TaskHandle start(BackgroundTask<T> task);
    }

    private final String title;
    private final TaskRunner.Work<T> work;
    private final Starter starter;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onError = e -> { };
    private BiConsumer<Double, String> onProgress = (f, m) -> { };
    private Runnable andFinally = () -> { };
    private Duration delay = Duration.ZERO;
    private TaskSlot slot;
    private TaskSlot.Ticket ticket;

    BackgroundTask(String title, TaskRunner.Work<T> work, Starter starter) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
        this.starter = starter;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Any failure of the work, unwrapped from execution wrappers. */
    public BackgroundTask<T> onError(Consumer<Throwable> callback) {
        this.onError = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(BiConsumer<Double, String> callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Runs after success, error or cancellation (not after a {@link TaskSlot} dropped the task). */
    public BackgroundTask<T> andFinally(Runnable callback) {
        this.andFinally = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * Starts the work only after {@code wait} (debouncing typing: a newer task in the same slot cancels this one
     * before it starts). The runner does the waiting without holding a worker thread; the immediate test runner
     * ignores it.
     */
    public BackgroundTask<T> delay(Duration wait) {
        this.delay = Objects.requireNonNull(wait, "wait").isNegative() ? Duration.ZERO : wait;
        return this;
    }

    public TaskRunner.TaskHandle start() {
        return slot == null ? starter.start(this) : slot.start(this, starter);
    }

    BackgroundTask<T> inSlot(TaskSlot owner) {
        this.slot = owner;
        return this;
    }

    void ticket(TaskSlot.Ticket t) {
        this.ticket = t;
    }

    String title() {
        return title;
    }

    TaskRunner.Work<T> work() {
        return work;
    }

    /** How long the runner waits before starting the work (zero: at once). */
    Duration delay() {
        return delay;
    }

    private boolean live() {
        return ticket == null || ticket.isCurrent();
    }

    void succeeded(T value) {
        if (live()) {
            onSuccess.accept(value);
        }
    }

    void failed(Throwable error) {
        if (live()) {
            onError.accept(error);
        }
    }

    void progressed(double fraction, String message) {
        if (live()) {
            onProgress.accept(fraction, message);
        }
    }

    void finished() {
        if (ticket == null) {
            andFinally.run();
        } else if (ticket.isCurrent()) {
            ticket.release();   // the slot is free before andFinally, which may start the next task in it
            andFinally.run();
        }
    }
}
