package org.provex.core.cache.query;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;

/**
 * A cache file loaded once per test class with the 150-run demo catalog, and the bounds for {@link ExecutionQueries}
 * that force each way of reading a page.
 */
abstract class DemoCacheTest {

    /** Always walk the sort key's index. */
    static final int WALK = -1;
    /** Always read from the filter's side. */
    static final int FROM_FILTER = 1_000_000;

    @TempDir
    static Path dir;
    static CacheDatabase db;

    @BeforeAll
    static void loadDemo() throws Exception {
        db = CacheDatabase.open(dir.resolve("cache.db"));
        new CatalogIngestor(db).ingest(DemoCatalogGenerator.generate(new DemoOptions(150)));
    }

    @AfterAll
    static void closeDemo() {
        db.close();
    }
}
