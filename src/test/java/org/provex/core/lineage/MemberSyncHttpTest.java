package org.provex.core.lineage;


import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.Rows;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.CatalogSync;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncOptions;
import org.provex.testserver.DerivaTestServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.lineage.DemoLineage.DEMO;
import static org.provex.core.lineage.DemoLineage.TRAIN;
import static org.provex.core.lineage.DemoLineage.dataset;

/** Member sync over HTTP against the test server, which serves the demo's history at each version's snapshot. */
class MemberSyncHttpTest {

    @TempDir
    Path dir;
    DerivaTestServer server;
    CacheDatabase db;

    @BeforeEach
    void start() throws IOException {
        server = DerivaTestServer.start();
        server.publish(DEMO);
        db = CacheDatabase.open(dir.resolve("live").resolve("cache.db"));
    }

    @AfterEach
    void stop() {
        db.close();
        server.close();
    }

    private MemberSync.Report syncAll() throws IOException {
        DerivaHttp http = new DerivaHttp(server.location(), Credentials.none(), new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(20)).build(), new RetryPolicy(2, Duration.ofMillis(10), d -> { }));
        var pool = Executors.newFixedThreadPool(2);
        try {
            new CatalogSync(db, http, pool, new SyncOptions(200)).sync(SyncListener.NONE, () -> false);
        } finally {
            pool.shutdownNow();
        }
        return new MemberSync(db, DerivaMlModel.discover(DEMO.schemaDocument()),
                new ErmrestMemberSource(new ErmrestClient(http), 50)).sync(s -> { }, () -> false);
    }

    @Test
    void membersReadAtEachSnapshotMatchTheDemo(@TempDir Path other) throws IOException {
        MemberSync.Report report = syncAll();
        assertThat(report.versionsExpired()).isZero();
        assertThat(report.versionsRead()).isPositive();
        assertThat(server.count("@[^/]+/attribute/cifar10:Dataset_Image/Dataset=")).isPositive();
        assertThat(server.unboundedDataRequests()).isZero();

        try (CacheDatabase direct = DemoLineage.cache(other)) {
            String train = dataset(TRAIN);
            for (DatasetMembers m : new DatasetMembers[] {new DatasetMembers(db), new DatasetMembers(direct)}) {
                DatasetMembers.Diff diff = m.diff(m.version(train, "0.2.0"), m.version(train, "0.3.0"));
                assertThat(diff.tables()).extracting(t -> t.association() + " +" + t.added() + " -" + t.removed()
                        + " " + t.membersTo()).contains("cifar10:Dataset_Image +12 -9 163");
            }
            String digest = "SELECT group_concat(member_table || rid || display, '|') FROM "
                    + "(SELECT * FROM member_record ORDER BY member_table, rid)";
            String live = db.read(c -> Rows.first(c, digest, rs -> rs.getString(1))).orElseThrow();
            assertThat(live).isNotEmpty().isEqualTo(direct.read(c -> Rows.first(c, digest, rs -> rs.getString(1)))
                    .orElseThrow());
        }
        server.reset();
        MemberSync.Report again = syncAll();
        assertThat(again.versionsRead()).isZero();
        assertThat(server.count("/attribute/")).as("released versions are read once").isZero();
    }

    @Test
    void aSnapshotTheCatalogNoLongerHoldsIsRecordedAsExpiredWithNothingStored() throws IOException {
        String train = dataset(TRAIN);
        String v020 = DemoLineage.version(train, "0.2.0");
        Snaptime after020 = Snaptime.parse(DEMO.rowsOf("deriva-ml:Dataset_Version").stream()
                .filter(r -> r.path("RID").asString().equals(v020)).findFirst().orElseThrow()
                .path("Snapshot").asString());
        server.truncateHistoryBefore(Snaptime.of(after020.toInstant().plusMillis(1)));

        MemberSync.Report report = syncAll();

        assertThat(report.versionsExpired()).isPositive();
        assertThat(report.warnings()).anyMatch(w -> w.contains(after020.value()));
        DatasetMembers m = new DatasetMembers(db);
        DatasetMembers.Diff diff = m.diff(m.version(train, "0.2.0"), m.version(train, "0.3.0"));
        assertThat(diff.readable()).isFalse();
        assertThat(diff.from().problem()).contains("no longer holds snapshot " + after020.value());
        assertThat(diff.to().readable()).isTrue();
        assertThat(db.read(c -> Rows.first(c, "SELECT count(*) FROM member_count WHERE version_rid = ?",
                rs -> rs.getLong(1), v020)).orElseThrow()).isZero();
    }
}
