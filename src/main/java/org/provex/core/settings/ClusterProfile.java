package org.provex.core.settings;

import java.util.List;

/**
 * How reproductions are sent to a Slurm cluster, as stored in settings.json: the global profile, or one catalog's
 * profile that overrides it field by field. A null field is unset (the next profile, a default derived from the run,
 * or Slurm's own default applies). The values are checked before they are stored (see the reproduce launch code);
 * this record only holds them.
 *
 * @param host            the login node to submit through over SSH ({@code user@login.example.org} or a Host alias
 *                        of the user's SSH configuration); null or "" to run sbatch on this computer
 * @param remoteRoot      the folder on the cluster under which reproduction workspaces are created (with a host)
 * @param timeLimit       Slurm's {@code --time} format, e.g. {@code 2:00:00} or {@code 1-12:00:00}
 * @param memory          Slurm's {@code --mem}, e.g. {@code 32G}
 * @param gpuType         the GRES type, e.g. {@code a100}, giving {@code --gres=gpu:a100:N}
 * @param extraOptions    further sbatch options, one {@code #SBATCH} line each, e.g. {@code --constraint=a100}
 * @param modules         environment modules to load before the command, e.g. {@code cuda/12.1}
 * @param containerEngine {@code apptainer}, {@code singularity} or {@code docker} for container workflows
 * @param pollSeconds     how often a running job's state (and, over SSH, its output) is read
 */
public record ClusterProfile(String host, String remoteRoot, String partition, String account, String qos,
                             String timeLimit, String memory, Integer cpus, Integer gpus, String gpuType,
                             List<String> extraOptions, List<String> modules, String containerEngine,
                             Integer pollSeconds) {

    public static final ClusterProfile EMPTY = new ClusterProfile(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public ClusterProfile {
        extraOptions = extraOptions == null || extraOptions.isEmpty() ? null : List.copyOf(extraOptions);
        modules = modules == null || modules.isEmpty() ? null : List.copyOf(modules);
    }

    /** Every field of {@code over} that is set, else this profile's. */
    public ClusterProfile overriddenBy(ClusterProfile over) {
        if (over == null) {
            return this;
        }
        return new ClusterProfile(pick(over.host, host), pick(over.remoteRoot, remoteRoot),
                pick(over.partition, partition), pick(over.account, account), pick(over.qos, qos),
                pick(over.timeLimit, timeLimit), pick(over.memory, memory), pick(over.cpus, cpus),
                pick(over.gpus, gpus), pick(over.gpuType, gpuType), pick(over.extraOptions, extraOptions),
                pick(over.modules, modules), pick(over.containerEngine, containerEngine),
                pick(over.pollSeconds, pollSeconds));
    }

    /** True when no field is set. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
