package org.provex.core.reproduce.launch;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * A running (or finished) launch. It lives on when the window or command that started it goes away: whoever holds
 * it may add a listener later and read the output so far.
 */
public interface LaunchHandle {

    /** The operating-system process id; -1 for a batch job (see {@link #job()}). */
    long pid();

    /** The batch job this handle follows, in its last known state; empty for a process on this computer. */
    default Optional<BatchJob> job() {
        return Optional.empty();
    }

    boolean isRunning();

    /** The exit code once the process has ended and it could be observed. */
    OptionalInt exitCode();

    /** True when {@link #cancel()} ended it. */
    boolean cancelled();

    /** Completes with the exit code (-1 when not observable) after the last output line was delivered. */
    CompletableFuture<Integer> completion();

    /** Ends the process and every process it started; returns at once when it has already ended. */
    void cancel();

    /** The last lines of output (bounded), for a view that opens while the launch runs. */
    List<String> recentOutput();

    void addListener(LaunchListener listener);

    void removeListener(LaunchListener listener);
}
