package org.provex.core.reproduce.launch.slurm;

/** Defaults of the Slurm target that a profile may change. */
final class SlurmDefaults {

    /** Seconds between two reads of a job's state (and, over SSH, its output). */
    static final int POLL_SECONDS = 15;
    static final int MIN_POLL_SECONDS = 5;
    /** The container engine on a cluster when the profile names none: Docker is rarely allowed there. */
    static final String CONTAINER_ENGINE = "apptainer";

    private SlurmDefaults() {
    }
}
