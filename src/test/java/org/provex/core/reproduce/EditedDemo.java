package org.provex.core.reproduce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.catalog.TableRef;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Snaptime;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo catalog a little later, with runs a test adds the way deriva-ml records them (execution row, input links,
 * metadata files in Hatrac linked to the run), loaded into a cache of its own.
 */
public final class EditedDemo {

    public static final TableRef EXECUTION = new TableRef("deriva-ml", "Execution");
    static final TableRef METADATA = new TableRef("deriva-ml", "Execution_Metadata");
    static final TableRef METADATA_EXECUTION = new TableRef("deriva-ml", "Execution_Metadata_Execution");
    static final TableRef DATASET_EXECUTION = new TableRef("deriva-ml", "Dataset_Execution");

    public final DemoCatalog base;
    public final EditedCatalog state;

    public EditedDemo(Duration later) {
        base = DemoCatalogGenerator.generate(DemoOptions.normal());
        state = EditedCatalog.of(base, Snaptime.parse(base.snaptime()).toInstant().plus(later));
    }

    public Instant at() {
        return state.at().toInstant();
    }

    /** Adds a run: its row, its inputs (dataset RID to Dataset_Version RID) and its metadata files. */
    public String addRun(String workflow, String description, Map<String, String> inputs, Map<String, String> files)
            throws IOException {
        String ex = state.insert(EXECUTION, Map.of("Workflow", workflow, "Description", description,
                "Status", "Uploaded", "Status_Detail", description));
        for (Map.Entry<String, String> in : inputs.entrySet()) {
            state.insert(DATASET_EXECUTION, Map.of("Dataset", in.getKey(), "Execution", ex,
                    "Dataset_Version", in.getValue()));
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            byte[] body = f.getValue().getBytes(StandardCharsets.UTF_8);
            String md5 = DerivaTestServer.md5Hex(body);
            String url = "/hatrac/Execution_Metadata/" + md5 + "." + f.getKey();
            String meta = state.insert(METADATA, Map.of("URL", url, "Filename", f.getKey(), "Description", "",
                    "Length", body.length, "MD5", md5));
            state.insert(METADATA_EXECUTION, Map.of("Execution_Metadata", meta, "Execution", ex,
                    "Asset_Role", "Output"));
            state.file(url, body);
        }
        return ex;
    }

    /** Links another run's metadata files and inputs to a run (identical bodies are shared rows in deriva-ml). */
    public void copyInputsAndFiles(String from, String to) throws IOException {
        for (ObjectNode link : state.rowsOf(METADATA_EXECUTION)) {
            if (from.equals(link.path("Execution").asString())) {
                state.insert(METADATA_EXECUTION, Map.of("Execution_Metadata", link.path("Execution_Metadata")
                        .asString(), "Execution", to, "Asset_Role", "Output"));
            }
        }
        for (ObjectNode link : state.rowsOf(DATASET_EXECUTION)) {
            if (from.equals(link.path("Execution").asString())) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("Dataset", link.path("Dataset").asString());
                values.put("Execution", to);
                values.put("Dataset_Version", link.path("Dataset_Version").asString());
                state.insert(DATASET_EXECUTION, values);
            }
        }
    }

    public List<ObjectNode> rows(TableRef table) throws IOException {
        return state.rowsOf(table);
    }

    /** The same rows and files as an earlier state (e.g. so a test server's history covers older snapshots). */
    public static org.provex.core.catalog.CatalogSource asOf(DemoCatalog demo, Snaptime at) {
        return new org.provex.core.catalog.CatalogSource() {
            @Override
            public String describe() {
                return demo.describe();
            }

            @Override
            public String snaptime() {
                return at.value();
            }

            @Override
            public tools.jackson.databind.JsonNode schemaDocument() {
                return demo.schemaDocument();
            }

            @Override
            public void rows(String schema, String table, java.util.function.Consumer<ObjectNode> consumer) {
                demo.rowsOf(schema, table).forEach(consumer);
            }

            @Override
            public java.util.Optional<java.io.InputStream> openFile(String url) throws IOException {
                return demo.openFile(url);
            }
        };
    }

    /** Loads the edited catalog into a cache file of its own. */
    public CacheDatabase load(Path file) throws IOException {
        CacheDatabase db = CacheDatabase.open(file);
        new CatalogIngestor(db).ingest(state);
        return db;
    }
}
