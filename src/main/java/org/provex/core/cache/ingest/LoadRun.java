package org.provex.core.cache.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provex.core.cache.BlobStore;
import org.provex.core.cache.CacheWriter;
import org.provex.core.cache.CacheWriter.Outcome;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.TypeAssociation;
import org.provex.core.catalog.WorkflowTypeSource;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import tools.jackson.databind.node.ObjectNode;

/** One load: maps ERMrest rows to model records and hands them to the writer, in parent-first order. */
final class LoadRun {

    /** Handles one row; checked exceptions are carried through the source's consumer. */
    interface RowHandler {
        void handle(ObjectNode row) throws SQLException, IOException;
    }

    private static final class CarriedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CarriedSql(SQLException cause) {
            super(cause);
        }
    }

    final CatalogSource source;
    final DerivaMlModel model;
    final CacheWriter writer;
    final IngestReport.Builder report;
    private final BlobStore blobs;
    private final IngestListener listener;
    private final FilePolicy files;
    private final FileFetcher fetcher;
    final Set<Rid> workflows = new HashSet<>();
    final Map<Rid, DatasetVersion> versions = new HashMap<>();
    /** In a refresh: the asset rows already stored (a link may name one that is not loaded again); else null. */
    StoredAssets storedAssets;

    /** Looks up an asset row the cache already holds. */
    @FunctionalInterface
    interface StoredAssets {
        java.util.Optional<org.provex.core.model.AssetFile> find(Rid rid) throws SQLException;
    }

    /** @param fetcher how wanted file bodies are fetched; null to read them from the source */
    LoadRun(CatalogSource source, DerivaMlModel model, CacheWriter writer, BlobStore blobs,
            IngestReport.Builder report, IngestListener listener, FilePolicy files, FileFetcher fetcher) {
        this.source = source;
        this.files = files;
        this.model = model;
        this.writer = writer;
        this.blobs = blobs;
        this.report = report;
        this.listener = listener;
        this.fetcher = fetcher != null ? fetcher : new SourceFileFetcher(source, blobs, report, listener);
    }

    void load() throws IOException, SQLException {
        workflows();
        executions();
        executionNesting();
        datasets();
        datasetVersions();
        datasetNesting();
        AssetLoad assets = new AssetLoad(this, blobs, fetcher, files);
        assets.load();
        new InputPins(this, assets.configurations()).load();
    }

    /**
     * The tables {@link #load()} reads, in the order it reads them (a table read twice is listed once), so that a
     * source can fetch ahead in that order. Legacy vocabularies keyed by ID are read for their names.
     */
    static List<TableRef> readOrder(DerivaMlModel model) {
        Set<TableRef> order = new java.util.LinkedHashSet<>();
        if (model.workflowTypes() instanceof WorkflowTypeSource.Association a) {
            termsOrder(order, a.association());
        }
        order.add(model.workflow());
        order.add(model.execution());
        model.executionExecution().ifPresent(order::add);
        model.datasetTypes().ifPresent(t -> termsOrder(order, t));
        order.add(model.dataset());
        order.add(model.datasetVersion());
        model.datasetDataset().ifPresent(order::add);
        for (org.provex.core.catalog.AssetTableInfo info : model.assetTables()) {
            info.types().ifPresent(t -> termsOrder(order, t));
            order.add(info.table());
            info.executions().ifPresent(e -> order.add(e.association()));
        }
        model.datasetExecution().ifPresent(order::add);
        return List.copyOf(order);
    }

    private static void termsOrder(Set<TableRef> order, TypeAssociation types) {
        if (!"Name".equals(types.vocabularyKey())) {
            order.add(types.vocabulary());
        }
        order.add(types.association());
    }

    void forEach(TableRef table, RowHandler handler) throws IOException, SQLException {
        String name = table.qualified();
        listener.tableStarted(name);
        try {
            source.rows(table.schema(), table.table(), row -> {
                report.row(name);
                try {
                    handler.handle(row);
                } catch (SQLException e) {
                    throw new CarriedSql(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (CarriedSql e) {
            throw (SQLException) e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        listener.tableFinished(name, report.rows(name));
    }

    /** Terms per entity from a type association; legacy vocabularies keyed by ID are mapped to Names. */
    Map<Rid, List<String>> terms(TypeAssociation types) throws IOException, SQLException {
        Map<String, String> names = new HashMap<>();
        if (!"Name".equals(types.vocabularyKey())) {
            forEach(types.vocabulary(), row -> {
                String key = RowValues.text(row, types.vocabularyKey());
                String name = RowValues.text(row, "Name");
                if (key != null && name != null) {
                    names.put(key, name);
                }
            });
        }
        Map<Rid, List<String>> terms = new HashMap<>();
        forEach(types.association(), row -> {
            Rid entity = RowValues.rid(row, types.entityColumn());
            String term = RowValues.text(row, types.termColumn());
            if (entity != null && term != null) {
                terms.computeIfAbsent(entity, k -> new ArrayList<>()).add(names.getOrDefault(term, term));
            }
        });
        return terms;
    }

    /** Counts a writer outcome that did not store the row. */
    boolean stored(Outcome outcome, String table, Object what) {
        switch (outcome) {
            case INSERTED:
                return true;
            case DUPLICATE:
                report.skip("duplicate", null);
                return false;
            default:
                report.skip("dangling", table + " row " + what + " points to a row the catalog does not have; skipped");
                return false;
        }
    }

    private void workflows() throws IOException, SQLException {
        TableRef table = model.workflow();
        WorkflowTypeSource typeSource = model.workflowTypes();
        Map<Rid, List<String>> terms = typeSource instanceof WorkflowTypeSource.Association a
                ? terms(a.association()) : Map.of();
        String typeColumn = typeSource instanceof WorkflowTypeSource.Column c ? c.column() : null;
        forEach(table, row -> {
            Rid rid = RowValues.rid(row, "RID");
            if (rid == null) {
                report.skip("no RID", null);
                return;
            }
            List<String> types = new ArrayList<>(terms.getOrDefault(rid, List.of()));
            String legacy = RowValues.text(row, typeColumn);
            if (legacy != null) {
                types.add(legacy);
            }
            Workflow w = new Workflow(rid, RowValues.text(row, "Name"), RowValues.text(row, "Description"),
                    RowValues.text(row, "URL"), RowValues.text(row, "Checksum"), RowValues.text(row, "Version"), types,
                    RowValues.instant(row, "RCT"), RowValues.instant(row, "RMT"));
            if (stored(writer.workflow(w), table.qualified(), rid)) {
                workflows.add(rid);
            }
        });
    }

    private void executions() throws IOException, SQLException {
        TableRef table = model.execution();
        forEach(table, row -> {
            Rid rid = RowValues.rid(row, "RID");
            if (rid == null) {
                report.skip("no RID", null);
                return;
            }
            Rid workflow = RowValues.rid(row, "Workflow");
            ExecutionDurations durations = ExecutionDurations.of(
                    model.hasColumnExecutionDuration() ? RowValues.text(row, "Execution_Duration") : null,
                    model.hasColumnDownloadDuration() ? RowValues.text(row, "Download_Duration") : null,
                    model.hasColumnUploadDuration() ? RowValues.text(row, "Upload_Duration") : null,
                    model.hasLegacyDurationColumn() ? RowValues.text(row, "Duration") : null);
            Execution e = new Execution(rid, workflow, RowValues.text(row, "Description"),
                    RowValues.text(row, "Status"), RowValues.text(row, "Status_Detail"), durations,
                    RowValues.instant(row, "RCT"), RowValues.instant(row, "RMT"));
            if (stored(writer.execution(e), table.qualified(), rid)) {
                if (workflow != null && !workflows.contains(workflow)) {
                    report.warn("Execution " + rid + " names workflow " + workflow + ", which is not in the catalog");
                }
            }
        });
    }

    private void executionNesting() throws IOException, SQLException {
        if (model.executionExecution().isEmpty()) {
            return;
        }
        TableRef table = model.executionExecution().get();
        String sequence = model.executionExecutionSequenceColumn().orElse(null);
        forEach(table, row -> {
            Rid parent = RowValues.rid(row, "Execution");
            Rid child = RowValues.rid(row, "Nested_Execution");
            if (parent == null || child == null) {
                report.skip("incomplete", table.qualified() + " row " + RowValues.text(row, "RID")
                        + " lacks a parent or child; skipped");
                return;
            }
            stored(writer.nesting(new ExecutionNesting(parent, child, RowValues.integer(row, sequence))),
                    table.qualified(), RowValues.text(row, "RID"));
        });
    }

    private void datasets() throws IOException, SQLException {
        TableRef table = model.dataset();
        Map<Rid, List<String>> terms = model.datasetTypes().isPresent() ? terms(model.datasetTypes().get()) : Map.of();
        forEach(table, row -> {
            Rid rid = RowValues.rid(row, "RID");
            if (rid == null) {
                report.skip("no RID", null);
                return;
            }
            Dataset d = new Dataset(rid, RowValues.text(row, "Description"), RowValues.bool(row, "Deleted"),
                    RowValues.rid(row, "Version"), terms.getOrDefault(rid, List.of()), RowValues.instant(row, "RCT"),
                    RowValues.instant(row, "RMT"));
            stored(writer.dataset(d), table.qualified(), rid);
        });
    }

    private void datasetVersions() throws IOException, SQLException {
        TableRef table = model.datasetVersion();
        forEach(table, row -> {
            Rid rid = RowValues.rid(row, "RID");
            Rid dataset = RowValues.rid(row, "Dataset");
            if (rid == null || dataset == null) {
                report.skip("incomplete", table.qualified() + " row " + rid + " names no dataset; skipped");
                return;
            }
            Snaptime snapshot = null;
            String snapText = RowValues.text(row, "Snapshot");
            try {
                snapshot = Snaptime.parseOrNull(snapText);
            } catch (IllegalArgumentException e) {
                report.warn("Dataset version " + rid + " has a snapshot that is not a snapshot id: " + snapText);
            }
            DatasetVersion v = new DatasetVersion(rid, dataset, RowValues.text(row, "Version"),
                    RowValues.text(row, "Description"), RowValues.rid(row, "Execution"), RowValues.text(row, "Minid"),
                    snapshot, RowValues.instant(row, "RCT"), RowValues.instant(row, "RMT"));
            if (stored(writer.datasetVersion(v), table.qualified(), rid)) {
                versions.put(rid, v);
            }
        });
    }

    private void datasetNesting() throws IOException, SQLException {
        if (model.datasetDataset().isEmpty()) {
            return;
        }
        TableRef table = model.datasetDataset().get();
        forEach(table, row -> {
            Rid parent = RowValues.rid(row, "Dataset");
            Rid child = RowValues.rid(row, "Nested_Dataset");
            if (parent == null || child == null) {
                report.skip("incomplete", null);
                return;
            }
            stored(writer.datasetNesting(parent, child), table.qualified(), RowValues.text(row, "RID"));
        });
    }
}
