package org.provex.core.diff;

import java.time.Instant;
import org.provex.core.model.Rid;

/**
 * A compared run, for column headers and citations.
 *
 * @param workflow     the workflow RID, or null when the run names none
 * @param workflowName "" when unknown
 * @param runVersion   the per-run setuptools-scm version from configuration.json, "" when not recorded
 */
public record RunRef(Rid rid, String description, String status, Instant created, Rid workflow,
                     String workflowName, String runVersion) {
}
