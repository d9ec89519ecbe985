package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.testserver.Faults;

/**
 * The full sync's streaming path: tables read ahead on a few connections, pages stored and loaded in one pass,
 * configuration files downloaded while rows are still read. Whatever the executor, the result is the same; a
 * failure in a table read ahead, a body cut short, a bad file or a cancel part-way rolls everything back.
 */
class FullSyncStreamTest extends SyncFixture {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());

    private CacheDatabase db;
    private CacheDigest before;

    @BeforeEach
    void cacheHoldsTheFirstSnapshot() throws IOException {
        server.publish(DEMO);
        db = cache("cache");
        sync(db, 500).fullSync(SyncListener.NONE, () -> false);
        server.publish(new DemoChanges(DEMO, Duration.ofDays(1)).state);
        server.reset();
        before = CacheDigest.of(db);
    }

    @Test
    void oneThreadTheCallersThreadOrSeveralLoadTheSameRows() throws IOException {
        CacheDigest pooled = fullSync(cache("pooled"), sync(cache("pooled"), 25));
        ExecutorService single = Executors.newSingleThreadExecutor();
        try {
            CacheDatabase one = cache("one");
            new CatalogSync(one, http(Credentials.none()), single, new SyncOptions(25).withParallelTables(3))
                    .fullSync(SyncListener.NONE, () -> false);
            assertThat(CacheDigest.of(one).provenance()).isEqualTo(pooled.provenance());
        } finally {
            single.shutdownNow();
        }
        CacheDatabase direct = cache("direct");
        new CatalogSync(direct, http(Credentials.none()), Runnable::run, new SyncOptions(25).withParallelTables(1))
                .fullSync(SyncListener.NONE, () -> false);
        assertThat(CacheDigest.of(direct).provenance()).isEqualTo(pooled.provenance());
        // and an incremental sync of the old cache arrives at the same rows as a full sync of the new snapshot
        syncNow(db);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(pooled.provenance());
    }

    @Test
    void aTableReadAheadThatFailsRollsBackAllTheTablesBeforeIt() {
        server.faults().failNext(3, 500, "entity/deriva-ml:Dataset_Execution@");
        failsThenRecovers(CatalogException.ServerError.class);
    }

    @Test
    void aBodyCutShortInATableReadAheadRollsBack() {
        server.faults().damageNextBodies(3, Faults.BodyFault.TRUNCATE,
                "entity/deriva-ml:Execution_Metadata_Execution@");
        failsThenRecovers(CatalogException.Incomplete.class);
    }

    @Test
    void filesThatFailTheirChecksumWhileRowsAreReadAreReportedAndTheRowsStillLand() throws IOException {
        server.faults().corruptFiles(true);
        SyncReport report = sync(db, 25).fullSync(SyncListener.NONE, () -> false);
        assertThat(report.files().failed()).isPositive();
        assertThat(CacheDigest.of(db)).isNotEqualTo(before);
    }

    @Test
    void cancellingPartWayThroughATableRollsBack() {
        AtomicLong rows = new AtomicLong();
        SyncListener counting = new SyncListener() {
            @Override
            public void rowsRead(long n) {
                rows.addAndGet(n);
            }
        };
        assertThatThrownBy(() -> sync(db, 25).fullSync(counting, () -> rows.get() > 200))
                .isInstanceOf(SyncCancelledException.class);
        assertThat(CacheDigest.of(db)).isEqualTo(before);
    }

    private void failsThenRecovers(Class<? extends Throwable> type) {
        ThrowingCallable full = () -> sync(db, 25).fullSync(SyncListener.NONE, () -> false);
        assertThatThrownBy(full).isInstanceOf(type);
        assertThat(CacheDigest.of(db)).as("cache after the failed full sync").isEqualTo(before);
        server.faults().reset();
        try {
            assertThat(sync(db, 25).fullSync(SyncListener.NONE, () -> false).kind()).isEqualTo(SyncReport.Kind.FULL);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(CacheDigest.of(db)).isNotEqualTo(before);
    }

    private static CacheDigest fullSync(CacheDatabase db, CatalogSync sync) throws IOException {
        sync.fullSync(SyncListener.NONE, () -> false);
        return CacheDigest.of(db);
    }
}
