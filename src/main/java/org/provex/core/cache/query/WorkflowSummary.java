package org.provex.core.cache.query;

import org.provex.core.model.Workflow;

/** A workflow with its types and how many executions ran it. */
public record WorkflowSummary(Workflow workflow, long executionCount) {
}
