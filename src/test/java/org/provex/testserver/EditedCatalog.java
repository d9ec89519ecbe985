package org.provex.testserver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A later state of any catalog: the base's rows and files with edits applied as ERMrest would apply them in one
 * transaction at {@code at} (inserted rows get fresh RIDs and RCT = RMT = at; updates move RMT to at; deletions
 * remove the row). Edits of the same table are read back in RID order. Chain them for a longer history.
 */
public final class EditedCatalog implements CatalogSource {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    private static long nextRid = 90_000_000L;

    private final CatalogSource base;
    private final Snaptime snaptime;
    private final Map<TableRef, Map<String, ObjectNode>> edited = new HashMap<>();
    private final Map<String, byte[]> files = new HashMap<>();
    private ObjectNode schema;

    private EditedCatalog(CatalogSource base, Instant at) {
        this.base = base;
        this.snaptime = Snaptime.of(at);
    }

    /** Starts a new state of {@code base} at {@code at}, which must be later than the base's snaptime. */
    public static EditedCatalog of(CatalogSource base, Instant at) {
        if (!Snaptime.of(at).toInstant().isAfter(Snaptime.parse(base.snaptime()).toInstant())) {
            throw new IllegalArgumentException("an edit must be later than " + base.snaptime());
        }
        return new EditedCatalog(base, at);
    }

    public Snaptime at() {
        return snaptime;
    }

    /** Inserts a row (system columns filled in) and returns its RID. */
    public synchronized String insert(TableRef table, Map<String, ?> values) throws IOException {
        String rid;
        synchronized (EditedCatalog.class) {
            rid = Crockford32.encode(nextRid);
            nextRid += 2;
        }
        ObjectNode row = MAPPER.createObjectNode();
        String now = TIMESTAMP.format(snaptime.toInstant());
        row.put("RID", rid).put("RCT", now).put("RMT", now).put("RCB", "test-user").put("RMB", "test-user");
        values.forEach((k, v) -> row.set(k, MAPPER.valueToTree(v)));
        table(table).put(rid, row);
        return rid;
    }

    /** Changes columns of an existing row and moves its RMT. */
    public synchronized EditedCatalog update(TableRef table, String rid, Map<String, ?> values) throws IOException {
        ObjectNode row = table(table).get(rid);
        if (row == null) {
            throw new IllegalArgumentException("no row " + rid + " in " + table);
        }
        values.forEach((k, v) -> row.set(k, MAPPER.valueToTree(v)));
        row.put("RMT", TIMESTAMP.format(snaptime.toInstant()));
        row.put("RMB", "test-user");
        return this;
    }

    public synchronized EditedCatalog delete(TableRef table, String rid) throws IOException {
        if (table(table).remove(rid) == null) {
            throw new IllegalArgumentException("no row " + rid + " in " + table);
        }
        return this;
    }

    /** Changes the model of this state (the rows stay as they are). */
    public synchronized EditedCatalog withSchema(Consumer<ObjectNode> edit) throws IOException {
        if (schema == null) {
            schema = (ObjectNode) base.schemaDocument().deepCopy();
        }
        edit.accept(schema);
        return this;
    }

    public synchronized EditedCatalog file(String escapedUrl, byte[] bytes) {
        files.put(escapedUrl, bytes.clone());
        return this;
    }

    /** The rows of a table in this state, in RID (text) order. */
    public synchronized List<ObjectNode> rowsOf(TableRef table) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        for (ObjectNode row : table(table).values()) {
            rows.add(row.deepCopy());
        }
        rows.sort(Comparator.comparing(r -> r.path("RID").asString()));
        return rows;
    }

    private Map<String, ObjectNode> table(TableRef table) throws IOException {
        Map<String, ObjectNode> rows = edited.get(table);
        if (rows == null) {
            Map<String, ObjectNode> copy = new LinkedHashMap<>();
            base.rows(table.schema(), table.table(), row -> copy.put(row.path("RID").asString(), row.deepCopy()));
            edited.put(table, copy);
            rows = copy;
        }
        return rows;
    }

    @Override
    public String describe() {
        return base.describe() + " edited@" + snaptime;
    }

    @Override
    public String snaptime() {
        return snaptime.value();
    }

    @Override
    public synchronized JsonNode schemaDocument() throws IOException {
        return schema != null ? schema.deepCopy() : base.schemaDocument();
    }

    @Override
    public void rows(String schema, String table, Consumer<ObjectNode> consumer) throws IOException {
        rowsOf(new TableRef(schema, table)).forEach(consumer);
    }

    @Override
    public Optional<InputStream> openFile(String url) throws IOException {
        byte[] bytes = files.get(url);
        return bytes != null ? Optional.of(new ByteArrayInputStream(bytes)) : base.openFile(url);
    }
}
