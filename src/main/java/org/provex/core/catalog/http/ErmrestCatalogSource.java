package org.provex.core.catalog.http;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A live catalog read through ERMrest and Hatrac, pinned at one snaptime so that every table and page reflects the
 * same moment. Files are returned unverified, as the {@link CatalogSource} contract says; {@link #files()} offers
 * verified downloads.
 */
public final class ErmrestCatalogSource implements CatalogSource {

    private final ErmrestClient client;
    private final HatracClient files;
    private final Snaptime snaptime;
    private final int pageSize;
    private JsonNode schema;

    public ErmrestCatalogSource(ErmrestClient client, HatracClient files, Snaptime snaptime, int pageSize) {
        this.client = Objects.requireNonNull(client, "client");
        this.files = Objects.requireNonNull(files, "files");
        this.snaptime = Objects.requireNonNull(snaptime, "snaptime");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, not " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Pins the catalog's current snaptime (one request) and reads at it. */
    public static ErmrestCatalogSource atLatest(DerivaHttp http) throws CatalogException {
        ErmrestClient client = new ErmrestClient(http);
        return new ErmrestCatalogSource(client, new HatracClient(http), client.catalogSnaptime(),
                ErmrestClient.DEFAULT_PAGE_SIZE);
    }

    public ErmrestClient client() {
        return client;
    }

    public HatracClient files() {
        return files;
    }

    public Snaptime pinnedAt() {
        return snaptime;
    }

    @Override
    public String describe() {
        return client.location().describe() + "@" + snaptime;
    }

    @Override
    public String snaptime() {
        return snaptime.value();
    }

    @Override
    public synchronized JsonNode schemaDocument() throws CatalogException {
        if (schema == null) {
            schema = client.schema(snaptime);
        }
        return schema.deepCopy();
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) throws CatalogException {
        client.pageRows(new TableRef(schemaName, table), snaptime, pageSize, consumer);
    }

    @Override
    public Optional<InputStream> openFile(String url) throws CatalogException {
        return files.serves(url) ? Optional.of(files.open(url)) : Optional.empty();
    }
}
