package org.provex.core.cache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A catalog held in memory for tests: a schema document, rows per table, file bodies per URL. */
final class InMemoryCatalogSource implements CatalogSource {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode schema;
    private final String snaptime;
    private final Map<String, List<ObjectNode>> rows = new HashMap<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private int failOnTableRead = -1;
    private int tableReads;

    InMemoryCatalogSource(JsonNode schema, String snaptime) {
        this.schema = schema;
        this.snaptime = snaptime;
    }

    /** Adds a row given as alternating column names and values (String, Number, Boolean or null). */
    InMemoryCatalogSource row(String qualifiedTable, Object... columnsAndValues) {
        ObjectNode row = JSON.createObjectNode();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String column = (String) columnsAndValues[i];
            Object value = columnsAndValues[i + 1];
            if (value == null) {
                row.putNull(column);
            } else if (value instanceof Number n) {
                row.put(column, n.longValue());
            } else if (value instanceof Boolean b) {
                row.put(column, b);
            } else {
                row.put(column, value.toString());
            }
        }
        rows.computeIfAbsent(qualifiedTable, k -> new ArrayList<>()).add(row);
        return this;
    }

    InMemoryCatalogSource file(String url, byte[] body) {
        files.put(url, body);
        return this;
    }

    /** Makes the n-th table read (1-based) throw an IOException after delivering one row. */
    InMemoryCatalogSource failOnTableRead(int n) {
        this.failOnTableRead = n;
        return this;
    }

    @Override
    public String describe() {
        return "memory.provex.invalid/1";
    }

    @Override
    public String snaptime() {
        return snaptime;
    }

    @Override
    public JsonNode schemaDocument() {
        return schema;
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) throws IOException {
        tableReads++;
        List<ObjectNode> list = rows.getOrDefault(schemaName + ":" + table, List.of());
        for (ObjectNode row : list) {
            consumer.accept(row.deepCopy());
            if (tableReads == failOnTableRead) {
                break;
            }
        }
        if (tableReads == failOnTableRead) {
            throw new IOException("connection reset while reading " + schemaName + ":" + table);
        }
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        byte[] body = files.get(url);
        return body == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(body));
    }
}
