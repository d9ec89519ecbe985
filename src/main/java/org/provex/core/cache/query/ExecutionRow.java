package org.provex.core.cache.query;

import java.time.Instant;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;

/**
 * One line of an executions list.
 *
 * @param statusDetail      the status detail, shortened to one line for a table cell
 * @param inputSummary      consumed datasets as {@code label@version, ...}, or null when none
 * @param parent            the sweep parent when this run is nested, else null
 * @param unknownProvenance the deriva-ml sentinel run (or a run of the sentinel workflow)
 */
public record ExecutionRow(Rid rid, String description, Rid workflow, String workflowName, String status,
                           String statusDetail, Instant created, ExecutionDurations durations, int inputCount,
                           String inputSummary, Rid parent, boolean unknownProvenance) {
}
