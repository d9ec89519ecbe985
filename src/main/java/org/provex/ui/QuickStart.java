package org.provex.ui;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.provex.core.jit.CompilerDirectives;
import org.slf4j.LoggerFactory;

/**
 * The window starts with the quick compiler only (C1), as commands run ({@code cli.QuickCompilation}): measured on
 * the jar, the optimising compiler (C2) took about a third of the start's CPU time, compiling code that runs during
 * the start and rarely after, and on two cores it competed with the FX thread. C2 comes back soon after the first
 * rows are shown (or a while after the window is, when no table comes); the methods that wanted C2 during the start
 * stay compiled by C1, as they would be under {@code -XX:TieredStopAtLevel=1}. {@code -Dprovex.jit=full} keeps both
 * compilers throughout.
 */
final class QuickStart {

    /** After the first rows arrive, C2 is back after this long (their first layout is done by then). */
    private static final Duration AFTER_ROWS = Duration.seconds(1);
    /** C2 is back this long after the window is shown even when no table comes (a catalog not synced yet). */
    private static final Duration LONGEST = Duration.seconds(30);

    private final Future<Boolean> added;
    private final AtomicBoolean ended = new AtomicBoolean();

    private QuickStart(Future<Boolean> added) {
        this.added = added;
    }

    /** Asks for C1 only, first on the start-up thread (before the toolkit's and the workspace's code runs hot). */
    static QuickStart begin(ExecutorService startup) {
        return new QuickStart(startup.submit(() -> CompilerDirectives.add(CompilerDirectives.C1_ONLY)));
    }

    /** On the FX thread once the window is shown: both compilers again soon after the first rows. */
    void endAfterFirstRows(ObservableValue<? extends List<?>> rows, Executor executor) {
        PauseTransition longest = new PauseTransition(LONGEST);
        longest.setOnFinished(e -> end(executor));
        longest.play();
        rows.addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !ended.get()) {
                PauseTransition soon = new PauseTransition(AFTER_ROWS);
                soon.setOnFinished(e -> end(executor));
                soon.play();
            }
        });
    }

    private void end(Executor executor) {
        if (ended.getAndSet(true)) {
            return;
        }
        try {
            executor.execute(this::removeDirective);
        } catch (RejectedExecutionException e) {
            // the window is closing (its task threads are stopped): nothing to give back
            LoggerFactory.getLogger(QuickStart.class).debug("The start's compiler directive stays: {}", e.toString());
        }
    }

    private void removeDirective() {
        try {
            if (added.get()) {
                CompilerDirectives.removeLast();
                LoggerFactory.getLogger(QuickStart.class).info("startup: both compilers again");
            }
        } catch (ExecutionException e) {
            LoggerFactory.getLogger(QuickStart.class).debug("The start's compiler directive: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
