package org.provex.core.cache.query;

import java.util.List;

/**
 * Rows of a sorted executions list read with keyset paging, and the cursor after the last of them (null when the
 * list ended with these rows).
 */
public record ExecutionSlice(List<ExecutionRow> rows, ExecutionCursor next) {

    public ExecutionSlice {
        rows = List.copyOf(rows);
    }
}
