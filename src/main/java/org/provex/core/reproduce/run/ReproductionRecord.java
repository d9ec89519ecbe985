package org.provex.core.reproduce.run;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.provex.core.reproduce.launch.BatchJob;

/**
 * One reproduction attempt as Provex keeps it (under the data folder's {@code reproductions/}): what was run, where,
 * when, how it ended, and, once the new run appears in the catalog, which execution it is and how it compares with
 * the original.
 *
 * @param original     the reproduced execution's RID
 * @param command      the exact argument list that was run
 * @param pid          the process id while known (to find a run again after Provex was closed)
 * @param exitCode     null while running or when it could not be observed
 * @param verification the code verdict word at planning time ({@code verified}, {@code mismatch}, ...)
 * @param confirmed    the questions answered yes before launching (e.g. {@code code_mismatch})
 * @param link         the new execution, once found; null before
 * @param job          the batch job that runs it (a Slurm target), in its last known state; null for a process
 */
public record ReproductionRecord(String id, String catalog, String original, String originalWorkflow, String mode,
                                 String label, String target, boolean dryRun, String workspace, String checkout,
                                 String commit, List<String> command, String workingDirectory, String logFile,
                                 Instant planned, Instant started, Instant finished, Long pid, Integer exitCode,
                                 State state, String stateDetail, String verification, List<String> confirmed,
                                 Link link, BatchJob job) {

    /** Where an attempt stands. */
    public enum State {
        PREPARED, RUNNING, SUCCEEDED, FAILED, CANCELLED,
        /** The process could not be started. */
        LAUNCH_FAILED,
        /** The process ended while no Provex was watching it (Provex was closed): its exit code is unknown. */
        ENDED_UNOBSERVED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean finished() {
            return this != PREPARED && this != RUNNING;
        }
    }

    /**
     * The new execution and how it compares with the original (null answers until it could be compared).
     *
     * @param note how it was matched, e.g. "description names 1-AS10; created 2 minutes after the launch"
     */
    public record Link(String execution, Instant linkedAt, String note, Comparison comparison) {
    }

    /**
     * The compare engine's verdict of the new run against the original.
     *
     * @param inputs      {@code same}, {@code different} or {@code unknown}
     * @param reasons     the reasons behind answers that are not {@code same}
     */
    public record Comparison(String line, String inputs, String code, String configuration, String environment,
                             List<String> reasons) {
        public Comparison {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }

    public ReproductionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        command = command == null ? List.of() : List.copyOf(command);
        confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
    }

    public ReproductionRecord(String id, String catalog, String original, String originalWorkflow, String mode,
                              String label, String target, boolean dryRun, String workspace, String checkout,
                              String commit, List<String> command, String workingDirectory, String logFile,
                              Instant planned, Instant started, Instant finished, Long pid, Integer exitCode,
                              State state, String stateDetail, String verification, List<String> confirmed,
                              Link link) {
        this(id, catalog, original, originalWorkflow, mode, label, target, dryRun, workspace, checkout, commit,
                command, workingDirectory, logFile, planned, started, finished, pid, exitCode, state, stateDetail,
                verification, confirmed, link, null);
    }

    /** Started: a process ({@code processId}) or a batch job ({@code batchJob}, the process id then null). */
    public ReproductionRecord running(Long processId, BatchJob batchJob, Instant at) {
        return new ReproductionRecord(id, catalog, original, originalWorkflow, mode, label, target, dryRun, workspace,
                checkout, commit, command, workingDirectory, logFile, planned, at, null, processId, null,
                State.RUNNING, batchJob == null ? "" : batchJob.stateDetail(), verification, confirmed, link,
                batchJob);
    }

    public ReproductionRecord running(long processId, Instant at) {
        return running(processId, null, at);
    }

    public ReproductionRecord ended(State newState, Integer code, Instant at, String detail) {
        return new ReproductionRecord(id, catalog, original, originalWorkflow, mode, label, target, dryRun, workspace,
                checkout, commit, command, workingDirectory, logFile, planned, started, at, pid, code, newState,
                detail, verification, confirmed, link, job);
    }

    public ReproductionRecord linked(Link newLink) {
        return new ReproductionRecord(id, catalog, original, originalWorkflow, mode, label, target, dryRun, workspace,
                checkout, commit, command, workingDirectory, logFile, planned, started, finished, pid, exitCode,
                state, stateDetail, verification, confirmed, newLink, job);
    }

    /** The same attempt with its batch job in a newer state (the attempt's own state is unchanged). */
    public ReproductionRecord withJob(BatchJob newJob) {
        return new ReproductionRecord(id, catalog, original, originalWorkflow, mode, label, target, dryRun, workspace,
                checkout, commit, command, workingDirectory, logFile, planned, started, finished, pid, exitCode,
                state, newJob == null ? stateDetail : newJob.stateDetail(), verification, confirmed, link, newJob);
    }
}
