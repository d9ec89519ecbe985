package org.provex.ui.common;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A task being described: callbacks are attached fluently, then {@link #start()} hands it to the runner.
 * Callbacks run on the FX thread (or the test thread with {@link SyncTaskRunner}).
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

    /** Runs after success, error or cancellation. */
    public BackgroundTask<T> andFinally(Runnable callback) {
        this.andFinally = Objects.requireNonNull(callback);
        return this;
    }

    public TaskRunner.TaskHandle start() {
        return starter.start(this);
    }

    String title() {
        return title;
    }

    TaskRunner.Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        onError.accept(error);
    }

    void progressed(double fraction, String message) {
        onProgress.accept(fraction, message);
    }

    void finished() {
        andFinally.run();
    }
}
