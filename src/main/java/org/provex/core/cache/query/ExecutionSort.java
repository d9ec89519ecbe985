package org.provex.core.cache.query;

import java.util.Objects;

/** Sort order of an executions list; the RID breaks ties in the same direction. */
public record ExecutionSort(ExecutionColumn column, boolean ascending) {

    public static final ExecutionSort NEWEST_FIRST = new ExecutionSort(ExecutionColumn.CREATED, false);

    public ExecutionSort {
        Objects.requireNonNull(column, "column");
    }

    public static ExecutionSort asc(ExecutionColumn column) {
        return new ExecutionSort(column, true);
    }

    public static ExecutionSort desc(ExecutionColumn column) {
        return new ExecutionSort(column, false);
    }
}
