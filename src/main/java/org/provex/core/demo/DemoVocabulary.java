package org.provex.core.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a fresh deriva-ml catalog holds before any run: the known clients, the seeded vocabulary
 * terms of {@code initialize_ml_schema} plus this project's own terms, and the sentinel
 * Workflow/File/Execution rows of {@code _ensure_sentinels}.
 */
final class DemoVocabulary {

    static final String PROJECT = "cifar10";

    private DemoVocabulary() {
    }

    /** Registers the clients ERMrest has seen (the catalog owner and two researchers). */
    static void clients(DemoTables t) {
        client(t, DemoRecorder.ADMIN, "provex-admin@globusid.org", "Catalog Admin", "admin@provex-demo.invalid");
        client(t, DemoRecorder.RESEARCHER, "dana@globusid.org", "Dana Okafor", "dana.okafor@provex-demo.invalid");
        client(t, DemoRecorder.COLLEAGUE, "lee@globusid.org", "Lee Marchetti", "lee.marchetti@provex-demo.invalid");
    }

    private static void client(DemoTables t, String id, String display, String full, String email) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("id", id);
        object.put("display_name", display);
        object.put("full_name", full);
        object.put("email", email);
        object.putArray("identities").add(id);
        t.insert("public:ERMrest_Client", null, "ID", id, "Display_Name", display, "Full_Name", full,
                "Email", email, "Client_Object", object);
    }

    /** Seeds every vocabulary, in the order deriva-ml's schema initialisation does. */
    static void seed(DemoTables t) {
        Map<String, Map<String, String>> vocab = new LinkedHashMap<>();
        vocab.put("Execution_Status", terms(
                "Created", "Execution row created; inputs are being downloaded.",
                "Running", "The execution is running.",
                "Stopped", "The execution finished cleanly; outputs not uploaded.",
                "Failed", "The execution failed; see Status_Detail.",
                "Pending_Upload", "Outputs are staged and waiting to be uploaded.",
                "Uploaded", "Outputs uploaded; the execution is complete.",
                "Aborted", "The execution was aborted."));
        vocab.put("Asset_Type", terms(
                "Execution_Config", "Configuration file of an execution (e.g. uv.lock).",
                "Runtime_Env", "Runtime environment snapshot of an execution.",
                "Hydra_Config", "Hydra configuration files of an execution.",
                "Deriva_Config", "DerivaML execution configuration.",
                "Metrics_File", "Metrics recorded by an execution.",
                "Execution_Metadata", "Metadata about an execution.",
                "Execution_Asset", "An asset produced by an execution.",
                "File", "A file.",
                "Input_File", "A file consumed by an execution.",
                "Output_File", "A file produced by an execution.",
                "Model_File", "Trained model weights.",
                "Notebook_Output", "An executed notebook and its rendering."));
        vocab.put("Asset_Role", terms(
                "Input", "Asset consumed by an execution.",
                "Output", "Asset produced by an execution."));
        vocab.put("Dataset_Type", terms(
                "Complete", "A dataset holding every element.", "File", "A dataset of files.",
                "Directory", "A dataset ingested from a directory.", "Training", "Training data.",
                "Testing", "Testing data.", "Validation", "Validation data.", "Split", "A dataset split into parts.",
                "Labeled", "Elements carry ground-truth labels.", "Unlabeled", "Elements carry no labels."));
        vocab.put("Workflow_Type", terms(
                "Training", "Model training.", "Testing", "Model testing.", "Prediction", "Model inference.",
                "Feature_Creation", "Creates feature values.", "Visualization", "Produces figures.",
                "Analysis", "Analysis of results.", "Ingest", "Loads data into the catalog.",
                "Data_Cleaning", "Cleans data.", "Dataset_Management", "Creates or versions datasets.",
                "Image Classification", "Classifies images into categories.",
                "Evaluation", "Evaluates a trained model."));
        vocab.forEach((table, terms) -> terms.forEach((name, description) -> {
            DemoTables.Row row = t.insert(table, DemoRecorder.ADMIN, "Name", name, "Description", description);
            // ERMrest fills ID and URI from the new RID inside the same insert
            String prefix = table.equals("Workflow_Type") ? DemoSchema.ML : PROJECT;
            row.values()[row.table().index().get("ID")] = prefix + ":" + row.rid();
            row.values()[row.table().index().get("URI")] =
                    "https://" + DemoCatalog.HOST + "/id/" + DemoCatalog.CATALOG_ID + "/" + row.rid();
        }));
    }

    /** The unknown-provenance sentinels; returns the sentinel File's RID. */
    static String sentinels(DemoTables t) {
        t.insert("Workflow", DemoRecorder.ADMIN, "Name", "Unknown Provenance",
                "Description", "Sentinel workflow for artifacts with no known producer.",
                "URL", "tag:deriva-ml,unknown-provenance:workflow", "Checksum", "0".repeat(40));
        DemoTables.Row file = t.insert("File", DemoRecorder.ADMIN, "URL", "tag:deriva-ml,unknown-provenance:file",
                "Filename", null, "Description", "Sentinel file for executions with no declared input.",
                "Length", 0L, "MD5", "0".repeat(32));
        String workflow = t.table("Workflow").rows().get(0)[0].toString();
        t.insert("Execution", DemoRecorder.ADMIN, "Workflow", workflow,
                "Description", "deriva-ml unknown-provenance sentinel execution", "Status", "Aborted",
                "Status_Detail", "deriva-ml unknown-provenance sentinel execution");
        return file.rid();
    }

    private static Map<String, String> terms(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
