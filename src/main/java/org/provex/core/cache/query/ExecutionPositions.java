package org.provex.core.cache.query;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Positions along one filtered, sorted executions list, every {@link #SPACING} rows, so that a jump to any row (the
 * scroll bar) starts from the nearest position before it and skips fewer than {@link #SPACING} rows, instead of
 * counting every row from the top with {@code OFFSET} (a walk of the whole list before a deep row). The positions are
 * found in steps ({@link #extend}), each a short read (so that page reads of the same cache get their turn between
 * them), all of them together one pass over the list, in the background after the list's first page; until they
 * reach a row, a jump there starts from the last position found.
 *
 * <p>Safe for one thread extending and others jumping at the same time.
 */
public final class ExecutionPositions {

    /** Rows between two positions: the most a jump skips once the positions are found. */
    public static final int SPACING = 1_000;
    /**
     * Positions found by one step: a read of about {@link #SPACING} index entries (a page read of the table waits for
     * at most one step).
     */
    static final int PER_STEP = 1;

    private final ExecutionQueries queries;
    private final ExecutionFilter filter;
    private final ExecutionSort sort;
    private final int spacing;
    /** {@code found.get(i)}: the cursor just before row {@code (i + 1) * spacing}. */
    private final List<ExecutionCursor> found = new CopyOnWriteArrayList<>();
    private volatile boolean complete;

    public ExecutionPositions(ExecutionQueries queries, ExecutionFilter filter, ExecutionSort sort) {
        this(queries, filter, sort, SPACING);
    }

    /** With positions every {@code spacing} rows (tests). */
    ExecutionPositions(ExecutionQueries queries, ExecutionFilter filter, ExecutionSort sort, int spacing) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.sort = Objects.requireNonNull(sort, "sort");
        this.spacing = spacing;
    }

    /**
     * Finds the next few positions (one read of the cache). Returns false once every position of the list is found
     * (nothing is read then).
     */
    public synchronized boolean extend() {
        if (complete) {
            return false;
        }
        for (int i = 0; i < PER_STEP; i++) {
            ExecutionCursor last = found.isEmpty() ? null : found.get(found.size() - 1);
            ExecutionCursor next = queries.cursorAfter(filter, sort, last, spacing);
            if (next == null) {
                complete = true;
                return false;
            }
            found.add(next);
        }
        return true;
    }

    /** Whether every position of the list has been found. */
    public boolean complete() {
        return complete;
    }

    /** How many rows lie before the last position found (the rows a jump reaches without a long walk). */
    public long reach() {
        return (long) found.size() * spacing;
    }

    /**
     * The position just before row {@code index} (null for the top or past the end), as
     * {@link ExecutionQueries#cursorBefore} gives it: from the nearest position found before the row.
     */
    public ExecutionCursor cursorBefore(long index) {
        if (index <= 0) {
            return null;
        }
        List<ExecutionCursor> known = found;
        int nearest = (int) Math.min(known.size(), index / spacing);
        ExecutionCursor from = nearest == 0 ? null : known.get(nearest - 1);
        return queries.cursorAfter(filter, sort, from, index - (long) nearest * spacing);
    }
}
