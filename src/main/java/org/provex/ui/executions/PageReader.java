package org.provex.ui.executions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionCursor;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionPositions;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSlice;
import org.provex.core.cache.query.ExecutionSort;

/**
 * Reads the pages of one query with keyset paging: a page that follows one already read starts from that page's
 * cursor, so scrolling costs the same at row 90,000 as at the top. A page reached by a jump (the scroll bar) starts
 * from the nearest of the positions found along the list every thousand rows ({@link ExecutionPositions}, found in
 * the background after the count) and skips the rest from the sort keys alone, never reading the rows it skips;
 * in a list whose order reverses exactly, a row nearer the end than the last position found is reached from the
 * end. The cursors of the most recently read page starts are kept (a bounded number, so that
 * scrolling end to end keeps memory flat).
 */
final class PageReader {

    /** Page starts whose cursors are kept: the pages around those on screen and a few screens back. */
    static final int STARTS_KEPT = 64;
    private static final Set<ExecutionColumn> EXACTLY_REVERSIBLE = EnumSet.of(ExecutionColumn.RID,
            ExecutionColumn.CREATED, ExecutionColumn.INPUT_COUNT);

    private final ExecutionQueries queries;
    private final ExecutionFilter filter;
    private final ExecutionSort sort;
    /** The rows of the query, once counted (-1 before). */
    private volatile long total = -1;
    private final ExecutionPositions positions;
    private final Map<Integer, ExecutionCursor> starts = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, ExecutionCursor> eldest) {
                    return size() > STARTS_KEPT;
                }
            });

    PageReader(ExecutionQueries queries, ExecutionFilter filter, ExecutionSort sort) {
        this.queries = queries;
        this.filter = filter;
        this.sort = sort;
        this.positions = new ExecutionPositions(queries, filter, sort);
    }

    /** The positions along the list that jumps start from (found by the caller, in the background). */
    ExecutionPositions positions() {
        return positions;
    }

    /** The number of rows of the query, once counted: a jump into the second half may then start from the end. */
    void total(long rows) {
        total = rows;
    }

    /** The first page (read when a filter or sort changes, before the count); remembers where the next one starts. */
    List<ExecutionRow> first(int limit) {
        return read(0, limit);
    }

    List<ExecutionRow> read(int offset, int limit) {
        ExecutionCursor after = offset == 0 ? null : starts.get(offset);
        if (after == null && offset > 0 && total > 0 && EXACTLY_REVERSIBLE.contains(sort.column())
                && total - offset < offset - positions.reach()) {
            return fromTheEnd(offset, limit);
        }
        if (after == null && offset > 0) {
            after = positions.cursorBefore(offset);
        }
        ExecutionSlice slice = queries.slice(filter, sort, after, limit);
        if (slice.next() != null) {
            starts.put(offset + slice.rows().size(), slice.next());
        }
        return slice.rows();
    }

    private List<ExecutionRow> fromTheEnd(int offset, int limit) {
        int count = (int) Math.max(0, Math.min(limit, total - offset));
        ExecutionSort reversed = new ExecutionSort(sort.column(), !sort.ascending());
        ExecutionCursor after = queries.cursorBefore(filter, reversed, total - offset - count);
        List<ExecutionRow> page = new ArrayList<>(queries.slice(filter, reversed, after, count).rows());
        Collections.reverse(page);
        return page;
    }
}
