package org.provex.core.reproduce.plan;

import java.util.List;
import java.util.Locale;

/**
 * The overrides a run was started with, as a reproduction replays them, and where they were read.
 *
 * @param values     the overrides to pass, checked (see {@code UntrustedValues.override}); without the host and
 *                   catalog (deriva-ml-run adds those from {@code --host}/{@code --catalog}) and without the
 *                   description and dry-run settings, which the reproduction sets itself
 * @param dropped    recorded values left out, and why
 * @param crossCheck what the config choices say about the overrides (disagreements, groups not covered)
 * @param multirun   the original ran as a Hydra multirun (only when replaying argv, which holds the whole sweep)
 * @param entryPoint the deriva-ml program the run was started with, e.g. {@code deriva-ml-run}
 * @param refused    why the recorded values cannot be used ("" when they can)
 */
public record RecordedCommand(Source source, List<String> values, List<String> dropped, List<String> crossCheck,
                              boolean multirun, String entryPoint, String refused) {

    /** Where the overrides came from, most precise first. */
    public enum Source {
        /** Hydra's {@code hydra-*-overrides.yaml}: exactly this job's overrides (also for one job of a sweep). */
        HYDRA_OVERRIDES_FILE,
        /** configuration.json's {@code argv}: the command line (for a sweep job, the whole sweep's). */
        ARGV,
        /** Rebuilt from the config choices: loses {@code +} and value overrides. */
        CONFIG_CHOICES,
        NONE;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RecordedCommand {
        values = List.copyOf(values);
        dropped = List.copyOf(dropped);
        crossCheck = List.copyOf(crossCheck);
        refused = refused == null ? "" : refused;
    }

    public boolean usable() {
        return source != Source.NONE && refused.isEmpty();
    }
}
