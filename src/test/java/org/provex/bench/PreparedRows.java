package org.provex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.demo.DemoCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalog's rows made ready before a load is timed (as the {@code sqlite3} shell reads a file prepared before its
 * clock starts): the demo catalog builds each row's JSON as it is asked for, which would be timed as the load's.
 * Files are the demo's own bytes.
 */
final class PreparedRows implements CatalogSource {

    private final DemoCatalog demo;
    private final JsonNode schema;
    private final Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();

    PreparedRows(DemoCatalog demo) throws IOException {
        this.demo = demo;
        this.schema = demo.schemaDocument();
        for (String table : demo.tableNames()) {
            rows.put(table, demo.rowsOf(table));
        }
    }

    @Override
    public String describe() {
        return demo.describe();
    }

    @Override
    public String snaptime() {
        return demo.snaptime();
    }

    @Override
    public JsonNode schemaDocument() {
        return schema.deepCopy();
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) throws IOException {
        List<ObjectNode> list = rows.get(schemaName + ":" + table);
        if (list == null) {
            throw new IOException("no table " + schemaName + ":" + table);
        }
        list.forEach(consumer);
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        return demo.openFile(url);
    }
}
