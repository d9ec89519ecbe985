package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import org.provex.testserver.Faults;
import org.provex.testserver.RecordedRequest;

/**
 * Every fault the test server can inject, during an incremental sync of a cache that already holds the previous
 * snapshot: a sync that fails leaves the cache exactly as it was (same rows in every table, metadata included), and
 * the next sync after the fault clears completes. A metadata file that fails on every attempt does not fail the
 * sync: the rows commit, the file is reported by name and stored by the next sync.
 */
class SyncFaultsTest extends SyncFixture {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());
    private static final String EXECUTION_CHANGES = "entity/deriva-ml:Execution/RMT";

    private CacheDatabase db;
    private DemoChanges changes;
    private CacheDigest before;

    @BeforeEach
    void cacheHoldsTheFirstSnapshot() throws IOException {
        server.publish(DEMO);
        db = cache("cache");
        syncNow(db);
        changes = new DemoChanges(DEMO, Duration.ofDays(1));
        server.publish(changes.state);
        server.reset();
        sleeps.clear();
        before = CacheDigest.of(db);
    }

    @Test
    void aBurstOf5xxIsRetriedAndTheSyncCompletes() throws IOException {
        server.faults().failNext(2, 503, EXECUTION_CHANGES);
        SyncReport report = syncNow(db);
        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        assertThat(report.table("deriva-ml:Execution").inserted()).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void fiveHundredsBeyondTheRetriesLeaveTheCacheAsItWas() {
        server.faults().failNext(3, 500, EXECUTION_CHANGES);
        failsThenRecovers(CatalogException.ServerError.class, () -> syncNow(db));
    }

    @Test
    void aConnectionDroppedMidBodyLeavesTheCacheAsItWas() {
        server.faults().damageNextBodies(3, Faults.BodyFault.DROP, EXECUTION_CHANGES);
        failsThenRecovers(CatalogException.Incomplete.class, () -> syncNow(db));
    }

    @Test
    void aTruncatedBodyLeavesTheCacheAsItWas() {
        // the one-request probe (row count and latest change) of a table read concurrently with the others
        server.faults().damageNextBodies(3, Faults.BodyFault.TRUNCATE, "aggregate/deriva-ml:Dataset_Execution/");
        failsThenRecovers(CatalogException.Incomplete.class, () -> syncNow(db));
    }

    @Test
    void aFileTruncatedOnEveryAttemptIsReportedByNameAndTheRowsStillComplete() throws IOException {
        server.faults().damageNextBodies(3, Faults.BodyFault.TRUNCATE, "/hatrac/");
        fileFailsThenRecovers(CatalogException.Incomplete.class);
        assertThat(sleeps).as("the client retried the broken body").containsExactly(Duration.ofMillis(200),
                Duration.ofMillis(400));
    }

    @Test
    void aFileWithTheWrongMd5IsRetriedThenReportedAndNeverStored() throws IOException {
        server.faults().corruptFiles(true);
        fileFailsThenRecovers(CatalogException.ChecksumMismatch.class);
    }

    @Test
    void aWrongContentMd5HeaderIsRetriedThenReported() throws IOException {
        server.faults().wrongMd5Header(true);
        fileFailsThenRecovers(CatalogException.ChecksumMismatch.class);
    }

    @Test
    void aFileCorruptOnlyOnceIsFetchedAgainWithinTheSameSync() throws IOException {
        server.faults().corruptFiles(true);
        CatalogSync sync = new CatalogSync(db, new DerivaHttp(server.location(), Credentials.none(), BASE,
                new RetryPolicy(3, Duration.ofMillis(200), d -> server.faults().corruptFiles(false))), pool,
                new SyncOptions(500));
        SyncReport report = sync.sync(SyncListener.NONE, () -> false);
        assertThat(report.files().failed()).isZero();
        assertThat(report.filesFetched()).isEqualTo(1);
        assertThat(report.warnings()).noneMatch(w -> w.contains("could not be fetched"));
        assertThat(db.blobs().has(DerivaTestServer.md5Hex(changes.configBytes))).isTrue();
    }

    /**
     * The one new file fails on every attempt: the sync still commits the rows, names the file and its cause, stores
     * nothing for it, and leaves the new run's inputs unknown; the next sync of the unchanged catalog fetches it (no
     * catalog request but the snapshot check) and the cache ends exactly as a clean sync would leave it.
     */
    private void fileFailsThenRecovers(Class<? extends CatalogException> cause) throws IOException {
        String md5 = DerivaTestServer.md5Hex(changes.configBytes);
        SyncReport report = syncNow(db);
        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        assertThat(report.snaptime()).isEqualTo(changes.state.at());
        assertThat(report.table("deriva-ml:Execution")).isEqualTo(new SyncReport.TableChanges(2, 1, 1, 0));
        assertThat(report.files().failed()).isEqualTo(1);
        MetadataFiles.Failure failure = report.files().failures().get(0);
        assertThat(failure.file().filename()).isEqualTo("configuration.json");
        assertThat(failure.file().md5()).isEqualTo(md5);
        assertThat(failure.error()).isInstanceOf(cause);
        assertThat(report.warnings()).anyMatch(w -> w.contains("configuration.json") && w.contains("later sync"));
        assertThat(db.blobs().has(md5)).isFalse();
        assertThat(server.count(java.util.regex.Pattern.quote(changes.configUrl))).as("three attempts")
                .isEqualTo(3);

        server.faults().reset();
        server.reset();
        SyncReport next = syncNow(db);
        assertThat(next.kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(next.filesFetched()).isEqualTo(1);
        assertThat(next.files().failed()).isZero();
        assertThat(server.count("^/ermrest/")).isEqualTo(1);
        assertThat(db.blobs().has(md5)).isTrue();
        CacheDatabase clean = cache("clean");
        syncNow(clean);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(CacheDigest.of(clean).provenance());
    }

    @Test
    void aSnapshotTrimmedFromTheHistoryWhileSyncingIsATypedErrorAndTheNextSyncReadsTheNewOne() throws IOException {
        EditedCatalog third = EditedCatalog.of(changes.state, changes.state.at().toInstant().plusSeconds(60));
        third.update(DemoChanges.EXECUTION, changes.newExecution, Map.of("Status", "Uploaded"));
        SyncListener trimDuringSync = new SyncListener() {
            @Override
            public void tableStarted(String table, int index, int total) {
                if (index == 1) {
                    try {
                        server.publish(third);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    server.truncateHistoryBefore(third.at());
                }
            }
        };
        // Every table is read at once when the sync starts; the changed executions are answered half a second
        // later, so they are read after the trim whatever the speed of the machine (a trim at a later table could
        // come after every read had been answered, and the sync then rightly succeeded).
        server.faults().latency(Duration.ofMillis(500), EXECUTION_CHANGES);
        assertThatThrownBy(() -> sync(db, 500).sync(trimDuringSync, () -> false))
                .isInstanceOf(HistoryTrimmedException.class)
                .hasMessageContaining(changes.state.at().value()).hasMessageContaining("sync again")
                .satisfies(e -> assertThat(((CatalogException) e).status()).isEqualTo(409));
        assertThat(CacheDigest.of(db)).isEqualTo(before);

        server.faults().reset();
        SyncReport next = syncNow(db);
        assertThat(next.snaptime()).isEqualTo(third.at());
        assertThat(next.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
    }

    @Test
    void aQueryTimeoutShrinksThePagesAndTheSyncCompletes() throws IOException {
        server.faults().queryTimeoutAbove(40);
        CacheDatabase fresh = cache("fresh");
        SyncReport report = sync(fresh, 500).sync(SyncListener.NONE, () -> false);
        assertThat(report.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(server.requests()).map(RecordedRequest::target).anyMatch(t -> t.endsWith("?limit=31"));
        server.reset();
        CacheDatabase plain = cache("plain");
        syncNow(plain);
        assertThat(CacheDigest.of(fresh).provenance()).isEqualTo(CacheDigest.of(plain).provenance());
    }

    @Test
    void aCatalogThatNeedsALoginSaysSo() {
        server.catalogAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        assertThatThrownBy(() -> syncNow(db)).isInstanceOf(CatalogException.NotAuthenticated.class)
                .hasMessageContaining("requires a login").hasMessageContaining("Log in");
        assertThat(CacheDigest.of(db)).isEqualTo(before);
    }

    @Test
    void aLoginWithoutAccessSaysSo() {
        server.catalogAccess(DerivaTestServer.Access.FORBIDDEN);
        server.acceptBearer("token-1");
        CatalogSync withLogin = new CatalogSync(db, http(Credentials.of("127.0.0.1",
                new Credential(Credential.Kind.BEARER, "token-1"))), pool, SyncOptions.defaults());
        assertThatThrownBy(() -> withLogin.sync(SyncListener.NONE, () -> false))
                .isInstanceOf(CatalogException.Forbidden.class).hasMessageContaining("no access")
                .hasMessageNotContaining("token-1");
        assertThat(CacheDigest.of(db)).isEqualTo(before);
    }

    @Test
    void anUnreachableServerIsOffline() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DerivaHttp nowhere = new DerivaHttp(new CatalogLocation("http", "127.0.0.1", port, "1"), Credentials.none(),
                BASE, RetryPolicy.none());
        assertThatThrownBy(() -> new CatalogSync(db, nowhere, pool, SyncOptions.defaults())
                .sync(SyncListener.NONE, () -> false)).isInstanceOf(CatalogException.Offline.class)
                .hasMessageContaining("cache");
        assertThat(CacheDigest.of(db)).isEqualTo(before);
    }

    @Test
    void cancellingBetweenPagesRollsBack() {
        AtomicLong rows = new AtomicLong();
        SyncListener counting = new SyncListener() {
            @Override
            public void tableFinished(String table, long read) {
                rows.addAndGet(read + 1);
            }
        };
        failsThenRecovers(SyncCancelledException.class,
                () -> sync(db, 500).sync(counting, () -> rows.get() > 3));
    }

    @Test
    void anExceptionAtTheLastStepRollsBack() {
        SyncListener failing = new SyncListener() {
            @Override
            public void step(String description) {
                if (description.startsWith("Updating")) {
                    throw new IllegalStateException("simulated crash while writing");
                }
            }
        };
        failsThenRecovers(IllegalStateException.class, () -> sync(db, 500).sync(failing, () -> false));
    }

    @Test
    void aFailedFirstSyncLeavesAnEmptyCache() throws IOException {
        CacheDatabase first = cache("first");
        CacheDigest empty = CacheDigest.of(first);
        server.faults().damageNextBodies(3, Faults.BodyFault.DROP, "entity/deriva-ml:Dataset_Execution@");
        assertThatThrownBy(() -> syncNow(first)).isInstanceOf(CatalogException.Incomplete.class);
        assertThat(CacheDigest.of(first)).isEqualTo(empty);
        server.faults().reset();
        assertThat(syncNow(first).kind()).isEqualTo(SyncReport.Kind.FULL);
    }

    private void failsThenRecovers(Class<? extends Throwable> type, ThrowingCallable failingSync) {
        assertThatThrownBy(failingSync).isInstanceOf(type);
        assertThat(CacheDigest.of(db)).as("cache after the failed sync").isEqualTo(before);
        server.faults().reset();
        try {
            SyncReport next = syncNow(db);
            assertThat(next.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
            assertThat(next.snaptime()).isEqualTo(changes.state.at());
            assertThat(next.table("deriva-ml:Execution")).isEqualTo(new SyncReport.TableChanges(2, 1, 1, 0));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
