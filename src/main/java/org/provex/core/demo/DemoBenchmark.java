package org.provex.core.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.provex.core.model.ExecutionStatus;

/**
 * Appends many executions for benchmarks. Each repeats a finished run of the normal demo with the
 * same configuration, so its metadata files are byte-identical and deriva-ml would link the existing
 * asset rows instead of uploading new ones; outputs come from a small pool of weight files. That
 * keeps 100,000 runs to a few seconds and no new file bodies beyond the pool.
 */
final class DemoBenchmark {

    private static final int WEIGHT_POOL = 16;

    private DemoBenchmark() {
    }

    static void append(DemoRecorder rec, List<DemoRecorder.Recorded> runs, int count) {
        DemoTables t = rec.tables();
        List<DemoRecorder.Recorded> templates = new ArrayList<>();
        for (DemoRecorder.Recorded r : runs) {
            if (r.plan().outcome == ExecutionStatus.UPLOADED && r.plan().hydra && r.plan().job < 0) {
                templates.add(r);
            }
        }
        List<String> weights = new ArrayList<>();
        for (int i = 0; i < WEIGHT_POOL; i++) {
            weights.add(rec.asset("Execution_Asset", "cifar10_cnn_weights.pt", DemoFiles.weights(9_000L + i),
                    "Trained CIFAR-10 CNN weights", List.of("Model_File", "Output_File"), DemoRecorder.RESEARCHER));
        }
        Random random = new Random(DemoCatalogGenerator.SEED + 2);
        for (int i = 0; i < count; i++) {
            DemoRecorder.Recorded tpl = templates.get(random.nextInt(templates.size()));
            DemoRun plan = tpl.plan();
            String client = plan.client;
            t.elapse(20 + random.nextInt(60));
            DemoTables.Row ex = t.insert("Execution", client, "Workflow", tpl.execution().get("Workflow"),
                    "Description", tpl.execution().get("Description"), "Status", "Created");
            int v = 0;
            for (String key : plan.datasets.keySet()) {
                t.insert("Dataset_Execution", client, "Dataset", rec.datasetRid(key), "Execution", ex.rid(),
                        "Dataset_Version", tpl.versionRids().get(v++));
            }
            rec.linkMetadata(tpl.metadata(), ex.rid(), client);
            ExecutionStatus outcome = outcome(random.nextInt(100));
            String download = (String) tpl.execution().get("Download_Duration");
            String ran = (String) tpl.execution().get("Execution_Duration");
            switch (outcome) {
                case UPLOADED -> {
                    t.insert("Execution_Asset_Execution", client, "Execution_Asset",
                            weights.get(random.nextInt(WEIGHT_POOL)), "Execution", ex.rid(), "Asset_Role", "Output");
                    t.update(ex, client, "Status", "Uploaded", "Status_Detail", tpl.execution().get("Description"),
                            "Download_Duration", download, "Execution_Duration", ran,
                            "Upload_Duration", tpl.execution().get("Upload_Duration"));
                }
                case FAILED -> t.update(ex, client, "Status", "Failed", "Status_Detail",
                        "RuntimeError: CUDA error: an illegal memory access was encountered",
                        "Download_Duration", download, "Execution_Duration", ran);
                case STOPPED, ABORTED -> t.update(ex, client, "Status", outcome.term(),
                        "Status_Detail", tpl.execution().get("Description"), "Download_Duration", download,
                        "Execution_Duration", ran);
                default -> t.update(ex, client, "Status", outcome.term(),
                        "Status_Detail", tpl.execution().get("Description"), "Download_Duration", download);
            }
        }
    }

    /** Mostly successful, like a real project: 88% Uploaded, the rest spread over the other outcomes. */
    private static ExecutionStatus outcome(int roll) {
        if (roll < 88) {
            return ExecutionStatus.UPLOADED;
        } else if (roll < 93) {
            return ExecutionStatus.FAILED;
        } else if (roll < 96) {
            return ExecutionStatus.STOPPED;
        } else if (roll < 98) {
            return ExecutionStatus.ABORTED;
        }
        return roll < 99 ? ExecutionStatus.RUNNING : ExecutionStatus.CREATED;
    }
}
