package org.provex.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deriva-ml 1.54 {@code /schema} document the demo serves, and the column lists its rows follow.
 * Built from the fresh-catalog dump plus the columns 1.54 added (the three duration columns and
 * {@code Dataset_Execution.Dataset_Version}). This stands in until {@code SchemaDocuments.current()}
 * from the schema branch is merged; the rows are generated from whatever column lists it holds.
 */
final class DemoSchema {

    static final String RESOURCE = "deriva-ml-1.54-base-schema.json";
    static final String ML = "deriva-ml";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DemoSchema() {
    }

    /** A fresh copy of the document (callers may not share a mutable tree). */
    static ObjectNode document() {
        try (InputStream in = DemoSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ObjectNode doc = (ObjectNode) MAPPER.readTree(in);
            ObjectNode ml = (ObjectNode) doc.path("schemas").path(ML).path("tables");
            addTextColumn((ObjectNode) ml.get("Execution"), "Execution_Duration", "Duration of the algorithm phase");
            addTextColumn((ObjectNode) ml.get("Execution"), "Download_Duration", "Duration of the download phase");
            addTextColumn((ObjectNode) ml.get("Execution"), "Upload_Duration", "Duration of the upload phase");
            addTextColumn((ObjectNode) ml.get("Dataset_Execution"), "Dataset_Version",
                    "The dataset version this execution consumed");
            addForeignKey((ObjectNode) ml.get("Dataset_Execution"), "Dataset_Version", "Dataset_Version");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code schema:table} to its column names in document order (system columns first in the dump). */
    static Map<String, List<String>> columns(JsonNode doc) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schema : doc.path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> table : schema.getValue().path("tables").properties()) {
                List<String> names = new ArrayList<>();
                for (JsonNode column : table.getValue().path("column_definitions")) {
                    names.add(column.path("name").stringValue());
                }
                result.put(schema.getKey() + ":" + table.getKey(), List.copyOf(names));
            }
        }
        return result;
    }

    private static void addTextColumn(ObjectNode table, String name, String comment) {
        ArrayNode columns = (ArrayNode) table.get("column_definitions");
        for (JsonNode c : columns) {
            if (name.equals(c.path("name").stringValue())) {
                return;
            }
        }
        ObjectNode c = columns.addObject();
        c.put("name", name);
        c.putObject("acls");
        c.putObject("acl_bindings");
        c.putObject("annotations");
        c.put("comment", comment);
        c.putObject("type").put("typename", "text");
        c.put("nullok", true);
        c.putNull("default");
    }

    private static void addForeignKey(ObjectNode table, String column, String target) {
        String schema = table.path("schema_name").stringValue();
        String name = table.path("table_name").stringValue();
        ObjectNode fk = ((ArrayNode) table.get("foreign_keys")).addObject();
        fk.putObject("acls");
        fk.putObject("acl_bindings");
        fk.putObject("annotations");
        fk.putNull("comment");
        fk.putArray("foreign_key_columns").addObject()
                .put("schema_name", schema).put("table_name", name).put("column_name", column);
        fk.putArray("referenced_columns").addObject()
                .put("schema_name", schema).put("table_name", target).put("column_name", "RID");
        fk.putArray("names").addArray().add(schema).add(name + "_" + column + "_fkey");
        fk.put("on_delete", "NO ACTION");
        fk.put("on_update", "NO ACTION");
    }
}
