package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A task cancelled while it still waits for a worker thread must still count down and run andFinally. */
class FxTaskRunnerCancelTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fx-task-runner-test");
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
    void aTaskCancelledBeforeItStartsIsFinishedAtOnce() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner(executor);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        TaskRunner.TaskHandle second = WaitForAsyncUtils.asyncFx(() -> {
            tasks.task("blocker", c -> release.await(10, TimeUnit.SECONDS)).start();
            TaskRunner.TaskHandle h = tasks.task("queued", c -> ran.incrementAndGet())
                    .andFinally(finished::incrementAndGet).start();
            h.cancel();
            return h;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.isCancelled()).isTrue();
        assertThat(finished.get()).isEqualTo(1);
        assertThat(tasks.runningCount().get()).isEqualTo(1);
        assertThat(tasks.currentTitle().get()).isEqualTo("blocker");
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.runningCount().get() == 0);
        assertThat(ran.get()).isZero();
        assertThat(finished.get()).isEqualTo(1);
    }
}
