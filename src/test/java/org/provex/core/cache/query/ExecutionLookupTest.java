package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;

class ExecutionLookupTest {

    @Test
    void rowsComeBackInTheOrderAskedAndUnknownRidsAreLeftOut(@TempDir Path dir) throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("cache.db"))) {
            CacheFixture.fill(db);

            var rows = new ExecutionLookup(db).rows(List.of(CacheFixture.E3, Rid.of("9-ZZZY"), CacheFixture.E1,
                    CacheFixture.E3));

            assertThat(rows.keySet()).containsExactly(CacheFixture.E3, CacheFixture.E1);
            assertThat(rows.get(CacheFixture.E1).rid()).isEqualTo(CacheFixture.E1);
            assertThat(rows.get(CacheFixture.E1).status()).isNotNull();
            assertThat(new ExecutionLookup(db).rows(List.of())).isEmpty();
        }
    }
}
