package org.provex.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on an executor owned by the composition root; callbacks on the FX thread. A delayed task is handed
 * to the executor when its delay has passed (no worker thread waits for it), unless it was cancelled first.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "runningCount");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "currentTitle", "");
    private final Deque<String> titles = new ArrayDeque<>();
    private final Set<Handle> handles = ConcurrentHashMap.newKeySet();

    public FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> BackgroundTask<T> task(String taskTitle, Work<T> work) {
        return new BackgroundTask<>(taskTitle, work, this::launch);
    }

    private <T> TaskHandle launch(BackgroundTask<T> task) {
        Handle handle = new Handle();
        handles.add(handle);
        onFx(() -> {
            running.set(running.get() + 1);
            titles.push(task.title());
            title.set(task.title());
        });
        Runnable finish = () -> {
            handle.done.set(true);
            handles.remove(handle);
            onFx(() -> {
                titles.removeFirstOccurrence(task.title());
                title.set(titles.isEmpty() ? "" : titles.peek());
                running.set(running.get() - 1);
                task.finished();
            });
        };
        handle.finishUnstarted = finish;
        Runnable body = () -> {
            if (!handle.claimed.compareAndSet(false, true)) {
                return;     // cancelled before it started: cancel() has finished it
            }
            TaskContext ctx = new TaskContext() {
                @Override
                public boolean isCancelled() {
                    return handle.cancelled.get() || Thread.currentThread().isInterrupted();
                }

                @Override
                public void progress(double fraction, String message) {
                    if (!handle.cancelled.get()) {
                        onFx(() -> task.progressed(fraction, message));
                    }
                }
            };
            try {
                T value = task.work().run(ctx);
                onFx(() -> {
                    if (!handle.cancelled.get()) {
                        task.succeeded(value);
                    }
                });
            } catch (Throwable e) {
                if (!handle.cancelled.get()) {
                    LOG.warn("background task '{}' failed", task.title(), e);
                    onFx(() -> task.failed(Errors.unwrap(e)));
                }
            } finally {
                finish.run();
            }
        };
        if (task.delay().isZero()) {
            handle.future = executor.submit(body);
        } else {
            FutureTask<Void> later = new FutureTask<>(body, null);
            handle.future = later;
            CompletableFuture.delayedExecutor(task.delay().toMillis(), TimeUnit.MILLISECONDS, executor).execute(later);
        }
        return handle;
    }

    /**
     * Runs work on the FX thread (at once when called there): for the composition root, which receives events from
     * threads it does not run tasks on (a link handed over by a later start).
     */
    public static java.util.concurrent.Executor fxThread() {
        return FxTaskRunner::onFx;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
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
        handles.forEach(Handle::cancel);
    }

    private static final class Handle implements TaskHandle {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicBoolean done = new AtomicBoolean();
        /** Whoever sets this first finishes the task: the worker when it starts, or cancel() before that. */
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile Future<?> future;
        volatile Runnable finishUnstarted;

        @Override
        public void cancel() {
            cancelled.set(true);
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            // a task cancelled before its worker started never runs its finally: count it down here
            Runnable finish = finishUnstarted;
            if (finish != null && claimed.compareAndSet(false, true)) {
                finish.run();
            }
        }

        @Override
        public boolean isDone() {
            return done.get();
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
