package org.provex.core.demo;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo's domain schema, {@code cifar10}, as deriva-ml's {@code create_asset_table} and
 * {@code add_dataset_element_type} lay it out: an {@code Image} asset table with its class label, its type and
 * execution associations, and {@code Dataset_Image}, which makes images dataset members.
 */
final class DemoDomain {

    static final String SCHEMA = "cifar10";
    static final String IMAGE = SCHEMA + ":Image";
    static final String DATASET_IMAGE = SCHEMA + ":Dataset_Image";
    private static final String ML = DemoSchema.ML;

    private DemoDomain() {
    }

    /** Adds the domain schema to a {@code /schema} document. */
    static void addTo(ObjectNode document) {
        ObjectNode tables = ((ObjectNode) document.path("schemas")).putObject(SCHEMA).put("schema_name", SCHEMA)
                .putObject("tables");
        ObjectNode image = table(tables, "Image", List.of("URL", "text", "Filename", "text", "Description",
                "markdown", "Length", "int8", "MD5", "text", "Image_Class", "text"));
        image.putArray("foreign_keys");
        ObjectNode types = table(tables, "Image_Asset_Type", List.of("Image", "text", "Asset_Type", "text"));
        foreignKeys(types, "Image", SCHEMA, "Image", "RID", "Asset_Type", ML, "Asset_Type", "Name");
        ObjectNode runs = table(tables, "Image_Execution", List.of("Image", "text", "Execution", "text",
                "Asset_Role", "text"));
        foreignKeys(runs, "Image", SCHEMA, "Image", "RID", "Execution", ML, "Execution", "RID",
                "Asset_Role", ML, "Asset_Role", "Name");
        ObjectNode members = table(tables, "Dataset_Image", List.of("Dataset", "text", "Image", "text"));
        foreignKeys(members, "Dataset", ML, "Dataset", "RID", "Image", SCHEMA, "Image", "RID");
    }

    private static ObjectNode table(ObjectNode tables, String name, List<String> columns) {
        ObjectNode table = tables.putObject(name).put("schema_name", SCHEMA).put("table_name", name);
        ArrayNode defs = table.putArray("column_definitions");
        for (String[] system : new String[][] {{"RID", "ermrest_rid", "text"}, {"RCT", "ermrest_rct", "timestamptz"},
            {"RMT", "ermrest_rmt", "timestamptz"}, {"RCB", "ermrest_rcb", "text"}, {"RMB", "ermrest_rmb", "text"}}) {
            ObjectNode type = defs.addObject().put("name", system[0]).putObject("type").put("typename", system[1])
                    .put("is_domain", true);
            type.putObject("base_type").put("typename", system[2]);
        }
        for (int i = 0; i < columns.size(); i += 2) {
            defs.addObject().put("name", columns.get(i)).putObject("type").put("typename", columns.get(i + 1));
        }
        table.putArray("keys").addObject().putArray("unique_columns").add("RID");
        return table;
    }

    /** Single-column keys, four values each: column, target schema, target table, target column. */
    private static void foreignKeys(ObjectNode table, String... spec) {
        ArrayNode keys = table.putArray("foreign_keys");
        for (int i = 0; i < spec.length; i += 4) {
            ObjectNode fk = keys.addObject();
            fk.putArray("foreign_key_columns").addObject().put("schema_name", SCHEMA)
                    .put("table_name", table.path("table_name").asString()).put("column_name", spec[i]);
            fk.putArray("referenced_columns").addObject().put("schema_name", spec[i + 1])
                    .put("table_name", spec[i + 2]).put("column_name", spec[i + 3]);
        }
    }
}
