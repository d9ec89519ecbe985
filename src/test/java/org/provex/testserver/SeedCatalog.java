package org.provex.testserver;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.SchemaDocuments;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small hand-written catalog state for tests: the current deriva-ml 1.54 model, rows added by hand (system columns
 * filled in), and Hatrac file bytes keyed by their escaped URL. {@link #toBuilder} derives the next state.
 */
public final class SeedCatalog implements CatalogSource {

    public static final TableRef WORKFLOW = new TableRef("deriva-ml", "Workflow");
    public static final TableRef EXECUTION = new TableRef("deriva-ml", "Execution");
    public static final TableRef DATASET_VERSION = new TableRef("deriva-ml", "Dataset_Version");
    public static final TableRef EXECUTION_METADATA = new TableRef("deriva-ml", "Execution_Metadata");

    /** The configuration file of {@link #small}. */
    public static final byte[] CONFIG_BYTES = "{\"workflow\": \"1-W000\", \"datasets\": []}\n"
            .getBytes(StandardCharsets.UTF_8);
    public static final String CONFIG_URL = "/hatrac/deriva-ml/Execution_Metadata/"
            + DerivaTestServer.md5Hex(CONFIG_BYTES) + ".configuration%20%281%29.json:SMDSVCKNF7DWEC4LSFEOOJTEXU";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DateTimeFormatter MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private final Snaptime snaptime;
    private final JsonNode schema;
    private final Map<TableRef, Map<String, ObjectNode>> rows;
    private final Map<String, byte[]> files;
    private final long nextRid;

    private SeedCatalog(Builder b) {
        this.snaptime = b.snaptime;
        this.schema = b.schema;
        this.rows = b.rows;
        this.files = b.files;
        this.nextRid = b.nextRid;
    }

    public static Builder builder(Snaptime snaptime) {
        return new Builder(snaptime, SchemaDocuments.current(), new LinkedHashMap<>(), new LinkedHashMap<>(), 4096);
    }

    /**
     * One workflow, {@code executions} executions, a dataset version and one Execution_Metadata row whose file is
     * {@link #CONFIG_BYTES} at {@link #CONFIG_URL}.
     */
    public static SeedCatalog small(Snaptime snaptime, int executions) {
        Builder b = builder(snaptime);
        String workflow = b.row(WORKFLOW, Map.of("Name", "train.py", "URL",
                "https://github.com/org/repo/blob/abc123/train.py", "Checksum", "deadbeef", "Version", "1.0.0"));
        for (int i = 0; i < executions; i++) {
            b.row(EXECUTION, Map.of("Workflow", workflow, "Description", "run " + i, "Status", "Completed"));
        }
        b.row(DATASET_VERSION, Map.of("Version", "0.1.0", "Description", "first", "Snapshot", snaptime.value()));
        b.row(EXECUTION_METADATA, Map.of("URL", CONFIG_URL, "Filename", "configuration (1).json",
                "Length", CONFIG_BYTES.length, "MD5", DerivaTestServer.md5Hex(CONFIG_BYTES)));
        b.file(CONFIG_URL, CONFIG_BYTES);
        return b.build();
    }

    /** A builder for the next state: same rows and files, a later snaptime. */
    public Builder toBuilder(Snaptime later) {
        Map<TableRef, Map<String, ObjectNode>> copy = new LinkedHashMap<>();
        rows.forEach((t, m) -> {
            Map<String, ObjectNode> inner = new LinkedHashMap<>();
            m.forEach((rid, row) -> inner.put(rid, row.deepCopy()));
            copy.put(t, inner);
        });
        return new Builder(later, schema, copy, new LinkedHashMap<>(files), nextRid);
    }

    /** The rows of a table in RID order (copies). */
    public List<ObjectNode> rowsOf(TableRef table) {
        List<ObjectNode> list = new ArrayList<>();
        rows.getOrDefault(table, Map.of()).values().forEach(r -> list.add(r.deepCopy()));
        list.sort(Comparator.comparing(r -> r.path("RID").asString()));
        return list;
    }

    @Override
    public String describe() {
        return "seed@" + snaptime;
    }

    @Override
    public String snaptime() {
        return snaptime.value();
    }

    @Override
    public JsonNode schemaDocument() {
        return schema.deepCopy();
    }

    @Override
    public void rows(String schemaName, String table, Consumer<ObjectNode> consumer) {
        rowsOf(new TableRef(schemaName, table)).forEach(consumer);
    }

    @Override
    public Optional<InputStream> openFile(String url) {
        byte[] bytes = files.get(url);
        return bytes == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(bytes));
    }

    /** Builds a state. */
    public static final class Builder {
        private final Snaptime snaptime;
        private final JsonNode schema;
        private final Map<TableRef, Map<String, ObjectNode>> rows;
        private final Map<String, byte[]> files;
        private long nextRid;

        private Builder(Snaptime snaptime, JsonNode schema, Map<TableRef, Map<String, ObjectNode>> rows,
                        Map<String, byte[]> files, long nextRid) {
            this.snaptime = snaptime;
            this.schema = schema;
            this.rows = rows;
            this.files = files;
            this.nextRid = nextRid;
        }

        /** Adds a row with a fresh RID; RCT and RMT are this state's time. Returns the RID. */
        public String row(TableRef table, Map<String, ?> values) {
            String rid = Crockford32.encode(nextRid);
            nextRid += 2;
            ObjectNode row = MAPPER.createObjectNode();
            String now = MICROS.format(snaptime.toInstant());
            row.put("RID", rid).put("RCT", now).put("RMT", now).put("RCB", "test-user").put("RMB", "test-user");
            values.forEach((k, v) -> row.set(k, MAPPER.valueToTree(v)));
            rows.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(rid, row);
            return rid;
        }

        /** Changes a column of an existing row and moves its RMT to this state's time. */
        public Builder update(TableRef table, String rid, String column, Object value) {
            ObjectNode row = rows.get(table).get(rid);
            row.set(column, MAPPER.valueToTree(value));
            row.put("RMT", MICROS.format(snaptime.toInstant()));
            return this;
        }

        public Builder delete(TableRef table, String rid) {
            rows.get(table).remove(rid);
            return this;
        }

        public Builder file(String escapedUrl, byte[] bytes) {
            files.put(escapedUrl, bytes.clone());
            return this;
        }

        public SeedCatalog build() {
            return new SeedCatalog(this);
        }
    }
}
