package org.provex.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the schema document of a current (deriva-ml 1.54) catalog. The only real fresh-catalog dump predates 1.54,
 * so the 1.54 additions are grafted onto it in the dump's own JSON shape; the demo catalog and the test server
 * serve the result.
 */
public final class SchemaDocuments {

    /** Classpath location of the fresh-catalog dump (May 2026) that {@link #current()} starts from. */
    public static final String BASE_RESOURCE = "/org/provex/core/demo/deriva-ml-1.54-base-schema.json";

    private static final String ML = DerivaMlModel.ML_SCHEMA;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaDocuments() {
    }

    /** The current deriva-ml 1.54 schema document: the bundled fresh dump with the 1.54 additions. */
    public static JsonNode current() {
        try (InputStream in = SchemaDocuments.class.getResourceAsStream(BASE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled schema " + BASE_RESOURCE + " is missing from the build");
            }
            return withDerivaMl154Columns(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled schema " + BASE_RESOURCE, e);
        }
    }

    /**
     * Returns a deep copy of a fresh deriva-ml dump with the deriva-ml 1.54 additions: Execution_Duration,
     * Download_Duration and Upload_Duration on Execution, Dataset_Version (FK to Dataset_Version.RID) on
     * Dataset_Execution, and the Directory_Dataset table. The legacy Duration column is kept, as on real catalogs.
     * Parts already present are left alone.
     *
     * @throws CatalogSchemaException when the dump has no deriva-ml Execution or Dataset_Execution table
     */
    public static JsonNode withDerivaMl154Columns(JsonNode freshDump) {
        if (freshDump == null || !freshDump.isObject()) {
            throw new CatalogSchemaException("The schema document to extend is not a JSON object.");
        }
        ObjectNode document = (ObjectNode) freshDump.deepCopy();
        JsonNode tablesNode = document.path("schemas").path(ML).path("tables");
        if (!tablesNode.isObject()) {
            throw new CatalogSchemaException("The schema document to extend has no '" + ML + "' tables.");
        }
        ObjectNode tables = (ObjectNode) tablesNode;
        ObjectNode execution = table(tables, "Execution");
        ObjectNode datasetExecution = table(tables, "Dataset_Execution");
        ObjectNode directoryTemplate = datasetExecution.deepCopy();

        addTextColumn(execution, "Execution_Duration", true, "Time spent running the algorithm (execution phase).");
        addTextColumn(execution, "Download_Duration", true, "Time spent downloading inputs (initialization phase).");
        addTextColumn(execution, "Upload_Duration", true, "Time spent uploading outputs (commit phase).");
        if (addTextColumn(datasetExecution, "Dataset_Version", true,
                "The version of the dataset this execution consumed.")) {
            addForeignKey(datasetExecution, "Dataset_Execution", "Dataset_Version", "Dataset_Version", "NO ACTION");
        }
        if (!tables.has("Directory_Dataset")) {
            tables.set("Directory_Dataset", directoryDataset(directoryTemplate));
        }
        return document;
    }

    private static ObjectNode table(ObjectNode tables, String name) {
        JsonNode table = tables.get(name);
        if (table == null || !table.isObject() || !table.path("column_definitions").isArray()) {
            throw new CatalogSchemaException("The schema document to extend has no '" + ML + ":" + name + "' table.");
        }
        return (ObjectNode) table;
    }

    /** Appends a text column shaped like the table's other text columns; false when it already exists. */
    private static boolean addTextColumn(ObjectNode table, String name, boolean nullok, String comment) {
        ArrayNode columns = (ArrayNode) table.get("column_definitions");
        ObjectNode template = null;
        for (JsonNode column : columns) {
            if (name.equals(column.path("name").stringValue(null))) {
                return false;
            }
            if (template == null && column.isObject() && "text".equals(column.path("type").path("typename")
                    .stringValue(null))) {
                template = (ObjectNode) column;
            }
        }
        ObjectNode column = template == null ? MAPPER.createObjectNode() : template.deepCopy();
        column.put("name", name);
        column.putObject("annotations");
        column.put("comment", comment);
        column.putObject("type").put("typename", "text");
        column.put("nullok", nullok);
        column.putNull("default");
        if (column.has("RID")) {
            column.put("RID", syntheticRid(table, name));
        }
        columns.add(column);
        return true;
    }

    /** Appends a single-column FK to {@code deriva-ml:<target>.RID}, shaped like the table's existing RID FKs. */
    private static void addForeignKey(ObjectNode table, String tableName, String column, String target,
                                      String onDelete) {
        ArrayNode fks = table.has("foreign_keys") && table.get("foreign_keys").isArray()
                ? (ArrayNode) table.get("foreign_keys") : table.putArray("foreign_keys");
        ObjectNode template = null;
        for (JsonNode fk : fks) {
            if (fk.isObject() && "RID".equals(fk.path("referenced_columns").path(0).path("column_name")
                    .stringValue(null))) {
                template = (ObjectNode) fk;
                break;
            }
        }
        ObjectNode fk = template == null ? MAPPER.createObjectNode() : template.deepCopy();
        fk.putArray("foreign_key_columns").add(columnRef(ML, tableName, column));
        fk.putArray("referenced_columns").add(columnRef(ML, target, "RID"));
        fk.putArray("names").addArray().add(ML).add(tableName + "_" + column + "_fkey");
        fk.put("on_delete", onDelete);
        fk.put("on_update", "NO ACTION");
        fk.putObject("annotations");
        fk.putNull("comment");
        if (fk.has("RID")) {
            fk.put("RID", syntheticRid(table, column + "_fkey"));
        }
        fks.add(fk);
    }

    /** Directory_Dataset(Dataset unique FK to Dataset.RID, Path), built from the Dataset_Execution association. */
    private static ObjectNode directoryDataset(ObjectNode template) {
        String name = "Directory_Dataset";
        ObjectNode table = template.deepCopy();
        table.put("table_name", name);
        table.put("comment", "Dataset created from a directory tree: the source directory relative to the ingest "
                + "root.");
        table.putObject("annotations");
        ArrayNode columns = table.putArray("column_definitions");
        for (JsonNode column : template.path("column_definitions")) {
            String columnName = column.path("name").stringValue("");
            if (SchemaIndex.SYSTEM_COLUMNS.contains(columnName) || columnName.equals("Dataset")) {
                columns.add(column.deepCopy());
            }
        }
        addTextColumn(table, "Dataset", false, "The dataset built from the directory.");
        addTextColumn(table, "Path", true, "Source directory, relative to the ingest root.");
        ArrayNode keys = table.putArray("keys");
        keys.add(key(name, "RID", "_RID_key"));
        keys.add(key(name, "Dataset", "_Dataset_key"));
        ArrayNode fks = table.putArray("foreign_keys");
        for (JsonNode fk : template.path("foreign_keys")) {
            String from = fk.path("foreign_key_columns").path(0).path("column_name").stringValue("");
            if (from.equals("RCB") || from.equals("RMB") || from.equals("Dataset")) {
                ObjectNode copy = (ObjectNode) fk.deepCopy();
                copy.putArray("foreign_key_columns").add(columnRef(ML, name, from));
                copy.putArray("names").addArray().add(ML).add(name + "_" + from + "_fkey");
                fks.add(copy);
            }
        }
        if (fks.size() < 3) {
            addForeignKey(table, name, "Dataset", "Dataset", "CASCADE");
        }
        return table;
    }

    private static ObjectNode key(String table, String column, String suffix) {
        ObjectNode key = MAPPER.createObjectNode();
        key.putObject("annotations");
        key.putNull("comment");
        key.putArray("unique_columns").add(column);
        key.putArray("names").addArray().add(ML).add(table + suffix);
        return key;
    }

    private static ObjectNode columnRef(String schema, String table, String column) {
        ObjectNode ref = MAPPER.createObjectNode();
        ref.put("schema_name", schema);
        ref.put("table_name", table);
        ref.put("column_name", column);
        return ref;
    }

    /** A stable made-up RID, only used when the dump itself carries RIDs on model elements. */
    private static String syntheticRid(ObjectNode table, String element) {
        int hash = (table.path("table_name").stringValue("") + "/" + element).hashCode() & 0xFFFF;
        return String.format("SYN-%04X", hash);
    }
}
