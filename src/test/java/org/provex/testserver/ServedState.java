package org.provex.testserver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One published catalog state, materialised: the model, every table's rows, and a RID index. Immutable. */
final class ServedState {

    /** How a column's literals compare. */
    enum ColumnType { TEXT, NUMBER, TIMESTAMP }

    private final Snaptime snaptime;
    private final CatalogSource source;
    private final JsonNode schema;
    private final Map<TableRef, List<ObjectNode>> rows;
    private final Map<TableRef, Map<String, ColumnType>> columns;
    private final Map<String, TableRef> ridIndex;

    private ServedState(Snaptime snaptime, CatalogSource source, JsonNode schema,
                        Map<TableRef, List<ObjectNode>> rows, Map<TableRef, Map<String, ColumnType>> columns) {
        this.snaptime = snaptime;
        this.source = source;
        this.schema = schema;
        this.rows = rows;
        this.columns = columns;
        Map<String, TableRef> index = new HashMap<>();
        rows.forEach((table, list) -> list.forEach(row -> index.put(Rid.normalise(row.path("RID").asString()),
                table)));
        this.ridIndex = index;
    }

    static ServedState read(CatalogSource source) throws IOException {
        Snaptime snaptime = Snaptime.parse(source.snaptime());
        JsonNode schema = source.schemaDocument();
        Map<TableRef, List<ObjectNode>> rows = new LinkedHashMap<>();
        Map<TableRef, Map<String, ColumnType>> columns = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> s : schema.path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> t : s.getValue().path("tables").properties()) {
                TableRef table = new TableRef(s.getKey(), t.getKey());
                Map<String, ColumnType> types = new LinkedHashMap<>();
                for (JsonNode column : t.getValue().path("column_definitions")) {
                    types.put(column.path("name").asString(), typeOf(column.path("type")));
                }
                columns.put(table, Collections.unmodifiableMap(types));
                List<ObjectNode> list = new ArrayList<>();
                source.rows(table.schema(), table.table(), row -> list.add(row.deepCopy()));
                // kept in RID order (text order, as @sort(RID)), like the primary-key index ERMrest pages over
                list.sort(java.util.Comparator.comparing(r -> r.path("RID").asString("")));
                rows.put(table, Collections.unmodifiableList(list));
            }
        }
        return new ServedState(snaptime, source, schema.deepCopy(), rows, columns);
    }

    private static ColumnType typeOf(JsonNode type) {
        String name = type.path("typename").asString("");
        if (type.path("is_domain").asBoolean(false) || name.startsWith("ermrest_")) {
            name = type.path("base_type").path("typename").asString(name);
        }
        if (name.startsWith("int") || name.startsWith("float") || name.equals("numeric") || name.equals("serial4")
                || name.equals("serial8")) {
            return ColumnType.NUMBER;
        }
        if (name.startsWith("timestamp") || name.equals("date")) {
            return ColumnType.TIMESTAMP;
        }
        return ColumnType.TEXT;
    }

    Snaptime snaptime() {
        return snaptime;
    }

    CatalogSource source() {
        return source;
    }

    JsonNode schema() {
        return schema;
    }

    boolean hasSchema(String name) {
        return schema.path("schemas").has(name);
    }

    Optional<List<ObjectNode>> rows(TableRef table) {
        return Optional.ofNullable(rows.get(table));
    }

    /** The table of a unique table name (ERMrest allows {@code T} alone when unambiguous). */
    Optional<TableRef> uniqueTable(String name) {
        List<TableRef> found = rows.keySet().stream().filter(t -> t.table().equals(name)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    Map<String, ColumnType> columns(TableRef table) {
        return columns.getOrDefault(table, Map.of());
    }

    Optional<TableRef> tableOfRid(String rid) {
        return Optional.ofNullable(ridIndex.get(Rid.normalise(rid)));
    }

    Map<String, TableRef> ridIndex() {
        return ridIndex;
    }
}
