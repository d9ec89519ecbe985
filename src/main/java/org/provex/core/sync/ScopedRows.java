package org.provex.core.sync;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.cache.CacheException;
import org.provex.core.cache.SourceRows;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored rows an incremental refresh loads again: of each table only the rows of the {@link RefreshScope}'s
 * executions and assets (in RID order, as a full load reads them; of an execution changed alone only its own row),
 * the vocabularies whole (they are small and map legacy type IDs to names), and nothing of the tables whose rows the
 * cache keeps as they are.
 */
final class ScopedRows implements CatalogSource {

    private final SourceRows rows;
    private final JsonNode schema;
    private final String describe;
    private final String snaptime;
    private final Map<TableRef, RefreshScope.Role> roles;
    private final RefreshScope scope;
    private final java.util.Set<TableRef> vocabularies;

    ScopedRows(SourceRows rows, JsonNode schema, String describe, String snaptime,
               Map<TableRef, RefreshScope.Role> roles, RefreshScope scope, java.util.Set<TableRef> vocabularies) {
        this.rows = rows;
        this.schema = schema;
        this.describe = describe;
        this.snaptime = snaptime;
        this.roles = roles;
        this.scope = scope;
        this.vocabularies = vocabularies;
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
        try {
            if (vocabularies.contains(ref)) {
                rows.forEach(ref.qualified(), body -> consumer.accept(StoredCatalogSource.parse(body, ref)));
                return;
            }
            RefreshScope.Role role = roles.get(ref);
            if (role == null) {
                return;   // kept as it is
            }
            Collection<Rid> keys = switch (role.kind()) {
                case EXECUTION -> scope.executionRows();
                case BY_EXECUTION -> scope.executions;
                case ASSET, BY_ASSET -> scope.assets;
                default -> List.of();
            };
            if (keys.isEmpty()) {
                return;
            }
            List<String> values = keys.stream().map(Rid::value).toList();
            Consumer<String> parse = body -> consumer.accept(StoredCatalogSource.parse(body, ref));
            if (role.columns().isEmpty()) {
                rows.forEachByRid(ref.qualified(), values, parse);
            } else {
                rows.forEachReferring(ref.qualified(), values, parse);
            }
        } catch (SQLException e) {
            throw new CacheException("Reading the synced rows of " + ref + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        return Optional.empty();
    }
}
