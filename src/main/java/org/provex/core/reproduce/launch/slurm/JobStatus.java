package org.provex.core.reproduce.launch.slurm;

import java.util.Locale;
import java.util.Map;

/**
 * One reading of a job's state.
 *
 * @param reason   Slurm's reason for a pending or failed job ({@code Resources}, {@code Priority}...), or ""
 * @param exitCode the batch script's exit code when known, else null
 * @param signal   the signal that ended it when Slurm reports one (e.g. 9 or 15), else null
 * @param source   which program answered: {@code squeue}, {@code sacct}, {@code scontrol} or {@code exit-code file}
 */
public record JobStatus(JobState state, String reason, Integer exitCode, Integer signal, String elapsed,
                        String nodes, String source) {

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("PRIORITY", "other jobs have higher priority"),
            Map.entry("RESOURCES", "waiting for resources to become free"),
            Map.entry("DEPENDENCY", "waiting for another job"),
            Map.entry("QOSMAXJOBSPERUSERLIMIT", "you have as many jobs running as your QOS allows"),
            Map.entry("ASSOCGRPGRESLIMIT", "your account's GPU limit is reached"),
            Map.entry("ASSOCGRPCPULIMIT", "your account's CPU limit is reached"),
            Map.entry("REQNODENOTAVAIL", "the nodes it needs are not available (down, drained or reserved)"),
            Map.entry("PARTITIONTIMELIMIT", "its time limit is longer than the partition allows"),
            Map.entry("PARTITIONDOWN", "the partition is down"),
            Map.entry("BEGINTIME", "waiting for its start time"),
            Map.entry("JOBHELDUSER", "held by you (scontrol release)"),
            Map.entry("JOBHELDADMIN", "held by an administrator"),
            Map.entry("NONZEROEXITCODE", "the command failed"),
            Map.entry("NODEDOWN", "a node it needs is down"));

    public JobStatus {
        reason = reason == null || reason.equalsIgnoreCase("None") || reason.equals("(null)") ? "" : reason;
        elapsed = elapsed == null ? "" : elapsed;
        nodes = nodes == null || nodes.equals("(null)") || nodes.equalsIgnoreCase("None assigned") ? "" : nodes;
    }

    /** The state, with the reason in words, e.g. "pending (other jobs have higher priority)". */
    public String words() {
        StringBuilder out = new StringBuilder(state.word());
        String why = reasonWords();
        if (!why.isEmpty()) {
            out.append(" (").append(why).append(')');
        } else if (state == JobState.FAILED && exitCode != null) {
            out.append(" (exit code ").append(exitCode).append(')');
        }
        return out.toString();
    }

    /** The reason in words when it is a known one, else Slurm's own word, or "". */
    public String reasonWords() {
        if (reason.isEmpty()) {
            return "";
        }
        String key = reason.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return REASONS.getOrDefault(key, reason);
    }
}
