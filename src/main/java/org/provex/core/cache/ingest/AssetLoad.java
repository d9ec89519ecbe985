package org.provex.core.cache.ingest;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.cache.BlobStore;
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
    private final FileFetcher fetcher;
    private final FilePolicy files;
    /** configuration.json assets by RID, in the order read; their bodies are parsed once all are fetched. */
    private final Map<Rid, AssetFile> configurationAssets = new LinkedHashMap<>();
    /** Links of those assets to executions, in the order read: (asset, execution). */
    private final List<Rid[]> configurationLinks = new ArrayList<>();
    private final Map<Rid, RunConfiguration> configurationByAsset = new HashMap<>();
    private final Map<Rid, RunConfiguration> configurationByExecution = new HashMap<>();

    AssetLoad(LoadRun run, BlobStore blobs, FileFetcher fetcher, FilePolicy files) {
        this.run = run;
        this.blobs = blobs;
        this.fetcher = fetcher;
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
        fetcher.await().forEach(run.report::warn);
        for (AssetFile a : configurationAssets.values()) {
            parseConfiguration(a);
        }
        for (Rid[] link : configurationLinks) {
            RunConfiguration config = configurationByAsset.get(link[0]);
            if (config != null && configurationByExecution.putIfAbsent(link[1], config) != null) {
                run.report.warn("Execution " + link[1] + " has more than one configuration.json; using the first");
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
            if (run.stored(run.writer.asset(a), name, rid) && files.loads(a) && a.md5() != null
                    && MD5.matcher(a.md5()).matches() && a.url() != null) {
                fetcher.want(a);
                if (a.kind() == MetadataKind.CONFIGURATION) {
                    configurationAssets.put(rid, a);
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
                    RowValues.text(row, "RID")) && isConfiguration(asset)) {
                configurationLinks.add(new Rid[] {asset, execution});
            }
        });
    }

    /**
     * Whether a linked asset is a configuration.json the load wants. In a refresh the asset row may be one the cache
     * keeps rather than one read again: then it is looked up (and its body asked for, normally already stored).
     */
    private boolean isConfiguration(Rid asset) throws IOException, SQLException {
        if (configurationAssets.containsKey(asset)) {
            return true;
        }
        if (run.storedAssets == null) {
            return false;
        }
        Optional<AssetFile> stored = run.storedAssets.find(asset);
        if (stored.isEmpty() || !files.loads(stored.get()) || stored.get().kind() != MetadataKind.CONFIGURATION
                || stored.get().md5() == null || stored.get().url() == null) {
            return false;
        }
        fetcher.want(stored.get());
        configurationAssets.put(asset, stored.get());
        return true;
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
