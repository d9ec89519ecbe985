package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.provex.core.reproduce.Check;

/**
 * Where a reproduction runs: this computer now; a Slurm cluster or a container engine later. A target checks what it
 * needs before a launch, starts the command and hands back a handle that outlives its caller.
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
}
