package org.provex.core.cache.ingest;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.CacheWriter;
import org.provex.core.cache.MetaKeys;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.TableRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full load of a catalog into its cache: discovers the deriva-ml model from {@code /schema}, reads
 * every provenance table through the {@link CatalogSource}, stores metadata file bodies in the blob
 * store, and replaces the cache content in one transaction. If anything fails midway (an
 * {@link IOException} from the source included) the cache is left exactly as it was. Runs on the
 * caller's thread.
 */
public final class CatalogIngestor {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogIngestor.class);

    private final CacheDatabase db;

    public CatalogIngestor(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public IngestReport ingest(CatalogSource source) throws IOException {
        return ingest(source, IngestListener.NONE);
    }

    /**
     * @throws IOException when the source fails; the cache is unchanged
     * @throws org.provex.core.catalog.CatalogSchemaException when the catalog is not a deriva-ml catalog
     */
    public IngestReport ingest(CatalogSource source, IngestListener listener) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        DerivaMlModel model = DerivaMlModel.discover(source.schemaDocument());
        LOG.info("Loading {} at snapshot {} into {} ({})", source.describe(), source.snaptime(), db.file(),
                model.shape());
        IngestReport report = db.replaceContent(writer -> load(writer, source, model, FilePolicy.ALL_METADATA, null,
                listener));
        LOG.info("Loaded {}: {} executions, {} files ({} bytes), {} warnings", source.describe(),
                report.rows(model.execution().qualified()), report.filesFetched(), report.bytesFetched(),
                report.warnings().size() + report.moreWarnings());
        return report;
    }

    /**
     * Rebuilds the provenance tables inside a write transaction the caller holds: empties them, maps every row of
     * the source into them and records what the cache reflects. Used by sync, whose source is the rows it has just
     * stored in the same transaction. Nothing is committed here.
     */
    public IngestReport rebuild(CacheWriter writer, CatalogSource source, DerivaMlModel model, FilePolicy files,
                                FileFetcher fetcher, IngestListener listener) throws IOException, SQLException {
        writer.clearProvenance();
        return load(writer, source, model, files, fetcher, listener);
    }

    /**
     * An incremental refresh inside a write transaction the caller holds, after
     * {@link CacheWriter#forgetForRefresh}: maps the rows the source gives (the refreshed executions and assets and
     * the rows around them that depend on them) and nothing else; workflows and dataset versions are taken from the
     * cache as they are. Nothing is committed here.
     */
    public IngestReport refresh(CacheWriter writer, CatalogSource source, DerivaMlModel model, FilePolicy files,
                                FileFetcher fetcher) throws IOException, SQLException {
        IngestReport.Builder builder = new IngestReport.Builder();
        LoadRun run = new LoadRun(source, model, writer, db.blobs(), builder, IngestListener.NONE, files, fetcher);
        run.workflows.addAll(writer.workflowRids());
        writer.datasetVersions().forEach(v -> run.versions.put(v.rid(), v));
        run.storedAssets = writer::storedAsset;
        run.load();
        return record(writer, source, model, builder);
    }

    /** The tables a load reads, in the order it reads them (see {@link #rebuild}); a source may fetch ahead. */
    public static List<TableRef> readOrder(DerivaMlModel model) {
        return LoadRun.readOrder(model);
    }

    private IngestReport load(CacheWriter writer, CatalogSource source, DerivaMlModel model, FilePolicy files,
                              FileFetcher fetcher, IngestListener listener) throws IOException, SQLException {
        IngestReport.Builder builder = new IngestReport.Builder();
        new LoadRun(source, model, writer, db.blobs(), builder, listener, files, fetcher).load();
        return record(writer, source, model, builder);
    }

    private static IngestReport record(CacheWriter writer, CatalogSource source, DerivaMlModel model,
                                       IngestReport.Builder builder) throws SQLException {
        writer.putMeta(MetaKeys.SOURCE, source.describe());
        writer.putMeta(MetaKeys.SNAPTIME, source.snaptime());
        writer.putMeta(MetaKeys.SYNCED_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        writer.putMeta(MetaKeys.MODEL_SHAPE, model.shape());
        writer.putMeta(MetaKeys.MODEL_NOTES, MetaKeys.notesJson(model.notes()));
        return builder.build(source.describe(), source.snaptime());
    }
}
