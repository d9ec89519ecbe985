package org.provex.core.reproduce.launch;

/**
 * What a launch reports while it runs, on the executor the caller gave it (never the FX thread: a window hands the
 * lines on to its own thread). Every method has a default so a listener implements only what it needs.
 */
public interface LaunchListener {

    /** One line of the process's combined output, without its line end. */
    default void output(String line) {
    }

    /**
     * The process ended.
     *
     * @param exitCode   its exit code, or -1 when it could not be observed (a process found again after a restart)
     * @param cancelled  true when it ended because {@link LaunchHandle#cancel()} was called
     */
    default void exited(int exitCode, boolean cancelled) {
    }

    /** A batch job was submitted or its state changed (pending, running, ...); not called for a local process. */
    default void job(BatchJob job) {
    }
}
