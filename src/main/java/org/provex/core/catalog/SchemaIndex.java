package org.provex.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The parts of an ERMrest {@code /schema} document that discovery needs, read defensively: anything missing or
 * of the wrong JSON type is skipped, because users only see what their rights allow and servers differ.
 */
final class SchemaIndex {

    static final String ASSET_ANNOTATION = "tag:isrd.isi.edu,2017:asset";
    static final Set<String> SYSTEM_COLUMNS = Set.of("RID", "RCT", "RMT", "RCB", "RMB");

    /** A foreign key; composite keys keep all their columns in order. */
    record ForeignKey(List<String> columns, TableRef target, List<String> targetColumns) {

        boolean isSingle() {
            return columns.size() == 1 && targetColumns.size() == 1;
        }

        boolean references(TableRef table, String column) {
            return isSingle() && target.equals(table) && targetColumns.get(0).equals(column);
        }
    }

    record Table(TableRef ref, List<String> columns, List<ForeignKey> foreignKeys, Set<String> assetAnnotated) {

        boolean hasColumn(String column) {
            return columns.contains(column);
        }

        List<String> userColumns() {
            return columns.stream().filter(c -> !SYSTEM_COLUMNS.contains(c)).toList();
        }
    }

    private final Map<String, Map<String, Table>> schemas;
    private final Optional<String> snaptime;

    private SchemaIndex(Map<String, Map<String, Table>> schemas, Optional<String> snaptime) {
        this.schemas = schemas;
        this.snaptime = snaptime;
    }

    static SchemaIndex parse(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new CatalogSchemaException("The catalog's schema description is not a JSON object, so it is not an "
                    + "ERMrest /schema response. Check the catalog address.");
        }
        JsonNode schemaNodes = document.get("schemas");
        if (schemaNodes == null || !schemaNodes.isObject()) {
            throw new CatalogSchemaException("The catalog's schema description has no list of schemas, so it is not "
                    + "an ERMrest /schema response. Check the catalog address.");
        }
        Map<String, Map<String, Table>> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schema : schemaNodes.properties()) {
            Map<String, Table> tables = new LinkedHashMap<>();
            JsonNode tableNodes = schema.getValue().path("tables");
            if (tableNodes.isObject()) {
                for (Map.Entry<String, JsonNode> table : tableNodes.properties()) {
                    if (table.getValue().isObject()) {
                        TableRef ref = new TableRef(schema.getKey(), table.getKey());
                        tables.put(table.getKey(), readTable(ref, table.getValue()));
                    }
                }
            }
            schemas.put(schema.getKey(), tables);
        }
        JsonNode snap = document.get("snaptime");
        Optional<String> snaptime = snap != null && snap.isString() && !snap.stringValue().isEmpty()
                ? Optional.of(snap.stringValue()) : Optional.empty();
        return new SchemaIndex(schemas, snaptime);
    }

    private static Table readTable(TableRef ref, JsonNode node) {
        List<String> columns = new ArrayList<>();
        Set<String> annotated = new HashSet<>();
        for (JsonNode column : node.path("column_definitions").values()) {
            JsonNode name = column.get("name");
            if (name == null || !name.isString()) {
                continue;
            }
            columns.add(name.stringValue());
            JsonNode annotations = column.get("annotations");
            if (annotations != null && annotations.isObject() && annotations.has(ASSET_ANNOTATION)) {
                annotated.add(name.stringValue());
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (JsonNode fk : node.path("foreign_keys").values()) {
            readForeignKey(fk).ifPresent(foreignKeys::add);
        }
        return new Table(ref, List.copyOf(columns), List.copyOf(foreignKeys), Set.copyOf(annotated));
    }

    private static Optional<ForeignKey> readForeignKey(JsonNode fk) {
        List<String> from = new ArrayList<>();
        for (JsonNode column : fk.path("foreign_key_columns").values()) {
            from.add(text(column, "column_name"));
        }
        List<String> to = new ArrayList<>();
        Set<TableRef> targets = new HashSet<>();
        for (JsonNode column : fk.path("referenced_columns").values()) {
            to.add(text(column, "column_name"));
            String schema = text(column, "schema_name");
            String table = text(column, "table_name");
            if (schema.isEmpty() || table.isEmpty()) {
                return Optional.empty();
            }
            targets.add(new TableRef(schema, table));
        }
        if (from.isEmpty() || from.size() != to.size() || targets.size() != 1
                || from.contains("") || to.contains("")) {
            return Optional.empty();
        }
        return Optional.of(new ForeignKey(List.copyOf(from), targets.iterator().next(), List.copyOf(to)));
    }

    /** The string value of a field, or "" when it is absent or not a string. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : "";
    }

    Optional<String> snaptime() {
        return snaptime;
    }

    Collection<String> schemaNames() {
        return schemas.keySet();
    }

    boolean hasSchema(String schema) {
        return schemas.containsKey(schema);
    }

    Optional<Table> table(TableRef ref) {
        Map<String, Table> tables = schemas.get(ref.schema());
        return Optional.ofNullable(tables == null ? null : tables.get(ref.table()));
    }

    /** Tables of one schema in document order; empty when the schema is absent. */
    Collection<Table> tables(String schema) {
        Map<String, Table> tables = schemas.get(schema);
        return tables == null ? List.of() : tables.values();
    }
}
