package org.provex.core.reproduce.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.DemoWorld;
import org.provex.testserver.DerivaTestServer;

/** Input snapshots checked live against the test DERIVA server: readable, then trimmed from its history (409). */
class LiveSnapshotReadinessTest {

    @TempDir
    Path home;
    private final DerivaTestServer server = DerivaTestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void snapshotsAreReadableUntilTheHistoryIsTrimmed() throws Exception {
        DemoCatalog demo = DemoCatalogGenerator.generate(DemoOptions.normal());
        Snaptime first = Snaptime.of(org.provex.core.demo.DemoCatalogGenerator.PROJECT_START.minus(Duration.ofDays(1)));
        server.publish(org.provex.core.reproduce.EditedDemo.asOf(demo, first));
        server.publish(demo);
        DemoWorld world = DemoWorld.create(home, System.getenv(), Clock.systemUTC());
        try (CacheDatabase db = world.open()) {
            ExecutionAudit a = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
            ErmrestClient client = new ErmrestClient(DerivaHttp.create(server.location(), Credentials.none()));
            Check readable = snapshotCheck(ReadinessChecker.check(a, null, new LiveSnapshotProbe(client)));
            assertThat(readable.status()).isEqualTo(Check.Status.PASS);
            assertThat(readable.message()).contains("can still be read");

            server.truncateHistoryBefore(Snaptime.parse(demo.snaptime()));
            Check expired = snapshotCheck(ReadinessChecker.check(a, null, new LiveSnapshotProbe(client)));
            assertThat(expired.status()).isEqualTo(Check.Status.FAIL);
            assertThat(expired.message()).contains("Older than the catalog's retained history")
                    .contains(a.detail().inputs().get(0).input().snapshot().value());
            assertThat(expired.consequence()).contains("can no longer be downloaded");

            server.close();
            Check offline = snapshotCheck(ReadinessChecker.check(a, null, new LiveSnapshotProbe(client)));
            assertThat(offline.status()).isEqualTo(Check.Status.UNKNOWN);
            assertThat(offline.message()).contains("not checked");
        }
    }

    private static Check snapshotCheck(Readiness r) {
        return r.checks().stream().filter(c -> c.id().equals("snapshots_readable")).findFirst().orElseThrow();
    }
}
