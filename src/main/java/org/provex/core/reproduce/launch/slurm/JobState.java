package org.provex.core.reproduce.launch.slurm;

import java.util.Locale;

/** Where a Slurm job stands, as squeue, sacct and scontrol name it, in words a person reads. */
public enum JobState {
    PENDING("pending", "waiting in the queue"),
    CONFIGURING("starting", "its nodes are being set up"),
    RUNNING("running", "running"),
    COMPLETING("completing", "finishing"),
    SUSPENDED("suspended", "suspended by the scheduler"),
    REQUEUED("requeued", "put back in the queue"),
    COMPLETED("completed", "finished with exit code 0"),
    FAILED("failed", "ended with a non-zero exit code"),
    CANCELLED("cancelled", "cancelled"),
    TIMEOUT("timeout", "stopped by Slurm at its time limit"),
    OUT_OF_MEMORY("out of memory", "killed by Slurm for using more memory than it asked for"),
    NODE_FAIL("node failure", "ended because its node failed"),
    BOOT_FAIL("boot failure", "its node failed to boot"),
    PREEMPTED("preempted", "stopped to make room for another job"),
    DEADLINE("deadline", "ended at its deadline"),
    /** The scheduler no longer knows the job and no accounting or exit code tells how it ended. */
    UNKNOWN("unknown", "no longer known to Slurm");

    private final String word;
    private final String meaning;

    JobState(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    /** The state in one or two words, e.g. "out of memory". */
    public String word() {
        return word;
    }

    /** What it means, e.g. "stopped by Slurm at its time limit". */
    public String meaning() {
        return meaning;
    }

    /** True once the job will not run (again) by itself. */
    public boolean finished() {
        return ordinal() >= COMPLETED.ordinal();
    }

    /** The state Slurm names, long or short ({@code RUNNING}, {@code R}, {@code CANCELLED by 1000}, ...). */
    public static JobState parse(String slurm) {
        String s = slurm == null ? "" : slurm.strip().toUpperCase(Locale.ROOT);
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        s = s.replace("+", "");
        return switch (s) {
            case "PENDING", "PD", "REQUEUE_HOLD", "RESV_DEL_HOLD", "SPECIAL_EXIT" -> PENDING;
            case "CONFIGURING", "CF", "RESIZING", "RS" -> CONFIGURING;
            case "RUNNING", "R", "SIGNALING", "SI", "STAGE_OUT", "SO" -> RUNNING;
            case "COMPLETING", "CG" -> COMPLETING;
            case "SUSPENDED", "S", "STOPPED", "ST" -> SUSPENDED;
            case "REQUEUED", "RQ", "REQUEUE_FED", "RF" -> REQUEUED;
            case "COMPLETED", "CD" -> COMPLETED;
            case "FAILED", "F" -> FAILED;
            case "CANCELLED", "CA", "REVOKED", "RV" -> CANCELLED;
            case "TIMEOUT", "TO" -> TIMEOUT;
            case "OUT_OF_MEMORY", "OOM", "OUT_OF_ME" -> OUT_OF_MEMORY;
            case "NODE_FAIL", "NF" -> NODE_FAIL;
            case "BOOT_FAIL", "BF" -> BOOT_FAIL;
            case "PREEMPTED", "PR" -> PREEMPTED;
            case "DEADLINE", "DL" -> DEADLINE;
            default -> UNKNOWN;
        };
    }
}
