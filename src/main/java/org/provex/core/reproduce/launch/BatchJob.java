package org.provex.core.reproduce.launch;

import java.time.Instant;

/**
 * A job a scheduler runs for a reproduction, as far as Provex knows it: enough to find it again after Provex was
 * closed (the id, the host it was submitted through, its folder and log there) and its last known state.
 *
 * @param scheduler   {@code slurm}
 * @param id          the scheduler's job id
 * @param host        the login node it was submitted through over SSH, or null when submitted on this computer
 * @param workspace   the reproduction's folder as the cluster sees it
 * @param logFile     the job's output file as the cluster sees it
 * @param state       the state in words ({@code pending}, {@code running}, {@code completed}, {@code failed},
 *                    {@code cancelled}, {@code timeout}, {@code out of memory}, {@code node failure},
 *                    {@code unknown}...)
 * @param stateDetail a sentence about the state (the scheduler's reason, the exit code)
 * @param finished    true once the job will not run by itself again
 * @param exitCode    the job's exit code once known, else null
 * @param updated     when the state was last read
 */
public record BatchJob(String scheduler, String id, String host, String workspace, String logFile, String state,
                       String stateDetail, boolean finished, Integer exitCode, Instant updated) {

    /** The state word of a job that ended with exit code 0. */
    public static final String COMPLETED = "completed";
    /** The state word of a cancelled job. */
    public static final String CANCELLED = "cancelled";
    /** The state word of a job nothing knows any more (no scheduler record, no exit code file). */
    public static final String UNKNOWN = "unknown";

    /** The same job in another state. */
    public BatchJob withState(String newState, String detail, boolean nowFinished, Integer code, Instant at) {
        return new BatchJob(scheduler, id, host, workspace, logFile, newState, detail, nowFinished, code, at);
    }
}
