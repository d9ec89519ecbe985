package org.provex.core.cache.query;

import java.util.List;

/** One page of an executions list and the number of rows matching the same filter. */
public record ExecutionPage(List<ExecutionRow> rows, long total) {

    public ExecutionPage {
        rows = List.copyOf(rows);
    }
}
