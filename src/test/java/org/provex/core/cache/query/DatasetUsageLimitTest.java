package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.DatasetVersion;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;

class DatasetUsageLimitTest {

    @Test
    void consumersCanBeLimitedToTheNewestAndCountedApart(@TempDir Path dir) throws Exception {
        try (CacheDatabase db = DemoWorkspace.create(dir).openCache(Workspace.DEMO)) {
            DatasetQueries queries = new DatasetQueries(db);
            DatasetVersion busiest = null;
            int most = 0;
            for (DatasetSummary d : queries.datasets()) {
                for (DatasetVersion v : d.history()) {
                    int n = queries.usage(v.rid()).orElseThrow().consumers().size();
                    if (n > most) {
                        most = n;
                        busiest = v;
                    }
                }
            }
            assertThat(most).isGreaterThan(3);
            DatasetVersionUsage all = queries.usage(busiest.rid()).orElseThrow();
            DatasetVersionUsage newest = queries.usage(busiest.rid(), 3).orElseThrow();

            assertThat(newest.consumers()).containsExactlyElementsOf(all.consumers().subList(0, 3));
            assertThat(newest.producer()).isEqualTo(all.producer());
            assertThat(new ExecutionQueries(db).count(ExecutionFilter.ALL.withInput(busiest.dataset(), busiest.rid())))
                    .isEqualTo(most);
        }
    }
}
