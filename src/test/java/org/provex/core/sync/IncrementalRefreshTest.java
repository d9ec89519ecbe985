package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.MetaKeys;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.catalog.TableRef;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import tools.jackson.databind.node.ObjectNode;

/**
 * An incremental sync loads again only the executions and assets the changed rows touch; whatever changed, the
 * cache afterwards holds exactly what a full sync of the new snapshot holds (search index included), and a change
 * that ripples across many runs (a workflow's name) rebuilds from the stored rows instead.
 */
class IncrementalRefreshTest extends SyncFixture {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());
    private static final TableRef EXECUTION = new TableRef("deriva-ml", "Execution");
    private static final TableRef NESTING = new TableRef("deriva-ml", "Execution_Execution");
    private static final TableRef INPUTS = new TableRef("deriva-ml", "Dataset_Execution");
    private static final TableRef ASSET = new TableRef("deriva-ml", "Execution_Asset");
    private static final TableRef ASSET_TYPE = new TableRef("deriva-ml", "Execution_Asset_Asset_Type");
    private static final TableRef ASSET_LINK = new TableRef("deriva-ml", "Execution_Asset_Execution");
    private static final TableRef WORKFLOW = new TableRef("deriva-ml", "Workflow");

    private CacheDatabase db;
    private EditedCatalog next;

    @BeforeEach
    void cacheHoldsTheFirstSnapshot() throws IOException {
        server.publish(DEMO);
        db = cache("cache");
        syncNow(db);
        next = EditedCatalog.of(DEMO, Snaptime.parse(DEMO.snaptime()).toInstant().plus(Duration.ofHours(2)));
    }

    @Test
    void executionsInputsNestingAndAssetsChangedTogether() throws IOException {
        List<ObjectNode> runs = next.rowsOf(EXECUTION);
        String deleted = runs.get(3).path("RID").asString();
        next.delete(EXECUTION, deleted);
        String parent = runs.get(5).path("RID").asString();
        String child = runs.get(6).path("RID").asString();
        next.update(EXECUTION, child, Map.of("Description", "a zebra-striped rerun", "Status", "Failed"));
        next.insert(NESTING, Map.of("Execution", parent, "Nested_Execution", child, "Sequence", 9));
        ObjectNode input = next.rowsOf(INPUTS).get(0);
        next.insert(INPUTS, Map.of("Dataset", input.path("Dataset").asString(), "Execution", child));
        ObjectNode asset = next.rowsOf(ASSET).get(0);
        String assetRid = asset.path("RID").asString();
        next.update(ASSET, assetRid, Map.of("Description", "weights, described again"));
        next.insert(ASSET_TYPE, Map.of("Execution_Asset", assetRid, "Asset_Type", "Runtime_Env"));
        next.insert(ASSET_LINK, Map.of("Execution_Asset", assetRid, "Execution", parent, "Asset_Role", "Input"));
        SyncReport report = syncAndCompare();
        assertThat(report.deleted()).isGreaterThanOrEqualTo(1);
        ExecutionQueries q = new ExecutionQueries(db);
        assertThat(q.list(ExecutionFilter.ALL.withText("zebra"), ExecutionSort.NEWEST_FIRST, 10, 0))
                .extracting(r -> r.rid().value()).containsExactly(child);
    }

    @Test
    void executionRowsChangedAloneAreRewrittenInPlace() throws IOException {
        String otherWorkflow = next.rowsOf(WORKFLOW).get(1).path("RID").asString();
        List<String> changed = new java.util.ArrayList<>();
        for (ObjectNode run : next.rowsOf(EXECUTION)) {   // runs with inputs (and so with configuration files)
            String rid = run.path("RID").asString();
            if (next.rowsOf(INPUTS).stream().anyMatch(i -> i.path("Execution").asString().equals(rid))
                    && changed.size() < 3) {
                changed.add(rid);
            }
        }
        String nested = next.rowsOf(NESTING).get(0).path("Nested_Execution").asString();
        changed.add(nested);
        Map<String, Long> rowids = new java.util.HashMap<>();
        changed.forEach(rid -> rowids.put(rid, rowid(rid)));
        next.update(EXECUTION, changed.get(0), Map.of("Status", "Failed", "Status_Detail", "a xylophone fell over"));
        next.update(EXECUTION, changed.get(1), Map.of("Description", "a quokka rerun", "Workflow", otherWorkflow));
        next.update(EXECUTION, changed.get(2), Map.of("Execution_Duration", "3:02:01", "Description", "ze"));
        next.update(EXECUTION, nested, Map.of("Status", "Aborted", "Description", "a zebra, nested"));

        SyncReport report = syncAndCompare();

        assertThat(report.updated()).isEqualTo(4);
        changed.forEach(rid -> assertThat(rowid(rid)).as(rid + " kept its row").isEqualTo(rowids.get(rid)));
        ExecutionQueries q = new ExecutionQueries(db);
        assertThat(q.list(ExecutionFilter.ALL.withText("xylophone"), ExecutionSort.NEWEST_FIRST, 10, 0))
                .extracting(r -> r.rid().value()).containsExactly(changed.get(0));
    }

    @Test
    void anIncrementalSyncRunsOnTheCallersOwnThreadToo() throws IOException {
        String run = next.rowsOf(EXECUTION).get(4).path("RID").asString();
        next.update(EXECUTION, run, Map.of("Status", "Failed"));
        next.insert(INPUTS, Map.of("Dataset", next.rowsOf(INPUTS).get(0).path("Dataset").asString(),
                "Execution", run));
        server.publish(next);

        // the table probes and the model read are tasks of the executor; none may wait inside a task for another
        SyncReport report = new CatalogSync(db, http(org.provex.core.catalog.http.Credentials.none()), Runnable::run,
                new SyncOptions(500)).sync(SyncListener.NONE, () -> false);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        CacheDatabase fresh = cache("fresh");
        syncNow(fresh);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(CacheDigest.of(fresh).provenance());
    }

    private long rowid(String rid) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT rowid FROM execution WHERE rid = ?")) {
                ps.setString(1, rid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    @Test
    void aWorkflowRenamedRebuildsEveryRunOfItFromTheStoredRows() throws IOException {
        String workflow = next.rowsOf(WORKFLOW).get(0).path("RID").asString();
        next.update(WORKFLOW, workflow, Map.of("Name", "Renamed quokka model"));
        syncAndCompare();
        assertThat(new ExecutionQueries(db).count(ExecutionFilter.ALL.withText("quokka"))).isPositive();
    }

    @Test
    void linkRowsStoredWithoutReferencesAreIndexedByTheNextSync() throws IOException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             java.sql.Statement s = c.createStatement()) {   // as an older Provex stored them
            s.executeUpdate("UPDATE source_row SET ref1 = NULL, ref2 = NULL");
            s.executeUpdate("DELETE FROM catalog_meta WHERE key = '" + MetaKeys.SOURCE_REFS + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String child = next.rowsOf(EXECUTION).get(6).path("RID").asString();
        next.update(EXECUTION, child, Map.of("Status", "Failed"));
        next.insert(INPUTS, Map.of("Dataset", next.rowsOf(INPUTS).get(0).path("Dataset").asString(),
                "Execution", child));
        syncAndCompare();   // the refresh found the changed run's links by the references filled in
        CacheDatabase full = cache("full");
        syncNow(full);
        assertThat(CacheDigest.of(db).digests().get("source_row"))
                .isEqualTo(CacheDigest.of(full).digests().get("source_row"));
        long indexed = db.read(c -> count(c, "SELECT count(*) FROM source_row WHERE ref1 IS NOT NULL"));
        assertThat(indexed).isPositive();
    }

    @Test
    void runsWhoseConfigurationArrivesDuringARefreshGetTheirInputsPinned() throws IOException {
        CacheDatabase locked = cache("locked");
        server.hatracAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        syncNow(locked);
        assertThat(meta(locked, MetaKeys.MISSING_CONFIGURATIONS)).isNotEqualTo("0");
        server.hatracAccess(DerivaTestServer.Access.PUBLIC);   // as after logging in
        String run = next.rowsOf(EXECUTION).get(2).path("RID").asString();
        next.update(EXECUTION, run, Map.of("Status_Detail", "looked at again"));
        server.publish(next);

        assertThat(syncNow(locked).kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);

        CacheDatabase fresh = cache("fresh");
        syncNow(fresh);
        assertThat(CacheDigest.of(locked).provenance()).isEqualTo(CacheDigest.of(fresh).provenance());
        assertThat(meta(locked, MetaKeys.MISSING_CONFIGURATIONS)).isEqualTo("0");
    }

    private static String meta(CacheDatabase cache, String key) {
        return cache.read(c -> {
            try (var ps = c.prepareStatement("SELECT value FROM catalog_meta WHERE key = ?")) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Syncs the cache incrementally and a fresh one fully; both must hold the same rows and find the same text. */
    private SyncReport syncAndCompare() throws IOException {
        server.publish(next);
        SyncReport report = syncNow(db);
        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        CacheDatabase fresh = cache("fresh");
        syncNow(fresh);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(CacheDigest.of(fresh).provenance());
        for (String word : List.of("zebra", "quokka", "CIFAR", "epoch", "weights", "ze", "z", "qu", "ep")) {
            ExecutionFilter f = ExecutionFilter.ALL.withText(word);
            assertThat(new ExecutionQueries(db).count(f)).as(word).isEqualTo(new ExecutionQueries(fresh).count(f));
        }
        return report;
    }
}
