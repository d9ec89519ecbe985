package org.provex.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.model.ExecutionStatus;

/**
 * What one demo execution does, filled in by the story and carried out by {@link DemoRecorder}. A
 * mutable plan rather than a record because most runs override only a few of the many defaults.
 */
final class DemoRun {

    String client = DemoRecorder.RESEARCHER;
    DemoWorkflows.Spec workflow;
    /** Repository commit index at run time (HEAD), or -1 outside the repository (container). */
    int head;
    boolean dirty;
    String baseDescription;
    /** Hydra task overrides as typed, without the catalog/host pair deriva-ml-run appends. */
    List<String> overrides = new ArrayList<>();
    String experiment;
    String datasetChoice = "cifar10_small_labeled_split";
    String modelConfig = "cifar10_quick";
    String learningRate = "0.001";
    int epochs = 10;
    /** Dataset key and released version consumed. */
    Map<String, String> datasets = new LinkedHashMap<>();
    List<String> inputAssets = new ArrayList<>();
    DemoEnvironments.Machine machine = DemoEnvironments.A100;
    DemoPackages packages;
    Map<String, String> extraEnv = new LinkedHashMap<>();
    ExecutionStatus outcome = ExecutionStatus.UPLOADED;
    String error;
    double downloadSeconds = 40;
    double runSeconds = 600;
    double uploadSeconds = 20;
    boolean hydra = true;
    /** Multirun: job number within the sweep, or -1. */
    int job = -1;
    boolean sweepParent;
    /** Output kinds: weights, log, predictions, evaluation, notebook. */
    List<String> outputs = new ArrayList<>(List.of("weights", "log", "predictions"));
    /** What the run does to datasets while running, given its execution RID (loader runs). */
    java.util.function.Consumer<String> work;

    DemoRun(DemoWorkflows.Spec workflow, int head, DemoPackages packages) {
        this.workflow = workflow;
        this.head = head;
        this.packages = packages;
    }

    /** Overrides as Hydra records them, the catalog id and host appended by deriva-ml-run. */
    List<String> taskOverrides() {
        List<String> all = new ArrayList<>(overrides);
        all.add("deriva_ml.catalog_id=" + DemoCatalog.CATALOG_ID);
        all.add("deriva_ml.hostname=" + DemoCatalog.HOST);
        return all;
    }

    /** The Execution description: base text, overrides suffix, and a job prefix in a sweep. */
    String description() {
        String text = baseDescription;
        if (!sweepParent && hydra) {
            text += " [overrides: " + String.join(", ", taskOverrides()) + "]";
        }
        return job >= 0 ? "[Job " + job + "] " + text : text;
    }

    List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(head < 0 ? "/opt/venv/bin/deriva-ml-run" : DemoRepository.GIT_ROOT + "/.venv/bin/deriva-ml-run");
        if (job >= 0 || sweepParent) {
            argv.add("--multirun");
        }
        argv.addAll(taskOverrides());
        return argv;
    }

    /** Hydra's runtime choices: the project's groups first, then Hydra's own. */
    Map<String, String> choices() {
        Map<String, String> c = new LinkedHashMap<>();
        if (experiment != null) {
            c.put("experiment", experiment);
        }
        c.put("deriva_ml", "default_deriva");
        c.put("datasets", datasetChoice);
        c.put("assets", inputAssets.isEmpty() ? "default_asset" : "pretrained_weights");
        c.put("workflow", "default_workflow");
        c.put("model_config", modelConfig);
        for (String g : List.of("env", "job_logging", "hydra_logging", "hydra_help", "help")) {
            c.put("hydra/" + g, "default");
        }
        c.put("hydra/sweeper", "basic");
        c.put("hydra/launcher", "basic");
        c.put("hydra/output", "default");
        return c;
    }
}
