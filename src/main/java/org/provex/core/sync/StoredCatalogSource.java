package org.provex.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.provex.core.cache.CacheException;
import org.provex.core.cache.SourceRows;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows a sync mirrored, read back inside the sync's own transaction, so that the provenance tables are rebuilt
 * from exactly what is stored (full and incremental syncs load the same way). Serves no files: the sync has already
 * put the ones the load needs into the blob store.
 */
final class StoredCatalogSource implements CatalogSource {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SourceRows rows;
    private final JsonNode schema;
    private final String describe;
    private final String snaptime;
    private final Set<TableRef> mirrored;

    StoredCatalogSource(SourceRows rows, JsonNode schema, String describe, String snaptime, Set<TableRef> mirrored) {
        this.rows = rows;
        this.schema = schema;
        this.describe = describe;
        this.snaptime = snaptime;
        this.mirrored = Set.copyOf(mirrored);
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public String snaptime() {
        return snaptime;
    }

    @Override
    public JsonNode schemaDocument() {
        return schema.deepCopy();
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) throws IOException {
        TableRef ref = new TableRef(schemaName, table);
        if (!mirrored.contains(ref)) {
            // The load asked for a table ProvenanceTables does not mirror: the two lists have drifted apart.
            throw new CatalogException.NotFound("table " + ref + " (not mirrored by sync)", 409, null);
        }
        try {
            rows.forEach(ref.qualified(), body -> consumer.accept(parse(body, ref)));
        } catch (SQLException e) {
            throw new CacheException("Reading the synced rows of " + ref + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        return Optional.empty();
    }

    static ObjectNode parse(String body, TableRef table) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("A stored row of " + table + " is not JSON", e));
        }
        throw new CacheException("A stored row of " + table + " is not a JSON object; delete the cache and sync "
                + "again");
    }
}
