package org.provex.core.demo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The embedded demo catalog: a deriva-ml CIFAR-10 project held in memory and served exactly as
 * ERMrest and Hatrac would serve it. Built by {@link DemoCatalogGenerator}; immutable once built.
 * Its host uses the reserved {@code .invalid} top-level domain so nothing can ever try to reach it.
 */
public final class DemoCatalog implements CatalogSource {

    public static final String HOST = "demo.provex.invalid";
    public static final String CATALOG_ID = "1";

    private final JsonNode schema;
    private final DemoTables tables;
    private final Map<String, byte[]> files;
    private final String snaptime;

    DemoCatalog(JsonNode schema, DemoTables tables, Map<String, byte[]> files, String snaptime) {
        this.schema = schema;
        this.tables = tables;
        this.files = Collections.unmodifiableMap(files);
        this.snaptime = snaptime;
    }

    @Override
    public String describe() {
        return HOST + "/" + CATALOG_ID;
    }

    @Override
    public String snaptime() {
        return snaptime;
    }

    /** A copy of the {@code /schema} document, so callers cannot change what others read. */
    @Override
    public JsonNode schemaDocument() {
        return schema.deepCopy();
    }

    @Override
    public void rows(String schema, String table, Consumer<ObjectNode> consumer) {
        DemoTables.Table t = tables.table(schema + ":" + table);
        for (Object[] row : t.rows()) {
            consumer.accept(DemoTables.toJson(t, row));
        }
    }

    /** Every table of the schema document as {@code schema:table}, including empty ones. */
    public List<String> tableNames() {
        return List.copyOf(tables.tables().keySet());
    }

    /** All rows of {@code schema:table} (or a bare deriva-ml table name) in RID order. */
    public List<ObjectNode> rowsOf(String qualifiedTable) {
        DemoTables.Table t = tables.table(qualifiedTable);
        List<ObjectNode> out = new ArrayList<>(t.rows().size());
        for (Object[] row : t.rows()) {
            out.add(DemoTables.toJson(t, row));
        }
        return out;
    }

    public List<ObjectNode> rowsOf(String schema, String table) {
        return rowsOf(schema + ":" + table);
    }

    /** Number of rows of a table without building them. */
    public int rowCount(String qualifiedTable) {
        return tables.table(qualifiedTable).rows().size();
    }

    /** Column names of a table in document order. */
    public List<String> columnsOf(String qualifiedTable) {
        return tables.table(qualifiedTable).columns();
    }

    /** Hatrac URL to bytes for every asset this catalog serves. The arrays are shared: do not modify. */
    public Map<String, byte[]> files() {
        return files;
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        byte[] bytes = url == null ? null : files.get(stripHost(url));
        return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
    }

    /** Accepts the server-relative URL the catalog stores and the absolute form built from it. */
    private static String stripHost(String url) {
        String prefix = "https://" + HOST;
        return url.startsWith(prefix) ? url.substring(prefix.length()) : url;
    }
}
