package org.provex.core.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Snaptime;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import tools.jackson.databind.node.ObjectNode;

/**
 * A later state of a demo-shaped catalog with one of each kind of change: a new execution with its
 * configuration.json (a new metadata row, a link and a Hatrac file), a status change that moves RMT, and a deleted
 * input link.
 */
final class DemoChanges {

    static final TableRef EXECUTION = new TableRef("deriva-ml", "Execution");
    static final TableRef METADATA = new TableRef("deriva-ml", "Execution_Metadata");
    static final TableRef METADATA_EXECUTION = new TableRef("deriva-ml", "Execution_Metadata_Execution");
    static final TableRef DATASET_EXECUTION = new TableRef("deriva-ml", "Dataset_Execution");
    static final TableRef WORKFLOW = new TableRef("deriva-ml", "Workflow");

    final EditedCatalog state;
    final String newExecution;
    final String changedExecution;
    final String deletedLink;
    final String configUrl;
    final byte[] configBytes;

    DemoChanges(CatalogSource base, Duration later) throws IOException {
        state = EditedCatalog.of(base, Snaptime.parse(base.snaptime()).toInstant().plus(later));
        String workflow = state.rowsOf(WORKFLOW).get(0).path("RID").asString();
        newExecution = state.insert(EXECUTION, Map.of("Workflow", workflow, "Description", "A run added later",
                "Status", "Running", "Status_Detail", "training epoch 3"));
        configBytes = ("{\"workflow\": \"" + workflow + "\", \"datasets\": [], \"description\": \"added later\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        String md5 = DerivaTestServer.md5Hex(configBytes);
        configUrl = "/hatrac/Execution_Metadata/" + md5 + ".configuration.json";
        String metadata = state.insert(METADATA, Map.of("URL", configUrl, "Filename", "configuration.json",
                "Description", "DerivaML execution configuration", "Length", configBytes.length, "MD5", md5));
        state.insert(METADATA_EXECUTION, Map.of("Execution_Metadata", metadata, "Execution", newExecution,
                "Asset_Role", "Output"));
        state.file(configUrl, configBytes);
        ObjectNode running = state.rowsOf(EXECUTION).stream()
                .filter(r -> r.path("Status").asString("").equals("Running") && !r.path("RID").asString()
                        .equals(newExecution)).findFirst().orElseThrow();
        changedExecution = running.path("RID").asString();
        state.update(EXECUTION, changedExecution, Map.of("Status", "Uploaded", "Status_Detail", "finished later"));
        List<ObjectNode> links = state.rowsOf(DATASET_EXECUTION);
        deletedLink = links.get(links.size() / 2).path("RID").asString();
        state.delete(DATASET_EXECUTION, deletedLink);
    }
}
