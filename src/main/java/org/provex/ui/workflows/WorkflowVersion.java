package org.provex.ui.workflows;

import java.time.Instant;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Workflow;

/**
 * One {@code Workflow} row shown as a version of its named code: {@code number} of {@code count}, in order
 * of first use (the row is created by the first run of that code).
 */
public record WorkflowVersion(WorkflowSummary summary, int number, int count, WorkflowCode code) {

    public Workflow workflow() {
        return summary.workflow();
    }

    public Rid rid() {
        return summary.workflow().rid();
    }

    public long runs() {
        return summary.executionCount();
    }

    public Instant firstUsed() {
        return summary.workflow().created();
    }

    public boolean sentinel() {
        return summary.workflow().isUnknownProvenance();
    }

    /** The recorded version marks a working tree with uncommitted changes ({@code .dYYYYMMDD}, {@code .dirty}). */
    public boolean dirty() {
        return ScmVersion.parse(summary.workflow().version()).dirty();
    }

    /** "v2" for the second version of the code. */
    public String label() {
        return "v" + number;
    }
}
