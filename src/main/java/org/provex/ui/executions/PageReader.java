package org.provex.ui.executions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;

/**
 * Reads one page of a query. The cache pages with OFFSET, which costs as many steps as rows skipped, so a
 * page in the second half of the list is read from the other end in the opposite order and turned round:
 * the end of 100,000 rows costs what the top does. Only columns without "empty values last" ordering have
 * an exact reverse order, so only they are read that way.
 */
final class PageReader {

    private static final Set<ExecutionColumn> EXACTLY_REVERSIBLE = EnumSet.of(ExecutionColumn.RID,
            ExecutionColumn.CREATED, ExecutionColumn.INPUT_COUNT);

    private PageReader() {
    }

    static List<ExecutionRow> read(ExecutionQueries queries, ExecutionFilter filter, ExecutionSort sort, long total,
                                   int offset, int limit) {
        if (EXACTLY_REVERSIBLE.contains(sort.column()) && offset > total / 2) {
            long fromEnd = Math.max(0, total - offset - limit);
            int count = (int) Math.min(limit, total - offset);
            List<ExecutionRow> page = new ArrayList<>(queries.list(filter,
                    new ExecutionSort(sort.column(), !sort.ascending()), count, (int) fromEnd));
            Collections.reverse(page);
            return page;
        }
        return queries.list(filter, sort, limit, offset);
    }
}
