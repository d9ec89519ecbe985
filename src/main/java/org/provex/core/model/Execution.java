package org.provex.core.model;

import java.time.Instant;

/**
 * An {@code Execution} row: one run. There are no start/stop times in a catalog; {@code created}
 * (RCT) is the coarse "when".
 *
 * @param status       the catalog's status text, kept verbatim (may be a legacy term or null)
 * @param statusDetail the error of a failed run, otherwise usually the description
 */
public record Execution(Rid rid, Rid workflow, String description, String status, String statusDetail,
                        ExecutionDurations durations, Instant created, Instant modified) {

    public static final String UNKNOWN_PROVENANCE_DESCRIPTION = "deriva-ml unknown-provenance sentinel execution";

    public Execution {
        durations = durations == null ? ExecutionDurations.NONE : durations;
    }

    public ExecutionStatus.Phase phase() {
        return ExecutionStatus.phaseOf(status);
    }

    /** The sentinel run that unknown-origin artifacts are attributed to; never a real run. */
    public boolean isUnknownProvenance() {
        return UNKNOWN_PROVENANCE_DESCRIPTION.equals(description);
    }
}
