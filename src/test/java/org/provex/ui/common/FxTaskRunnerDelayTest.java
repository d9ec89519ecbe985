package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Debounce on the FX runner: a delayed task holds no worker thread and never runs once superseded. */
class FxTaskRunnerDelayTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fx-task-runner-delay-test");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aWaitingTaskDoesNotHoldTheOnlyWorker() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner(executor);
        AtomicInteger waited = new AtomicInteger();
        AtomicInteger prompt = new AtomicInteger();
        TaskSlot waiting = WaitForAsyncUtils.asyncFx(() -> {
            TaskSlot slot = tasks.slot();
            slot.task("waits an hour", c -> waited.incrementAndGet()).delay(Duration.ofHours(1)).start();
            tasks.task("at once", c -> prompt.incrementAndGet()).start();
            return slot;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prompt.get() == 1);
        assertThat(waited.get()).isZero();
        WaitForAsyncUtils.asyncFx(waiting::cancel).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.runningCount().get() == 0);
        assertThat(waiting.isRunning()).isFalse();
    }

    @Test
    void aSupersededDelayedTaskNeverRunsAndTheLatestDoes() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner(executor);
        AtomicInteger older = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        StringBuilder delivered = new StringBuilder();
        TaskSlot slot = WaitForAsyncUtils.asyncFx(() -> {
            TaskSlot s = tasks.slot();
            s.task("typed a", c -> older.incrementAndGet()).delay(Duration.ofMinutes(10))
                    .andFinally(finished::incrementAndGet).start();
            s.task("typed ab", c -> "ab").delay(Duration.ofMillis(20))
                    .onSuccess(delivered::append).andFinally(finished::incrementAndGet).start();
            return s;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> finished.get() == 1 && !slot.isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).hasToString("ab");
        assertThat(older.get()).isZero();
        assertThat(finished.get()).isEqualTo(1);
        assertThat(tasks.runningCount().get()).isZero();
    }
}
