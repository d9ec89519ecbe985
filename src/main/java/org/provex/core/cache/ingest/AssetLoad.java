package org.provex.core.cache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.cache.BlobStore;
import org.provex.core.cache.ChecksumMismatchException;
import org.provex.core.catalog.AssetTableInfo;
import org.provex.core.catalog.ExecutionAssociation;
import org.provex.core.catalog.TableRef;
import org.provex.core.formats.MetadataFormatException;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetLink;
import org.provex.core.model.AssetRole;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every asset table with its types and execution links, fetches {@code Execution_Metadata}
 * bodies into the blob store (verified by MD5 and length) and parses each run's configuration.json.
 */
final class AssetLoad {

    private static final Logger LOG = LoggerFactory.getLogger(AssetLoad.class);
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    private final LoadRun run;
    private final BlobStore blobs;
    private final IngestListener listener;
    private final FilePolicy files;
    private final Map<Rid, AssetFile> assets = new HashMap<>();
    private final Map<Rid, RunConfiguration> configurationByAsset = new HashMap<>();
    private final Map<Rid, RunConfiguration> configurationByExecution = new HashMap<>();

    AssetLoad(LoadRun run, BlobStore blobs, IngestListener listener, FilePolicy files) {
        this.run = run;
        this.blobs = blobs;
        this.listener = listener;
        this.files = files;
    }

    /** configuration.json of each run whose file was stored and readable. */
    Map<Rid, RunConfiguration> configurations() {
        return configurationByExecution;
    }

    void load() throws IOException, SQLException {
        for (AssetTableInfo info : run.model.assetTables()) {
            Map<Rid, List<String>> types = info.types().isPresent() ? run.terms(info.types().get()) : Map.of();
            rows(info.table(), types);
            if (info.executions().isPresent()) {
                links(info.table(), info.executions().get());
            }
        }
        for (Map.Entry<Rid, RunConfiguration> e : configurationByExecution.entrySet()) {
            if (!e.getValue().workflowVersion().isEmpty()) {
                run.writer.runVersion(e.getKey(), e.getValue().workflowVersion());
            }
        }
    }

    private void rows(TableRef table, Map<Rid, List<String>> types) throws IOException, SQLException {
        String name = table.qualified();
        run.forEach(table, row -> {
            Rid rid = RowValues.rid(row, "RID");
            if (rid == null) {
                run.report.skip("no RID", null);
                return;
            }
            AssetFile a = new AssetFile(rid, name, RowValues.text(row, "URL"), RowValues.text(row, "Filename"),
                    RowValues.longValue(row, "Length", -1), RowValues.text(row, "MD5"),
                    RowValues.text(row, "Description"), types.getOrDefault(rid, List.of()),
                    RowValues.instant(row, "RCT"), RowValues.instant(row, "RMT"));
            if (run.stored(run.writer.asset(a), name, rid)) {
                assets.put(rid, a);
                if (files.loads(a)) {
                    fetch(a);
                }
            }
        });
    }

    private void links(TableRef assetTable, ExecutionAssociation assoc) throws IOException, SQLException {
        String name = assoc.association().qualified();
        run.forEach(assoc.association(), row -> {
            Rid asset = RowValues.rid(row, assoc.assetColumn());
            Rid execution = RowValues.rid(row, assoc.executionColumn());
            if (asset == null || execution == null) {
                run.report.skip("incomplete", name + " row " + RowValues.text(row, "RID")
                        + " lacks an asset or execution; skipped");
                return;
            }
            AssetRole role = AssetRole.fromTerm(assoc.roleColumn().map(c -> RowValues.text(row, c)).orElse(null));
            if (run.stored(run.writer.assetLink(new AssetLink(asset, assetTable.qualified(), execution, role)), name,
                    RowValues.text(row, "RID"))) {
                RunConfiguration config = configurationByAsset.get(asset);
                if (config != null && configurationByExecution.putIfAbsent(execution, config) != null) {
                    run.report.warn("Execution " + execution
                            + " has more than one configuration.json; using the first");
                }
            }
        });
    }

    private void fetch(AssetFile a) throws IOException {
        if (a.md5() == null || !MD5.matcher(a.md5()).matches() || a.url() == null) {
            return;
        }
        if (!blobs.has(a.md5())) {
            Optional<InputStream> in = run.source.openFile(a.url());
            if (in.isEmpty()) {
                run.report.skip("file unavailable", "The source cannot serve " + a.url() + " (asset " + a.rid() + ")");
                return;
            }
            try (InputStream stream = in.get()) {
                long bytes = blobs.put(a.md5(), a.length(), stream);
                run.report.file(bytes);
                listener.fileFetched(a.filename(), bytes);
            } catch (ChecksumMismatchException e) {
                run.report.skip("checksum mismatch", "Metadata file " + a.filename() + " (asset " + a.rid()
                        + ") was not stored: expected MD5 " + e.expectedMd5() + " and " + e.expectedLength()
                        + " bytes, got " + e.actualMd5() + " and " + e.actualLength() + " bytes");
                return;
            }
        }
        if (a.kind() == MetadataKind.CONFIGURATION) {
            parseConfiguration(a);
        }
    }

    private void parseConfiguration(AssetFile a) throws IOException {
        Optional<byte[]> bytes = blobs.read(a.md5(), a.length());
        if (bytes.isEmpty()) {
            return;
        }
        try {
            configurationByAsset.put(a.rid(), RunConfiguration.parse(a.filename(), bytes.get()));
        } catch (MetadataFormatException e) {
            LOG.debug("Unreadable configuration.json {}: {}", a.rid(), e.getMessage());
            run.report.warn("configuration.json asset " + a.rid() + " could not be read (" + e.getMessage()
                    + "); its run's inputs stay unpinned");
        }
    }
}
