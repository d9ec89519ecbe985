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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.HatracClient;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.SyncReport.TableChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * mirrors changed, only the snapshot it reflects moves. Runs on the caller's thread; configuration.json downloads
 * run on the given executor.
 */
public final class CatalogSync {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSync.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@link MetaKeys#MISSING_FILES} when the last sync did not try every metadata file (files off, or older). */
    private static final String NOT_ATTEMPTED = "not attempted";
    private static final TableRef METADATA = TableRef.parse(AssetFile.METADATA_TABLE);

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
    private record State(Snaptime snaptime, String fingerprint, int missingConfigurations, String missingFiles,
                         boolean refs, List<TableRef> tables) {

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
            // the tables mirrored last time are asked what changed while the model is read; when the model changed,
            // the sync is a full one and their answers are dropped
            List<TableRef> mirrored = state.get().tables();
            CompletableFuture<JsonNode> schemaRead = mirrored.isEmpty() ? null : CompletableFuture.supplyAsync(() -> {
                try {
                    return client.schema(now);
                } catch (CatalogException e) {
                    throw new CompletionException(e);
                }
            }, fileExecutor);   // first in the executor's queue, ahead of the tables
            Probes early = mirrored.isEmpty() ? null : probe(run, state.get(), now, mirrored);
            try {
                JsonNode schema = schemaRead != null ? join(schemaRead) : client.schema(now);
                DerivaMlModel model = DerivaMlModel.discover(schema);
                if (!ProvenanceTables.fingerprint(model).equals(state.get().fingerprint())) {
                    if (early != null) {
                        early.drop();
                    }
                    return full(run, now, schema, "the catalog's model changed", before);
                }
                return incremental(run, state.get(), now, schema, model, early);
            } finally {
                if (early != null) {
                    early.drop();
                }
            }
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
            JsonNode schema = knownSchema != null ? knownSchema : client.schema(now);
            DerivaMlModel model = DerivaMlModel.discover(schema);
            List<TableRef> tables = ProvenanceTables.of(model);
            run.listener.step("Reading rows");
            expectRows(run, tables, now);
            try (SyncFiles files = files(run); TablePrefetch prefetch = new TablePrefetch(client, now,
                    options.pageSize(), readOrder(model, tables), fileExecutor, options.parallelTables())) {
                IngestReport loaded = db.replaceContent(writer -> {
                    writer.sourceRows().putModel(JSON.writeValueAsString(schema));
                    StreamedRows source = new StreamedRows(prefetch, writer.sourceRows(), run, schema, describe(),
                            now.value(), tables, files, RefreshScope.refColumns(model));
                    IngestReport report = load(run, writer, source, model, files);
                    source.readRest();
                    writer.putMeta(MetaKeys.SOURCE_REFS, "1");
                    return finishFiles(run, writer, files, report);
                }, () -> run.listener.step("Saving the cache"));
                return run.report(SyncReport.Kind.FULL, reason, before, now,
                        loaded.rows(model.execution().qualified()), loaded.warnings());
            }
        });
    }

    /**
     * Counts every table's rows on the side (one small request each, on the executor) and tells the listener the
     * total once all are in, so that progress can estimate the time left. A count that fails only costs the estimate.
     */
    private void expectRows(SyncRun run, List<TableRef> tables, Snaptime now) {
        List<CompletableFuture<Long>> counts = new ArrayList<>();
        for (TableRef table : tables) {
            counts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return client.rowCount(table, now);
                } catch (CatalogException e) {
                    throw new CompletionException(e);
                }
            }, fileExecutor));
        }
        CompletableFuture.allOf(counts.toArray(CompletableFuture[]::new)).thenRun(() -> {
            if (!run.cancelled.getAsBoolean()) {
                run.listener.rowsExpected(counts.stream().mapToLong(CompletableFuture::join).sum());
            }
        }).exceptionally(e -> {
            LOG.debug("No row total for the progress of {}: {}", describe(), e.getMessage());
            return null;
        });
    }

    /** The mirrored tables in the order the load reads them, then the ones it does not read. */
    private static List<TableRef> readOrder(DerivaMlModel model, List<TableRef> tables) {
        LinkedHashSet<TableRef> order = new LinkedHashSet<>(CatalogIngestor.readOrder(model));
        order.retainAll(tables);
        order.addAll(tables);
        return List.copyOf(order);
    }

    private SyncReport incremental(SyncRun run, State state, Snaptime now, JsonNode schema, DerivaMlModel model,
                                   Probes early) throws IOException {
        Snaptime before = state.snaptime();
        LOG.info("Incremental sync of {} from snapshot {} to {}", describe(), before, now);
        List<TableRef> tables = ProvenanceTables.of(model);
        Probes probes = early != null && early.tables.equals(tables) ? early : probe(run, state, now, tables);
        List<Delta> deltas = new ArrayList<>();
        try {
            for (int i = 0; i < tables.size(); i++) {
                run.listener.tableStarted(tables.get(i).qualified(), i + 1, tables.size());
                Delta delta = join(probes.reads.get(i));
                deltas.add(delta);
                run.tableRead(tables.get(i), delta.counts());
            }
        } finally {
            probes.drop();
        }
        run.check();
        long read = System.nanoTime();
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
                Map<TableRef, List<String>> refColumns = RefreshScope.refColumns(model);
                if (!state.refs()) {
                    fillRefs(rows, refColumns);
                }
                // runs whose configuration.json was missing load again, in case it can be read now
                Set<Rid> retried = state.missingConfigurations() > 0 ? files.missingConfigurations(rows, model)
                        : Set.of();
                RefreshScope scope = RefreshScope.of(model, deltas, rows, writer, retried);
                List<String> metadataRows = new ArrayList<>();
                for (Delta delta : deltas) {
                    String name = delta.table().qualified();
                    List<String> columns = refColumns.getOrDefault(delta.table(), List.of());
                    for (Map.Entry<String, String> row : delta.upserts().entrySet()) {
                        String[] to = RefreshScope.refs(columns, row.getValue());
                        rows.put(name, row.getKey(), row.getValue(), to[0], to[1]);
                        files.rowStored(delta.table(), row.getValue());
                        if (delta.table().equals(METADATA)) {
                            metadataRows.add(row.getValue());
                        }
                    }
                    for (String rid : delta.deletions()) {
                        rows.delete(name, rid);
                    }
                }
                rows.putModel(JSON.writeValueAsString(schema));
                writer.putMeta(MetaKeys.SOURCE_REFS, "1");
                if (state.filesToRetry(options)) {
                    files.offerStored(rows, model);
                }
                IngestReport report;
                if (scope.needsFullRebuild()) {
                    LOG.info("{}: {}; rebuilding the cache from the stored rows", describe(), scope.fullRebuild);
                    report = rebuild(run, writer, schema, model, tables, now, files);
                } else {
                    report = refresh(run, writer, schema, model, scope, now, files);
                    // a refresh stores no configuration body but those of changed rows and of the runs retried
                    writer.putMeta(MetaKeys.MISSING_CONFIGURATIONS, Integer.toString(retried.isEmpty()
                            ? files.configurationsMissing(metadataRows)
                            : files.configurationsMissing(writer.sourceRows(), model)));
                }
                return finishFiles(run, writer, files, report);
            });
        }
        LOG.info("{}: changes read in {} ms, cache updated in {} ms", describe(), (read - run.started) / 1_000_000,
                (System.nanoTime() - read) / 1_000_000);
        return run.report(SyncReport.Kind.INCREMENTAL, "", before, now, executions(), loaded.warnings());
    }

    /** Loads the scope's executions and assets again from the stored rows, leaving every other row as it is. */
    private IngestReport refresh(SyncRun run, CacheWriter writer, JsonNode schema, DerivaMlModel model,
                                 RefreshScope scope, Snaptime now, SyncFiles files) throws IOException, SQLException {
        run.listener.step("Updating the cache");
        LOG.info("{}: refreshing {} executions ({} of them their row alone) and {} assets", describe(),
                scope.executions.size() + scope.rowsOnly.size(), scope.rowsOnly.size(), scope.assets.size());
        writer.forgetForRefresh(scope.executions, scope.rowsOnly, scope.assets);
        Set<TableRef> vocabularies = new HashSet<>();
        model.assetTables().forEach(info -> info.types().ifPresent(t -> vocabularies.add(t.vocabulary())));
        ScopedRows source = new ScopedRows(writer.sourceRows(), schema, describe() + "@" + now, now.value(),
                RefreshScope.roles(model), scope, vocabularies);
        IngestReport report = new CatalogIngestor(db).refresh(writer, source, model, FilePolicy.CONFIGURATION_ONLY,
                files.forLoad());
        writer.putMeta(MetaKeys.MODEL_FINGERPRINT, ProvenanceTables.fingerprint(model));
        writer.putMeta(MetaKeys.MIRRORED_TABLES, ProvenanceTables.listed(ProvenanceTables.of(model)));
        run.check();
        return report;
    }

    /**
     * Fills in the references of link rows stored before they were kept (a cache from an older Provex), once: an
     * incremental refresh selects link rows by them.
     */
    private void fillRefs(SourceRows rows, Map<TableRef, List<String>> refColumns) throws SQLException {
        LOG.info("{}: indexing the stored link rows by the runs and assets they point at", describe());
        for (Map.Entry<TableRef, List<String>> table : refColumns.entrySet()) {
            String name = table.getKey().qualified();
            List<String> bodies = new ArrayList<>();
            rows.forEach(name, bodies::add);
            for (String body : bodies) {
                JsonNode row = StoredCatalogSource.parse(body, table.getKey());
                String[] to = RefreshScope.refs(table.getValue(), row);
                rows.setRefs(name, row.path("RID").asString(""), to[0], to[1]);
            }
        }
    }

    /**
     * Asks every table what changed since the cached snapshot, concurrently on the file executor (one request each,
     * more for a table that changed), and reads the stored row counts they are compared with on this thread while
     * the requests are out.
     */
    private Probes probe(SyncRun run, State state, Snaptime now, List<TableRef> tables) {
        Probes probes = new Probes(tables);
        try {
            for (TableRef table : tables) {
                CompletableFuture<ErmrestClient.TableState> counted = CompletableFuture.supplyAsync(() -> {
                    try {
                        return tableState(table, now);
                    } catch (CatalogException e) {
                        throw new CompletionException(e);
                    }
                }, fileExecutor);
                // never waits inside a task: with the caller's own thread as the executor, it runs on completion
                probes.reads.add(counted.thenCombineAsync(probes.stored, (remote, stored) -> {
                    try {
                        return readChanges(run, probes, table, remote, stored.getOrDefault(table.qualified(), 0L),
                                state.snaptime(), now);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                }, fileExecutor));
            }
            probes.stored.complete(db.read(c -> SourceRows.on(c).counts()));
        } catch (RuntimeException e) {
            probes.stored.completeExceptionally(e);
            probes.drop();
            throw e;
        }
        return probes;
    }

    /** The change reads of one incremental sync; dropped ones stop at their next row (their answers are unused). */
    private static final class Probes {
        final List<TableRef> tables;
        final List<CompletableFuture<Delta>> reads = new ArrayList<>();
        /** The rows stored per table, which the reads compare the catalog's counts with. */
        final CompletableFuture<Map<String, Long>> stored = new CompletableFuture<>();
        private volatile boolean dropped;

        Probes(List<TableRef> tables) {
            this.tables = tables;
        }

        void drop() {
            dropped = true;
        }

        void check() {
            if (dropped) {
                throw new CancellationException("the answer is no longer needed");
            }
        }
    }

    private static <T> T join(CompletableFuture<T> read) throws IOException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * One table's changes since the cached snapshot: rows to store (RID to JSON), of which {@code replaced} were stored
     * before, and RIDs to remove.
     */
    record Delta(TableRef table, Map<String, String> upserts, Set<String> replaced, List<String> deletions,
                 TableChanges counts) {
        boolean isEmpty() {
            return upserts.isEmpty() && deletions.isEmpty();
        }
    }

    /**
     * Reads one table's changes since {@code before} without touching the cache (the write transaction starts only
     * when every table has been read). {@code state} (one request, see {@link #probe}) says how many rows the table
     * has and when the latest changed; a table with no newer row and as many rows as stored is done. Otherwise the
     * rows whose RMT moved are read, and the RID set only when the count says rows went away.
     */
    private Delta readChanges(SyncRun run, Probes probes, TableRef table, ErmrestClient.TableState state,
                              long storedRows, Snaptime before, Snaptime now) throws IOException {
        String name = table.qualified();
        probes.check();
        boolean modified = state == null || (state.latest() == null ? state.rows() > 0
                : state.latest().isAfter(before.toInstant()));
        if (!modified && state.rows() == storedRows) {
            return new Delta(table, Map.of(), Set.of(), List.of(), new TableChanges(0, 0, 0, 0));
        }
        Set<String> local = db.read(c -> SourceRows.on(c).rids(name));
        Map<String, String> upserts = new LinkedHashMap<>();
        Set<String> replaced = new HashSet<>();
        long[] counts = new long[3];   // read, inserted, updated
        if (modified) {
            client.rowsModifiedSince(table, now, before.toInstant(), options.pageSize(), (row, json) -> {
                run.check();
                probes.check();
                String rid = row.path("RID").asString("");
                counts[0]++;
                run.rowRead();
                if (!rid.isEmpty()) {
                    upserts.put(rid, json);
                    if (local.contains(rid)) {
                        replaced.add(rid);
                    }
                    counts[local.contains(rid) ? 2 : 1]++;
                }
            });
        }
        List<String> deletions = new ArrayList<>();
        long remote = state == null ? remoteCount(table, now) : state.rows();
        if (local.size() + counts[1] - remote != 0) {
            Set<String> remoteRids = new HashSet<>();
            client.ridSet(table, now, options.pageSize()).forEach(r -> remoteRids.add(r.value()));
            for (String rid : local) {
                if (!remoteRids.contains(Rid.normalise(rid))) {
                    deletions.add(rid);
                }
            }
        }
        return new Delta(table, upserts, replaced, deletions, new TableChanges(counts[0], counts[1], counts[2],
                deletions.size()));
    }

    /** The row count and latest change of a table; null when the server times out computing them. */
    private ErmrestClient.TableState tableState(TableRef table, Snaptime now) throws CatalogException {
        try {
            return client.tableState(table, now);
        } catch (CatalogException.QueryTimeout e) {
            LOG.info("Counting {} timed out; reading its changes instead", table);
            return null;
        }
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

    /**
     * Maps every row of the source into the provenance tables (emptied first), waiting for the configuration files
     * only when the load needs them, and records what the cache mirrors now. Inside the caller's transaction.
     */
    private IngestReport load(SyncRun run, CacheWriter writer, CatalogSource source, DerivaMlModel model,
                              SyncFiles files) throws IOException, SQLException {
        run.check();
        IngestReport report = new CatalogIngestor(db).rebuild(writer, source, model, FilePolicy.CONFIGURATION_ONLY,
                files.forLoad(), IngestListener.NONE);
        writer.putMeta(MetaKeys.SYNC_CATALOG, catalogKey());
        writer.putMeta(MetaKeys.MODEL_FINGERPRINT, ProvenanceTables.fingerprint(model));
        writer.putMeta(MetaKeys.MIRRORED_TABLES, ProvenanceTables.listed(ProvenanceTables.of(model)));
        writer.putMeta(MetaKeys.MISSING_CONFIGURATIONS,
                Integer.toString(files.configurationsMissing(writer.sourceRows(), model)));
        run.check();
        LOG.info("{}: rows read and loaded in {} ms", describe(), (System.nanoTime() - run.started) / 1_000_000);
        return report;
    }

    /** Rebuilds the provenance tables from the stored rows, in the caller's transaction. */
    private IngestReport rebuild(SyncRun run, CacheWriter writer, JsonNode schema, DerivaMlModel model,
                                 List<TableRef> tables, Snaptime at, SyncFiles files) throws IOException, SQLException {
        run.listener.step("Updating the cache");
        files.offerStored(writer.sourceRows(), model);
        StoredCatalogSource stored = new StoredCatalogSource(writer.sourceRows(), schema, describe() + "@" + at,
                at.value(), new LinkedHashSet<>(tables));
        return load(run, writer, stored, model, files);
    }

    /**
     * Waits for the other metadata files (they kept downloading while the cache was loaded) and records which are
     * still missing. Files that could not be fetched are reported in the run; they do not fail the rows.
     */
    private IngestReport finishFiles(SyncRun run, CacheWriter writer, SyncFiles files, IngestReport report)
            throws SQLException {
        if (files.outstanding()) {
            run.listener.step("Downloading metadata files");
        }
        MetadataFiles.Outcome outcome = files.awaitAll();
        run.files = outcome;
        writer.putMeta(MetaKeys.MISSING_FILES, options.files() ? Long.toString(files.missing()) : NOT_ATTEMPTED);
        run.check();
        return withWarnings(report, SyncFiles.configurationWarnings(outcome));
    }

    private static IngestReport withWarnings(IngestReport report, List<String> first) {
        List<String> warnings = new ArrayList<>(first);
        warnings.addAll(report.warnings());
        return new IngestReport(report.source(), report.snaptime(), report.rowsPerTable(), report.skipped(),
                report.filesFetched(), report.bytesFetched(), warnings, report.moreWarnings());
    }

    private SyncFiles files(SyncRun run) {
        return new SyncFiles(new MetadataFiles(db.blobs(), hatrac), fileExecutor, options, run, describe());
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
                            files);
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
                    meta.getOrDefault(MetaKeys.MISSING_FILES, NOT_ATTEMPTED), meta.containsKey(MetaKeys.SOURCE_REFS),
                    ProvenanceTables.fromListed(meta.get(MetaKeys.MIRRORED_TABLES))));
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
