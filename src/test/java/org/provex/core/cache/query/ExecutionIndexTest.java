package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;

class ExecutionIndexTest {

    @Test
    void theIndexOfEveryRunIsItsPositionInTheListForEverySortAndFilter(@TempDir Path dir) throws Exception {
        Workspace workspace = DemoWorkspace.create(dir);
        try (CacheDatabase db = workspace.openCache(Workspace.DEMO)) {
            ExecutionQueries q = new ExecutionQueries(db);
            ExecutionFilter failed = new ExecutionFilter(Set.of("Failed"), Set.of(), null, null, null, null, null);
            ExecutionFilter text = new ExecutionFilter(Set.of(), Set.of(), null, null, "Quick", null, null);
            for (ExecutionFilter f : List.of(ExecutionFilter.ALL, failed, text)) {
                for (ExecutionSort s : List.of(ExecutionSort.NEWEST_FIRST, ExecutionSort.asc(ExecutionColumn.RID),
                        ExecutionSort.desc(ExecutionColumn.STATUS), ExecutionSort.asc(ExecutionColumn.UPLOAD_DURATION),
                        ExecutionSort.asc(ExecutionColumn.WORKFLOW))) {
                    List<ExecutionRow> rows = q.list(f, s, Integer.MAX_VALUE, 0);
                    assertThat(rows).isNotEmpty();
                    for (int i = 0; i < rows.size(); i++) {
                        assertThat(q.indexOf(f, s, rows.get(i).rid())).as("%s in %s by %s", rows.get(i).rid(), f, s)
                                .isEqualTo(i);
                    }
                }
            }
            Rid notFailed = q.list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 50, 0).stream()
                    .filter(r -> !"Failed".equals(r.status())).findFirst().orElseThrow().rid();
            assertThat(q.indexOf(failed, ExecutionSort.NEWEST_FIRST, notFailed)).isEqualTo(-1);
            assertThat(q.indexOf(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, Rid.of("9-ZZZY"))).isEqualTo(-1);
        }
    }
}
