package org.provex.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.catalog.SchemaDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deriva-ml 1.54 {@code /schema} document the demo serves ({@link SchemaDocuments#current()}), and
 * the column lists its rows follow, so every row carries exactly the columns the document declares.
 */
final class DemoSchema {

    static final String ML = "deriva-ml";

    private DemoSchema() {
    }

    /** A fresh copy of the current deriva-ml 1.54 document plus the demo's domain schema. */
    static ObjectNode document() {
        ObjectNode doc = (ObjectNode) SchemaDocuments.current();
        DemoDomain.addTo(doc);
        return doc;
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
}
