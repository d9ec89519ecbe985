package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.provex.core.reproduce.Check;

/**
 * Where a reproduction runs: this computer, a container engine on it, or a Slurm cluster. A target shows what it will
 * do before anything runs, checks what it needs, starts the work and hands back a handle that outlives its caller;
 * a target whose work outlives Provex (a batch job) also finds it again later.
 */
public interface LaunchTarget {

    /** Stable id for settings, the CLI's {@code --target} and the reproductions record, e.g. {@code local}. */
    String id();

    /** A label for people, e.g. "This computer". */
    String label();

    /** What this target needs to run the request (programs present, folders writable...), each with a fix. */
    List<Check> preflight(LaunchRequest request);

    /**
     * Starts the request.
     *
     * @param executor runs the work that follows the process (reading its output); the caller owns it
     * @throws IOException when the process cannot be started (the message names the program)
     */
    LaunchHandle launch(LaunchRequest request, LaunchListener listener, Executor executor) throws IOException;

    /** What this target will run for the request and how, before anything runs; by default the request itself. */
    default LaunchPreview preview(LaunchRequest request) {
        return LaunchPreview.direct(request.argv());
    }

    /**
     * Follows a job of an earlier session again from what was recorded about it; empty when this target has no such
     * jobs. Its output is read from the local log file from {@code offset}.
     */
    default Optional<LaunchHandle> resume(BatchJob job, Path logFile, long offset, LaunchListener listener,
                                          Executor executor) {
        return Optional.empty();
    }

    /** Reads the current state of a recorded job once (no following); empty when this target has no such jobs. */
    default Optional<BatchJob> refresh(BatchJob job) {
        return Optional.empty();
    }

    /**
     * Cancels a recorded job that no handle of this session follows.
     *
     * @throws IOException when the scheduler could not be asked (the message says why)
     */
    default void cancel(BatchJob job) throws IOException {
        throw new IOException("The " + label() + " target cannot cancel a job it did not start.");
    }
}
