package org.provex.core.cache.ingest;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.MetaKeys;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.DerivaMlModel;
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
        String snaptime = source.snaptime();
        LOG.info("Loading {} at snapshot {} into {} ({})", source.describe(), snaptime, db.file(), model.shape());
        IngestReport report = db.replaceContent(writer -> {
            IngestReport.Builder builder = new IngestReport.Builder();
            new LoadRun(source, model, writer, db.blobs(), builder, listener).load();
            writer.putMeta(MetaKeys.SOURCE, source.describe());
            writer.putMeta(MetaKeys.SNAPTIME, snaptime);
            writer.putMeta(MetaKeys.SYNCED_AT, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            writer.putMeta(MetaKeys.MODEL_SHAPE, model.shape());
            writer.putMeta(MetaKeys.MODEL_NOTES, MetaKeys.notesJson(model.notes()));
            return builder.build(source.describe(), snaptime);
        });
        LOG.info("Loaded {}: {} executions, {} files ({} bytes), {} warnings", source.describe(),
                report.rows(model.execution().qualified()), report.filesFetched(), report.bytesFetched(),
                report.warnings().size() + report.moreWarnings());
        return report;
    }
}
