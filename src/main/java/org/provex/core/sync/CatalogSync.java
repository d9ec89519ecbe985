package org.provex.core.sync;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.CacheWriter;
import org.provex.core.cache.MetaKeys;
import org.provex.core.cache.SourceRows;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.ingest.FilePolicy;
import org.provex.core.cache.ingest.IngestListener;
import org.provex.core.cache.ingest.IngestReport;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestCatalogSource;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.HatracClient;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.SyncReport.TableChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Brings one catalog's cache up to date with the live catalog, reading only.
 *
 * <p>{@link #sync} asks the catalog's snaptime first: unchanged means done, in one request. Otherwise it pins the
 * new snaptime, checks that the model still has the same provenance tables and columns, and per table fetches the
 * rows whose RMT moved since the cached snapshot and detects deletions (a server-side row count, and the RID set only
 * when the count says rows went away). {@link #fullSync} reads every provenance table at one snapshot. Both keep
 * the rows as sent ({@code source_row}) and rebuild the provenance tables from them, so an incremental sync leaves
 * exactly what a full sync of the same snapshot would.
 *
 * <p>The cache changes in one transaction (a full sync reads inside it; an incremental one reads every table first,
 * then writes): a failure, an exception from a listener or a cancel at any point rolls it back or never starts it,
 * and the cache stays exactly as it was; the next sync starts again from the cached snapshot. When nothing the cache
 * mirrors changed, only the snapshot it reflects moves. Runs on the caller's thread.
 *
 * <p>The sync also brings the catalog's metadata files home ({@link SyncFiles}): configuration.json first (the load
 * reads them), then, unless {@link SyncOptions#files()} is off, every other metadata file, downloaded on the given
 * executor while rows are read and the cache is rebuilt, and waited for before the commit. A file that cannot be
 * fetched is reported in {@link SyncReport#files()} and does not fail the rows; verified bodies stay in the blob
 * store even when the sync fails, so the next one downloads only what is still missing. An unchanged catalog whose
 * files are not all home yet gets them without another catalog request.
 */
public final class CatalogSync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSync.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@link MetaKeys#MISSING_FILES} when the last sync did not try every metadata file (files off, or older). */
    private static final String NOT_ATTEMPTED = "not attempted";

    private final CacheDatabase db;
    private final DerivaHttp http;
    private final ErmrestClient client;
    private final HatracClient hatrac;
    private final Executor fileExecutor;
    private final SyncOptions options;

    public CatalogSync(CacheDatabase db, DerivaHttp http, Executor fileExecutor, SyncOptions options) {
        this.db = Objects.requireNonNull(db, "db");
        this.http = Objects.requireNonNull(http, "http");
        this.client = new ErmrestClient(http);
        this.hatrac = new HatracClient(http);
        this.fileExecutor = Objects.requireNonNull(fileExecutor, "fileExecutor");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** What the cache says about its last sync, or empty when it was never synced from this catalog. */
    private record State(Snaptime snaptime, String fingerprint, int missingConfigurations, String missingFiles) {

        /** Whether the stored rows list files this sync should try to fetch although the catalog did not change. */
        boolean filesToRetry(SyncOptions options) {
            return missingConfigurations > 0 || options.files() && !"0".equals(missingFiles);
        }
    }

    /**
     * Incremental sync, falling back to a full one when the cache was never synced from this catalog, the model
     * changed in a way that matters, or the catalog went back in time.
     *
     * @param cancelled checked between rows and files; when it turns true the sync fails with
     *     {@link SyncCancelledException} and nothing is kept
     * @throws CatalogException for network and server failures (typed, with a message saying what to do)
     */
    public SyncReport sync(SyncListener listener, BooleanSupplier cancelled) throws IOException {
        SyncRun run = new SyncRun(describe(), http, listener, cancelled);
        listener.step("Checking " + describe());
        Optional<State> state = state();
        Snaptime now = client.catalogSnaptime();
        if (state.isEmpty()) {
            return full(run, now, null, "first sync of this catalog", null);
        }
        Snaptime before = state.get().snaptime();
        if (now.equals(before)) {
            LOG.info("{} unchanged at snapshot {}", describe(), now);
            if (state.get().filesToRetry(options)) {
                return retryMissingFiles(run, state.get());
            }
            return run.report(SyncReport.Kind.UNCHANGED, "", before, now, executions(), List.of());
        }
        if (now.compareTo(before) < 0) {
            return full(run, now, null, "the catalog's snapshot " + now + " is older than the cached " + before,
                    before);
        }
        return pinned(now, () -> {
            JsonNode schema = client.schema(now);
            DerivaMlModel model = DerivaMlModel.discover(schema);
            if (!ProvenanceTables.fingerprint(model).equals(state.get().fingerprint())) {
                return full(run, now, schema, "the catalog's model changed", before);
            }
            return incremental(run, before, now, schema, model);
        });
    }

    /** Reads every provenance table at the catalog's current snapshot and replaces the cache content. */
    public SyncReport fullSync(SyncListener listener, BooleanSupplier cancelled) throws IOException {
        SyncRun run = new SyncRun(describe(), http, listener, cancelled);
        listener.step("Checking " + describe());
        Snaptime before = state().map(State::snaptime).orElse(null);
        return full(run, client.catalogSnaptime(), null, "a full sync was asked for", before);
    }

    private SyncReport full(SyncRun run, Snaptime now, JsonNode knownSchema, String reason, Snaptime before)
            throws IOException {
        LOG.info("Full sync of {} at snapshot {}: {}", describe(), now, reason);
        return pinned(now, () -> {
            ErmrestCatalogSource source = new ErmrestCatalogSource(client, hatrac, now, options.pageSize());
            JsonNode schema = knownSchema != null ? knownSchema : source.schemaDocument();
            DerivaMlModel model = DerivaMlModel.discover(schema);
            List<TableRef> tables = ProvenanceTables.of(model);
            IngestReport loaded;
            try (SyncFiles files = files(run)) {
                loaded = db.replaceContent(writer -> {
                    SourceRows rows = writer.sourceRows();
                    for (int i = 0; i < tables.size(); i++) {
                        TableRef table = tables.get(i);
                        run.listener.tableStarted(table.qualified(), i + 1, tables.size());
                        long[] read = {0};
                        Sql.carry(() -> source.rows(table.schema(), table.table(), row -> {
                            run.check();
                            Sql.unchecked(() -> store(rows, table, row));
                            files.rowRead(table, row);
                            read[0]++;
                            run.rowRead();
                        }));
                        run.tableRead(table, new TableChanges(read[0], read[0], 0, 0));
                    }
                    return finish(run, writer, schema, model, tables, now, files);
                });
            }
            return run.report(SyncReport.Kind.FULL, reason, before, now, loaded.rows(model.execution().qualified()),
                    loaded.warnings());
        });
    }

    private SyncReport incremental(SyncRun run, Snaptime before, Snaptime now, JsonNode schema, DerivaMlModel model)
            throws IOException {
        LOG.info("Incremental sync of {} from snapshot {} to {}", describe(), before, now);
        List<TableRef> tables = ProvenanceTables.of(model);
        List<Delta> deltas = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableRef table = tables.get(i);
            run.listener.tableStarted(table.qualified(), i + 1, tables.size());
            Delta delta = readChanges(run, table, before, now);
            deltas.add(delta);
            run.tableRead(table, delta.counts());
        }
        run.check();
        if (deltas.stream().allMatch(Delta::isEmpty)) {
            // The catalog changed elsewhere (tables Provex does not mirror): only the snapshot moves.
            db.updateMetadata(writer -> {
                writer.putMeta(MetaKeys.SNAPTIME, now.value());
                writer.putMeta(MetaKeys.SOURCE, describe() + "@" + now);
                writer.putMeta(MetaKeys.SYNCED_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                return null;
            });
            return run.report(SyncReport.Kind.INCREMENTAL, "", before, now, executions(), List.of());
        }
        IngestReport loaded;
        try (SyncFiles files = files(run)) {
            loaded = db.update(writer -> {
                SourceRows rows = writer.sourceRows();
                for (Delta delta : deltas) {
                    String name = delta.table().qualified();
                    for (Map.Entry<String, String> row : delta.upserts().entrySet()) {
                        rows.put(name, row.getKey(), row.getValue());
                    }
                    for (String rid : delta.deletions()) {
                        rows.delete(name, rid);
                    }
                }
                return finish(run, writer, schema, model, tables, now, files);
            });
        }
        return run.report(SyncReport.Kind.INCREMENTAL, "", before, now, loaded.rows(model.execution().qualified()),
                loaded.warnings());
    }

    /** One table's changes since the cached snapshot: rows to store (RID to JSON) and RIDs to remove. */
    private record Delta(TableRef table, Map<String, String> upserts, List<String> deletions, TableChanges counts) {
        boolean isEmpty() {
            return upserts.isEmpty() && deletions.isEmpty();
        }
    }

    /**
     * Reads the rows of one table whose RMT moved since {@code before} and finds the ones deleted since, without
     * touching the cache: the write transaction starts only when every table has been read.
     */
    private Delta readChanges(SyncRun run, TableRef table, Snaptime before, Snaptime now) throws IOException {
        String name = table.qualified();
        Set<String> local = db.read(c -> SourceRows.on(c).rids(name));
        Map<String, String> upserts = new LinkedHashMap<>();
        long[] counts = new long[3];   // read, inserted, updated
        client.rowsModifiedSince(table, now, before.toInstant(), options.pageSize(), row -> {
            run.check();
            String rid = row.path("RID").asString("");
            counts[0]++;
            run.rowRead();
            if (!rid.isEmpty()) {
                upserts.put(rid, row.toString());
                counts[local.contains(rid) ? 2 : 1]++;
            }
        });
        List<String> deletions = new ArrayList<>();
        if (local.size() + counts[1] - remoteCount(table, now) != 0) {
            Set<String> remote = new HashSet<>();
            client.ridSet(table, now, options.pageSize()).forEach(r -> remote.add(r.value()));
            for (String rid : local) {
                if (!remote.contains(Rid.normalise(rid))) {
                    deletions.add(rid);
                }
            }
        }
        return new Delta(table, upserts, deletions, new TableChanges(counts[0], counts[1], counts[2],
                deletions.size()));
    }

    /** The server's row count; if even counting times out, -1 so that the RID set decides. */
    private long remoteCount(TableRef table, Snaptime now) throws CatalogException {
        try {
            return client.rowCount(table, now);
        } catch (CatalogException.QueryTimeout e) {
            LOG.info("Counting {} timed out; comparing RID sets instead", table);
            return -1;
        }
    }

    private static void store(SourceRows rows, TableRef table, ObjectNode row) throws SQLException {
        String rid = row.path("RID").asString("");
        if (!rid.isEmpty()) {
            rows.put(table.qualified(), rid, row.toString());
        }
    }

    /**
     * Fetches the configuration files the load needs, rebuilds the provenance tables while the other metadata files
     * keep downloading, waits for those, and records the sync. Files that could not be fetched are reported in the
     * run; they do not fail the rows.
     */
    private IngestReport finish(SyncRun run, CacheWriter writer, JsonNode schema, DerivaMlModel model,
                                List<TableRef> tables, Snaptime now, SyncFiles files) throws IOException, SQLException {
        SourceRows rows = writer.sourceRows();
        rows.putModel(JSON.writeValueAsString(schema));
        long t0 = System.nanoTime();
        files.offerStored(rows, model);
        if (files.outstanding()) {
            run.listener.step(options.files() ? "Downloading metadata files" : "Fetching configuration files");
        }
        files.awaitConfigurations();
        int missingConfigurations = files.configurationsMissing(rows, model);
        long t1 = System.nanoTime();
        IngestReport report = rebuild(run, writer, schema, model, tables, now, missingConfigurations);
        long t2 = System.nanoTime();
        if (files.outstanding()) {
            run.listener.step("Downloading metadata files");
        }
        MetadataFiles.Outcome outcome = files.awaitAll();
        run.files = outcome;
        writer.putMeta(MetaKeys.MISSING_FILES, options.files() ? Long.toString(files.missing()) : NOT_ATTEMPTED);
        run.check();
        LOG.info("{}: rows read in {} ms, configuration files in {} ms, cache rebuilt in {} ms, other files {} ms "
                + "more", describe(), (t0 - run.started) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (System.nanoTime() - t2) / 1_000_000);
        return withWarnings(report, SyncFiles.configurationWarnings(outcome));
    }

    private IngestReport rebuild(SyncRun run, CacheWriter writer, JsonNode schema, DerivaMlModel model,
                                 List<TableRef> tables, Snaptime now, int missingConfigurations)
            throws IOException, SQLException {
        run.check();
        run.listener.step("Updating the cache");
        StoredCatalogSource stored = new StoredCatalogSource(writer.sourceRows(), schema, describe() + "@" + now,
                now.value(), new LinkedHashSet<>(tables));
        IngestReport report = new CatalogIngestor(db).rebuild(writer, stored, model, FilePolicy.CONFIGURATION_ONLY,
                IngestListener.NONE);
        writer.putMeta(MetaKeys.SYNC_CATALOG, catalogKey());
        writer.putMeta(MetaKeys.MODEL_FINGERPRINT, ProvenanceTables.fingerprint(model));
        writer.putMeta(MetaKeys.MISSING_CONFIGURATIONS, Integer.toString(missingConfigurations));
        run.check();
        return report;
    }

    private static IngestReport withWarnings(IngestReport report, List<String> first) {
        List<String> warnings = new ArrayList<>(first);
        warnings.addAll(report.warnings());
        return new IngestReport(report.source(), report.snaptime(), report.rowsPerTable(), report.skipped(),
                report.filesFetched(), report.bytesFetched(), warnings, report.moreWarnings());
    }

    /**
     * The catalog has not changed, but the stored rows list files that are not in the cache: configuration.json files
     * that could not be read last time (a Hatrac that needed a login, say), or metadata files a sync did not bring
     * (it was interrupted, ran with files off, or some failed). Tries them again; when more configuration files can
     * be read now, rebuilds the cache from the stored rows (no catalog request) so their runs get pinned inputs.
     */
    private SyncReport retryMissingFiles(SyncRun run, State state) throws IOException {
        Optional<String> document = db.read(c -> SourceRows.on(c).model());
        if (document.isEmpty()) {
            return run.report(SyncReport.Kind.UNCHANGED, "", state.snaptime(), state.snaptime(), executions(),
                    List.of());
        }
        JsonNode schema = JSON.readTree(document.get());
        DerivaMlModel model = DerivaMlModel.discover(schema);
        try (SyncFiles files = files(run)) {
            db.read(c -> {
                files.offerStored(SourceRows.on(c), model);
                return null;
            });
            if (files.outstanding()) {
                run.listener.step(options.files() ? "Downloading metadata files" : "Fetching configuration files");
            }
            MetadataFiles.Outcome outcome = files.awaitAll();
            run.files = outcome;
            int configurations = db.read(c -> files.configurationsMissing(SourceRows.on(c), model));
            String missing = options.files() ? Long.toString(files.missing()) : state.missingFiles();
            List<String> warnings = SyncFiles.configurationWarnings(outcome);
            if (configurations < state.missingConfigurations()) {
                LOG.info("{}: {} more configuration files readable; rebuilding the cache from the stored rows",
                        describe(), state.missingConfigurations() - configurations);
                IngestReport report = db.update(writer -> {
                    IngestReport r = rebuild(run, writer, schema, model, ProvenanceTables.of(model), state.snaptime(),
                            configurations);
                    writer.putMeta(MetaKeys.MISSING_FILES, missing);
                    return withWarnings(r, warnings);
                });
                return run.report(SyncReport.Kind.UNCHANGED, "", state.snaptime(), state.snaptime(),
                        report.rows(model.execution().qualified()), report.warnings());
            }
            if (!missing.equals(state.missingFiles())) {
                db.updateMetadata(writer -> {
                    writer.putMeta(MetaKeys.MISSING_FILES, missing);
                    return null;
                });
            }
            return run.report(SyncReport.Kind.UNCHANGED, "", state.snaptime(), state.snaptime(), executions(),
                    warnings);
        }
    }

    private SyncFiles files(SyncRun run) {
        return new SyncFiles(new MetadataFiles(db.blobs(), hatrac), fileExecutor, options, run, describe());
    }

    private Optional<State> state() {
        return db.read(c -> {
            Map<String, String> meta = new LinkedHashMap<>();
            try (var ps = c.prepareStatement("SELECT key, value FROM catalog_meta"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    meta.put(rs.getString(1), rs.getString(2));
                }
            }
            String snap = meta.get(MetaKeys.SNAPTIME);
            String fingerprint = meta.get(MetaKeys.MODEL_FINGERPRINT);
            if (!catalogKey().equals(meta.get(MetaKeys.SYNC_CATALOG)) || snap == null || fingerprint == null) {
                return Optional.empty();
            }
            int missing = 0;
            try {
                missing = Integer.parseInt(meta.getOrDefault(MetaKeys.MISSING_CONFIGURATIONS, "0"));
            } catch (NumberFormatException e) {
                missing = 0;
            }
            return Optional.of(new State(Snaptime.parse(snap), fingerprint, missing,
                    meta.getOrDefault(MetaKeys.MISSING_FILES, NOT_ATTEMPTED)));
        });
    }

    private long executions() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM execution"); var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** {@code scheme://host[:port]/id}: which catalog a cache mirrors. */
    private String catalogKey() {
        return client.location().origin() + "/" + client.location().catalogId();
    }

    private String describe() {
        return client.location().describe();
    }

    @FunctionalInterface
    private interface PinnedWork {
        SyncReport run() throws IOException;
    }

    /** Everything read at {@code now}: a 409 there means the history was trimmed under the sync. */
    private SyncReport pinned(Snaptime now, PinnedWork work) throws IOException {
        try {
            return work.run();
        } catch (CatalogException.SnapshotExpired e) {
            throw new HistoryTrimmedException(describe(), now, e);
        }
    }
}
