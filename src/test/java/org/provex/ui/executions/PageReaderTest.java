package org.provex.ui.executions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.testing.TestContext;

class PageReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyPageReadInOrderOrByJumpingGivesTheSameRowsAsOneList() throws Exception {
        CatalogSession session = TestContext.demo(dir).demoSession();
        ExecutionQueries q = new ExecutionQueries(session.db());
        for (ExecutionColumn column : ExecutionColumn.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                ExecutionSort sort = new ExecutionSort(column, asc);
                for (ExecutionFilter filter : List.of(ExecutionFilter.ALL,
                        ExecutionFilter.ALL.withStatuses("Uploaded"))) {
                    List<ExecutionRow> all = q.list(filter, sort, Integer.MAX_VALUE, 0);
                    int total = all.size();
                    PageReader inOrder = new PageReader(q, filter, sort);
                    inOrder.total(total);
                    for (int offset = 0; offset < total; offset += 7) {
                        int limit = Math.min(7, total - offset);
                        assertThat(inOrder.read(offset, 7)).as("%s from %d in order", sort, offset)
                                .isEqualTo(all.subList(offset, offset + limit));
                        PageReader jumping = new PageReader(q, filter, sort);
                        jumping.total(total);
                        assertThat(jumping.read(offset, 7))
                                .as("%s from %d by a jump", sort, offset)
                                .isEqualTo(all.subList(offset, offset + limit));
                    }
                }
            }
        }
        session.db().close();
    }
}
