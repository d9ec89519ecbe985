package org.provex.core.model;

/** An {@code Execution_Execution} row: a sweep parent and one of its jobs. */
public record ExecutionNesting(Rid parent, Rid child, Integer sequence) {
}
