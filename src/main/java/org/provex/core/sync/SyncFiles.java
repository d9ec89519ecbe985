package org.provex.core.sync;

import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.provex.core.cache.SourceRows;
import org.provex.core.cache.ingest.FileFetcher;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.AssetFile;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file phase of one sync: which metadata files it brings home and in what order. Every {@code Execution_Metadata}
 * row's body is offered (with {@link SyncOptions#files()} off, only configuration.json); configuration.json files go
 * first, since the cache load reads them, and the rest keep downloading while the cache is rebuilt. Rows can be
 * offered as they arrive ({@link #rowRead}) so that downloads overlap with reading the other tables; {@link
 * #offerStored} then offers whatever the stored rows hold that was not offered yet (an incremental sync's older
 * rows, or everything). Files that cannot be fetched are reported, never thrown: they do not fail the rows.
 */
final class SyncFiles implements AutoCloseable {

    private static final TableRef METADATA = TableRef.parse(AssetFile.METADATA_TABLE);

    private final MetadataFiles files;
    private final SyncOptions options;
    private final MetadataDownloads downloads;

    SyncFiles(MetadataFiles files, Executor executor, SyncOptions options, SyncRun run, String catalog) {
        this.files = files;
        this.options = options;
        files.removeStaleParts();
        this.downloads = new MetadataDownloads(files, executor, options.fileParallelism(), options.maxFileBytes(),
                run.listener, run.cancelled, catalog);
    }

    /** Whether the model has a metadata asset table at all. */
    static boolean hasMetadata(DerivaMlModel model) {
        return model.assetTable(METADATA).isPresent();
    }

    /** A row just read from the catalog: offered when it is a metadata file. */
    void rowRead(TableRef table, ObjectNode row) {
        if (table.equals(METADATA)) {
            offer(SyncedAssets.asset(AssetFile.METADATA_TABLE, row));
        }
    }

    /** A row just stored by an incremental sync (JSON text): offered when it is a metadata file. */
    void rowStored(TableRef table, String body) {
        if (table.equals(METADATA)) {
            offer(SyncedAssets.asset(AssetFile.METADATA_TABLE, body));
        }
    }

    /** Offers every metadata file the stored rows list (already offered, stored or failed ones are skipped). */
    void offerStored(SourceRows rows, DerivaMlModel model) throws SQLException {
        if (hasMetadata(model)) {
            rows.forEach(AssetFile.METADATA_TABLE, body -> offer(SyncedAssets.asset(AssetFile.METADATA_TABLE, body)));
        }
    }

    /**
     * The load's side of the file phase: it names the bodies it needs (offered here, normally already offered as
     * their rows were read) and waits for the configuration files only when it needs them; failures are reported
     * by {@link #awaitAll}, never thrown to the load.
     */
    FileFetcher forLoad() {
        return new FileFetcher() {
            @Override
            public void want(AssetFile file) {
                offer(file);
            }

            @Override
            public List<String> await() {
                awaitConfigurations();
                return List.of();
            }
        };
    }

    /** Whether offered files are still queued or downloading. */
    boolean outstanding() {
        return downloads.busy();
    }

    /** Waits for the configuration.json files offered so far. */
    void awaitConfigurations() {
        downloads.awaitUrgent();
    }

    /** Waits for every offered file. */
    MetadataFiles.Outcome awaitAll() {
        return downloads.awaitAll();
    }

    /** Metadata files not stored after {@link #awaitAll}; meaningful only with {@link SyncOptions#files()} on. */
    long missing() {
        return downloads.missing();
    }

    /** configuration.json files among the stored rows whose body is still not in the cache. */
    int configurationsMissing(SourceRows rows, DerivaMlModel model) throws SQLException {
        return missingConfigurations(rows, model).size();
    }

    /** The metadata rows among the stored rows whose configuration.json body is still not in the cache. */
    Set<Rid> missingConfigurations(SourceRows rows, DerivaMlModel model) throws SQLException {
        Set<Rid> missing = new HashSet<>();
        if (hasMetadata(model)) {
            rows.forEach(AssetFile.METADATA_TABLE, body -> addIfMissing(body, missing));
        }
        return missing;
    }

    /** configuration.json files among these metadata rows (JSON text) whose body is not in the cache. */
    int configurationsMissing(Collection<String> metadataRows) {
        Set<Rid> missing = new HashSet<>();
        metadataRows.forEach(body -> addIfMissing(body, missing));
        return missing.size();
    }

    private void addIfMissing(String metadataRow, Set<Rid> missing) {
        AssetFile f = SyncedAssets.asset(AssetFile.METADATA_TABLE, metadataRow);
        if (f != null && isConfiguration(f) && files.fetchable(f) && !files.isStored(f)) {
            missing.add(f.rid());
        }
    }

    /** One warning for the configuration files that could not be read, since they leave inputs unpinned. */
    static List<String> configurationWarnings(MetadataFiles.Outcome outcome) {
        List<MetadataFiles.Failure> configs = outcome.failures().stream().filter(f -> isConfiguration(f.file()))
                .toList();
        if (configs.isEmpty()) {
            return List.of();
        }
        MetadataFiles.Failure first = configs.get(0);
        return List.of(configs.size() + " configuration.json file" + (configs.size() == 1 ? "" : "s")
                + " could not be fetched, so the inputs and run versions of the runs that recorded "
                + (configs.size() == 1 ? "it" : "them") + " stay unknown until a later sync reads "
                + (configs.size() == 1 ? "it" : "them") + " (" + first.file().filename() + " of row "
                + first.file().rid() + ": " + first.error().getMessage() + ")");
    }

    @Override
    public void close() {
        downloads.close();
    }

    private void offer(AssetFile file) {
        if (file == null) {
            return;
        }
        boolean configuration = isConfiguration(file);
        if (configuration || options.files()) {
            downloads.offer(file, configuration);
        }
    }

    private static boolean isConfiguration(AssetFile file) {
        return file.kind() == MetadataKind.CONFIGURATION;
    }
}
