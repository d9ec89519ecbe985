package org.provex.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import org.provex.testserver.EditedCatalog;
import org.provex.testserver.RecordedRequest;
import tools.jackson.databind.node.ObjectNode;

/** Full and incremental sync of the demo catalog served over HTTP by the test server. */
class CatalogSyncTest extends SyncFixture {

    private static final DemoCatalog DEMO = DemoCatalogGenerator.generate(DemoOptions.normal());

    @Test
    void fullSyncEqualsTheDemoIngestedDirectly() throws IOException {
        server.publish(DEMO);
        CacheDatabase synced = cache("synced");
        SyncReport report = sync(synced, 100).sync(SyncListener.NONE, () -> false);

        CacheDatabase direct = cache("direct");
        new CatalogIngestor(direct).ingest(DEMO);
        assertThat(report.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(report.snaptime()).isEqualTo(Snaptime.parse(DEMO.snaptime()));
        assertThat(CacheDigest.of(synced).provenance()).isEqualTo(CacheDigest.of(direct).provenance());
        assertThat(report.executions()).isEqualTo(DEMO.rowCount("deriva-ml:Execution"));
        assertThat(report.table("deriva-ml:Execution_Metadata_Execution").read())
                .isEqualTo(DEMO.rowCount("deriva-ml:Execution_Metadata_Execution"));
        assertThat(report.filesFetched()).as("configuration.json files only").isPositive()
                .isLessThan(DEMO.files().size());
        assertThat(new LookupQueries(synced).meta().snaptime()).isEqualTo(report.snaptime());
        assertThat(server.unboundedDataRequests()).isZero();
    }

    @Test
    void anUnchangedCatalogTakesExactlyOneRequest() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("c");
        syncNow(db);
        CacheDigest before = CacheDigest.of(db);
        server.reset();

        SyncReport again = syncNow(db);

        assertThat(again.kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).target()).isEqualTo("/ermrest/catalog/1");
        assertThat(again.requests()).isEqualTo(1);
        assertThat(CacheDigest.of(db)).isEqualTo(before);
    }

    @Test
    void anIncrementalSyncAppliesExactlyTheChanges() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("incremental");
        syncNow(db);
        DemoChanges changes = new DemoChanges(DEMO, Duration.ofDays(1));
        server.publish(changes.state);
        server.reset();

        SyncReport report = syncNow(db);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        assertThat(report.previous()).isEqualTo(Snaptime.parse(DEMO.snaptime()));
        assertThat(report.snaptime()).isEqualTo(changes.state.at());
        assertThat(report.table("deriva-ml:Execution")).isEqualTo(new SyncReport.TableChanges(2, 1, 1, 0));
        assertThat(report.table("deriva-ml:Execution_Metadata").inserted()).isEqualTo(1);
        assertThat(report.table("deriva-ml:Execution_Metadata_Execution").inserted()).isEqualTo(1);
        assertThat(report.table("deriva-ml:Dataset_Execution")).isEqualTo(new SyncReport.TableChanges(0, 0, 0, 1));
        assertThat(report.inserted() + report.updated() + report.deleted()).isEqualTo(5);
        assertThat(report.filesFetched()).isEqualTo(1);
        // the RID set is read only where the row count says rows went away
        assertThat(server.requests()).map(RecordedRequest::target).filteredOn(t -> t.contains("/attribute/"))
                .isNotEmpty().allMatch(t -> t.contains("Dataset_Execution"));

        CacheDatabase fresh = cache("fresh");
        syncNow(fresh);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(CacheDigest.of(fresh).provenance());
        assertThat(CacheDigest.of(db).digests().get("source_row"))
                .isEqualTo(CacheDigest.of(fresh).digests().get("source_row"));
        String status = db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT status FROM execution WHERE rid = '"
                    + changes.changedExecution + "'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        assertThat(status).isEqualTo("Uploaded");
        assertThat(new LookupQueries(db).resolve(org.provex.core.model.Rid.of(changes.newExecution))).isPresent();
    }

    @Test
    void aChangeOutsideTheMirroredTablesOnlyMovesTheSnapshot() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("elsewhere");
        syncNow(db);
        CacheDigest before = CacheDigest.of(db);
        EditedCatalog elsewhere = EditedCatalog.of(DEMO, Snaptime.parse(DEMO.snaptime()).toInstant()
                .plus(Duration.ofMinutes(5)));
        org.provex.core.catalog.TableRef clients = new org.provex.core.catalog.TableRef("public", "ERMrest_Client");
        String client = elsewhere.rowsOf(clients).get(0).path("RID").asString();
        elsewhere.update(clients, client, java.util.Map.of("Full_Name", "Renamed User"));
        server.publish(elsewhere);

        SyncReport report = syncNow(db);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        assertThat(report.inserted() + report.updated() + report.deleted()).isZero();
        assertThat(report.snaptime()).isEqualTo(elsewhere.at());
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(before.provenance());
        assertThat(CacheDigest.of(db).digests().get("source_row")).isEqualTo(before.digests().get("source_row"));
        assertThat(new LookupQueries(db).meta().snaptime()).isEqualTo(elsewhere.at());
        server.reset();
        assertThat(syncNow(db).kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void everyReadIsPinnedToTheSnapshotTheSyncStartedAt() throws IOException {
        server.publish(DEMO);
        DemoChanges changes = new DemoChanges(DEMO, Duration.ofDays(1));
        CacheDatabase db = cache("pinned");
        AtomicBoolean published = new AtomicBoolean();
        SyncReport first = sync(db, 100).sync(new SyncListener() {
            @Override
            public void tableStarted(String table, int index, int total) {
                if (index == 3 && published.compareAndSet(false, true)) {
                    publish(changes.state);
                }
            }
        }, () -> false);

        String pin = "@" + Snaptime.parse(DEMO.snaptime()).value();
        assertThat(published).isTrue();
        assertThat(first.snaptime()).isEqualTo(Snaptime.parse(DEMO.snaptime()));
        assertThat(first.executions()).isEqualTo(DEMO.rowCount("deriva-ml:Execution"));
        assertThat(server.requests()).map(RecordedRequest::target)
                .filteredOn(t -> t.startsWith("/ermrest/catalog/1/") || t.startsWith("/ermrest/catalog/1@"))
                .isNotEmpty().allMatch(t -> t.startsWith("/ermrest/catalog/1" + pin + "/"));

        SyncReport second = syncNow(db);
        assertThat(second.kind()).isEqualTo(SyncReport.Kind.INCREMENTAL);
        assertThat(second.executions()).isEqualTo(first.executions() + 1);
    }

    @Test
    void aModelChangeThatMattersFallsBackToAFullSync() throws IOException {
        server.publish(DEMO);
        CacheDatabase db = cache("model");
        syncNow(db);
        EditedCatalog changed = EditedCatalog.of(DEMO, Snaptime.parse(DEMO.snaptime()).toInstant()
                .plus(Duration.ofHours(1)));
        changed.withSchema(schema -> {
            ObjectNode execution = (ObjectNode) schema.path("schemas").path("deriva-ml").path("tables")
                    .path("Execution");
            ((tools.jackson.databind.node.ArrayNode) execution.path("column_definitions")).addObject()
                    .put("name", "Notes").putObject("type").put("typename", "text");
        });
        server.publish(changed);

        SyncReport report = syncNow(db);

        assertThat(report.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(report.reason()).contains("model changed");
        assertThat(syncNow(db).kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
    }

    @Test
    void configurationFilesThatNeededALoginAreFetchedByTheNextSync() throws IOException {
        server.publish(DEMO);
        server.hatracAccess(org.provex.testserver.DerivaTestServer.Access.LOGIN_REQUIRED);
        CacheDatabase db = cache("hatrac");
        SyncReport first = syncNow(db);
        assertThat(first.kind()).isEqualTo(SyncReport.Kind.FULL);
        assertThat(first.filesFetched()).isZero();
        assertThat(first.warnings()).anyMatch(w -> w.contains("configuration.json") && w.contains("requires a login"));
        CacheDatabase clean = cache("clean");
        server.reset();   // Hatrac readable again, as after logging in
        syncNow(clean);
        assertThat(CacheDigest.of(db).provenance()).isNotEqualTo(CacheDigest.of(clean).provenance());
        server.reset();

        SyncReport second = syncNow(db);

        assertThat(second.kind()).isEqualTo(SyncReport.Kind.UNCHANGED);
        assertThat(second.filesFetched()).isPositive();
        assertThat(server.count("^/ermrest/")).isEqualTo(1);
        assertThat(CacheDigest.of(db).provenance()).isEqualTo(CacheDigest.of(clean).provenance());
        server.reset();
        assertThat(syncNow(db).requests()).isEqualTo(1);
    }

    @Test
    void progressReportsTablesRowsAndFiles() throws IOException {
        server.publish(DEMO);
        List<String> tables = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[] rows = {0};
        long[] files = {0};
        sync(cache("progress"), 100).sync(new SyncListener() {
            @Override
            public void tableFinished(String table, long rowsRead) {
                tables.add(table);
            }

            @Override
            public synchronized void rowsRead(long n) {
                rows[0] += n;
            }

            @Override
            public synchronized void fileFetched(String filename, long bytes) {
                files[0]++;
            }
        }, () -> false);
        assertThat(tables).contains("deriva-ml:Execution", "deriva-ml:Dataset_Execution");
        assertThat(rows[0]).isEqualTo(tables.stream().mapToLong(t -> DEMO.rowCount(t)).sum());
        assertThat(files[0]).isPositive();
    }

    private void publish(EditedCatalog state) {
        try {
            server.publish(state);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
