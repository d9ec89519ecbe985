package org.provex.core.demo;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.MemberAssociation;
import org.provex.core.lineage.MemberSource;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The embedded demo catalog: a deriva-ml CIFAR-10 project held in memory and served exactly as
 * ERMrest and Hatrac would serve it. Built by {@link DemoCatalogGenerator}; immutable once built.
 * Its host uses the reserved {@code .invalid} top-level domain so nothing can ever try to reach it.
 */
public final class DemoCatalog implements CatalogSource, MemberSource {

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

    /**
     * The catalog as it stood at each released dataset version's snapshot, oldest first: what ERMrest serves at
     * {@code /ermrest/catalog/1@SNAPSHOT}. Rows created later are absent and deleted rows are present; rows updated
     * in place show their latest values (exact for the member associations, which are only inserted and deleted).
     */
    public List<CatalogSource> history() {
        Set<String> snapshots = new TreeSet<>((a, b) -> Snaptime.parse(a).compareTo(Snaptime.parse(b)));
        for (ObjectNode v : rowsOf("deriva-ml:Dataset_Version")) {
            String snap = v.path("Snapshot").asString(null);
            if (snap != null && Snaptime.parse(snap).compareTo(Snaptime.parse(snaptime)) < 0) {
                snapshots.add(snap);
            }
        }
        return snapshots.stream().<CatalogSource>map(AsOf::new).toList();
    }

    /** One earlier state of the demo, read-only. */
    private final class AsOf implements CatalogSource {
        private final String snap;
        private final long micros;

        AsOf(String snap) {
            this.snap = snap;
            this.micros = java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH,
                    Snaptime.parse(snap).toInstant());
        }

        @Override
        public String describe() {
            return DemoCatalog.this.describe() + "@" + snap;
        }

        @Override
        public String snaptime() {
            return snap;
        }

        @Override
        public JsonNode schemaDocument() {
            return DemoCatalog.this.schemaDocument();
        }

        @Override
        public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) {
            DemoTables.Table t = tables.table(schemaName + ":" + table);
            for (Object[] row : tables.rowsAsOf(t.name(), micros)) {
                consumer.accept(DemoTables.toJson(t, row));
            }
        }

        @Override
        public Optional<InputStream> openFile(String url) {
            return DemoCatalog.this.openFile(url);
        }
    }

    @Override
    public void members(MemberAssociation a, String datasetRid, Snaptime at, Consumer<String> member) {
        DemoTables.Table t = tables.table(a.association().qualified());
        long micros = java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at.toInstant());
        int owner = t.index().get(a.datasetColumn());
        int value = t.index().get(a.memberColumn());
        for (Object[] row : tables.rowsAsOf(t.name(), micros)) {
            if (datasetRid.equals(row[owner]) && row[value] != null) {
                member.accept((String) row[value]);
            }
        }
    }

    @Override
    public void display(MemberAssociation a, List<String> rids, Snaptime at, BiConsumer<String, ObjectNode> consumer) {
        DemoTables.Table t = tables.table(a.memberTable().qualified());
        Set<String> wanted = Set.copyOf(rids);
        for (Object[] row : t.rows()) {
            if (wanted.contains((String) row[0])) {
                ObjectNode all = DemoTables.toJson(t, row);
                ObjectNode shown = all.objectNode();
                a.displayColumns().forEach(c -> shown.set(c, all.get(c)));
                consumer.accept((String) row[0], shown);
            }
        }
    }

    /** Accepts the server-relative URL the catalog stores and the absolute form built from it. */
    private static String stripHost(String url) {
        String prefix = "https://" + HOST;
        return url.startsWith(prefix) ? url.substring(prefix.length()) : url;
    }
}
