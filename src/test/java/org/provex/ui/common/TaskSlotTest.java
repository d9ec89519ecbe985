package org.provex.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Only the latest load counts": a superseded or cancelled task of a slot delivers no callback at all. */
class TaskSlotTest {

    private final List<String> calls = new ArrayList<>();

    private BackgroundTask<String> described(TaskSlot slot, String name, boolean fail) {
        return slot.task(name, c -> {
            c.progress(0.5, name);
            if (fail) {
                throw new IllegalStateException(name + " failed");
            }
            return name;
        }).onSuccess(v -> calls.add("success " + v))
                .onError(e -> calls.add("error " + e.getMessage()))
                .onProgress((f, m) -> calls.add("progress " + m))
                .andFinally(() -> calls.add("finally " + name));
    }

    @Test
    void aNewerTaskCancelsTheOlderAndDropsEveryCallbackOfIt() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskSlot slot = tasks.slot();
        described(slot, "first", false).start();
        described(slot, "second", true).start();
        assertThat(tasks.pending().get(0).isCancelled()).isTrue();
        assertThat(tasks.pending().get(1).isCancelled()).isFalse();

        tasks.pending().get(0).run();     // the superseded task finishes late: nothing of it arrives
        assertThat(calls).isEmpty();
        assertThat(slot.isRunning()).isTrue();

        tasks.runAll();
        assertThat(calls).containsExactly("progress second", "error second failed", "finally second");
        assertThat(slot.isRunning()).isFalse();
    }

    @Test
    void aSupersededFailureAndItsProgressAreDroppedToo() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskSlot slot = tasks.slot();
        described(slot, "old", true).start();
        described(slot, "new", false).start();
        tasks.runAll();
        assertThat(calls).containsExactly("progress new", "success new", "finally new");
    }

    @Test
    void cancelDropsTheCallbacksAndStopsRunning() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskSlot slot = tasks.slot();
        List<Boolean> seen = new ArrayList<>();
        slot.runningProperty().addListener((o, was, now) -> seen.add(now));
        described(slot, "only", false).start();
        assertThat(slot.isRunning()).isTrue();
        slot.cancel();
        assertThat(slot.isRunning()).isFalse();
        assertThat(tasks.pending().get(0).isCancelled()).isTrue();
        tasks.runAll();
        assertThat(calls).isEmpty();
        assertThat(seen).containsExactly(true, false);
    }

    @Test
    void slotsAreIndependent() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskSlot one = tasks.slot();
        TaskSlot other = tasks.slot();
        described(one, "a", false).start();
        described(other, "b", false).start();
        tasks.runAll();
        assertThat(calls).containsExactly("progress a", "success a", "finally a", "progress b", "success b",
                "finally b");
    }

    @Test
    void andFinallyMayStartTheNextTaskInTheSameSlot() {
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        TaskSlot slot = tasks.slot();
        List<Integer> pages = new ArrayList<>();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (pages.size() < 3) {
                slot.task("page", c -> pages.size()).onSuccess(pages::add).andFinally(next[0]).start();
            }
        };
        next[0].run();
        assertThat(pages).containsExactly(0, 1, 2);
        assertThat(slot.isRunning()).isFalse();
    }

    @Test
    void aTaskCancelledByItsOwnCallbackWhileStartingIsCancelled() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskSlot slot = tasks.slot();
        TaskRunner.TaskHandle h = slot.task("t", c -> "v").onSuccess(calls::add).start();
        slot.cancel();
        assertThat(h.isCancelled()).isTrue();
        tasks.runAll();
        assertThat(calls).isEmpty();
    }

    @Test
    void theDelayIsHandedToTheRunnerAndTheImmediateRunnerIgnoresIt() {
        ManualTaskRunner held = new ManualTaskRunner();
        held.slot().task("typed", c -> "x").delay(Duration.ofMillis(200)).start();
        assertThat(held.pending().get(0).delay()).isEqualTo(Duration.ofMillis(200));

        ImmediateTaskRunner now = new ImmediateTaskRunner();
        described(now.slot(), "typed", false).delay(Duration.ofHours(1)).start();
        assertThat(calls).containsExactly("progress typed", "success typed", "finally typed");
    }

    @Test
    void plainTasksOfTheRunnerStillRunAndFinallyWhenCancelled() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TaskRunner.TaskHandle h = tasks.task("plain", c -> "v").onSuccess(calls::add)
                .andFinally(() -> calls.add("finally")).start();
        h.cancel();
        tasks.runAll();
        assertThat(calls).containsExactly("finally");
    }
}
