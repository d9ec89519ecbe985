package org.provex.core.demo;

import org.provex.core.formats.PythonJson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.provex.core.model.Pep440Version;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies of the files the demo serves: configuration.json, Hydra's three YAML files, output assets,
 * and deriva-ml's duration strings. All are pure functions of their arguments so shared content
 * hashes the same and is stored once.
 */
final class DemoFiles {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] CLASSES = {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
        "horse", "ship", "truck"};

    /** A declared input dataset: its RID and pinned release. */
    record DatasetInput(String rid, String version) {
    }

    private DemoFiles() {
    }

    /** {@code json.dump(ExecutionConfiguration.model_dump(mode="json"))}: one line, field order kept. */
    static String configuration(List<DatasetInput> datasets, List<String> assets, DemoWorkflows.Spec wf,
                                String runVersion, String gitRoot, boolean allowDirty, String description,
                                List<String> argv, Map<String, String> choices) {
        ObjectNode c = F.objectNode();
        ArrayNode ds = c.putArray("datasets");
        for (DatasetInput d : datasets) {
            Pep440Version v = Pep440Version.parse(d.version());
            ObjectNode spec = ds.addObject();
            spec.put("rid", d.rid());
            spec.putObject("version").put("major", v.major()).put("minor", v.minor()).put("patch", v.micro());
            spec.put("materialize", true);
            spec.put("description", "");
            spec.putNull("exclude_tables");
            spec.putNull("timeout");
            spec.put("fetch_concurrency", 8);
            spec.put("reachability_concurrency", 8);
        }
        ArrayNode as = c.putArray("assets");
        assets.forEach(rid -> as.addObject().put("rid", rid).put("cache", true));
        ObjectNode w = c.putObject("workflow");
        w.put("name", wf.name());
        ArrayNode types = w.putArray("workflow_type");
        wf.types().forEach(types::add);
        w.put("description", wf.description());
        w.put("url", wf.url());
        w.put("version", runVersion);
        w.putNull("workflow_rid");
        w.put("checksum", wf.checksum());
        w.put("is_notebook", wf.notebook());
        if (gitRoot == null) {
            w.putNull("git_root");
        } else {
            w.put("git_root", gitRoot);
        }
        w.put("allow_dirty", allowDirty);
        c.put("description", description);
        ArrayNode a = c.putArray("argv");
        argv.forEach(a::add);
        ObjectNode ch = c.putObject("config_choices");
        choices.forEach(ch::put);
        return PythonJson.compact(c);
    }

    /** Hydra's {@code overrides.yaml}: the task overrides as a YAML list. */
    static String hydraOverrides(List<String> overrides) {
        StringBuilder out = new StringBuilder();
        overrides.forEach(o -> out.append("- ").append(o).append('\n'));
        return out.toString();
    }

    /** Hydra's resolved {@code config.yaml} for a deriva-ml-run job. */
    static String hydraConfig(List<DatasetInput> datasets, List<String> assets, String modelConfig, String lr,
                              int epochs, String description) {
        StringBuilder out = new StringBuilder("deriva_ml:\n  hostname: demo.provex.invalid\n  catalog_id: '1'\n")
                .append("  domain_schemas: null\n  project_name: cifar10\n  use_minid: false\n")
                .append("datasets:\n");
        if (datasets.isEmpty()) {
            out.setLength(out.length() - 1);
            out.append(" []\n");
        }
        for (DatasetInput d : datasets) {
            out.append("- rid: ").append(d.rid()).append("\n  version: ").append(d.version())
                    .append("\n  materialize: true\n");
        }
        out.append(assets.isEmpty() ? "assets: []\n" : "assets:\n");
        assets.forEach(r -> out.append("- rid: ").append(r).append("\n  cache: true\n"));
        boolean extended = modelConfig.equals("cifar10_extended");
        out.append("workflow:\n  _target_: deriva_ml.execution.Workflow\n  name: ").append(DemoWorkflows.CNN)
                .append("\n  workflow_type:\n  - Training\n  - Image Classification\n")
                .append("model_config:\n  _target_: models.cifar10_cnn.cifar10_cnn\n  _partial_: true\n")
                .append("  epochs: ").append(epochs).append("\n  learning_rate: ").append(lr)
                .append("\n  batch_size: ").append(extended ? 128 : 64)
                .append("\n  hidden_size: ").append(extended ? 256 : 128)
                .append("\n  dropout: ").append(extended ? "0.25" : "0.0")
                .append("\ndry_run: false\ndescription: ").append(yamlString(description)).append('\n');
        return out.toString();
    }

    /** Hydra's {@code hydra.yaml}: the runtime section that records the job, its choices and dirs. */
    static String hydraRuntime(String runDir, int jobNum, boolean multirun, List<String> overrides,
                               Map<String, String> choices, String python) {
        StringBuilder out = new StringBuilder("hydra:\n  run:\n    dir: ").append(multirun ? "." : runDir)
                .append("\n  sweep:\n    dir: ").append(multirun ? runDir.substring(0, runDir.lastIndexOf('/')) : ".")
                .append("\n    subdir: ${hydra.job.num}\n  launcher:\n")
                .append("    _target_: hydra._internal.core_plugins.basic_launcher.BasicLauncher\n")
                .append("  sweeper:\n    _target_: hydra._internal.core_plugins.basic_sweeper.BasicSweeper\n")
                .append("    max_batch_size: null\n    params: null\n  output_subdir: hydra-config\n")
                .append("  overrides:\n    hydra:\n    - hydra.mode=").append(multirun ? "MULTIRUN" : "RUN")
                .append("\n    task:\n");
        overrides.forEach(o -> out.append("    - ").append(o).append('\n'));
        out.append("  job:\n    name: deriva_ml_run\n    chdir: null\n    override_dirname: ")
                .append(yamlString(String.join(",", overrides))).append("\n    id: ")
                .append(multirun ? "'" + jobNum + "'" : "???").append("\n    num: ").append(multirun ? jobNum : "???")
                .append("\n    config_name: deriva_model\n    env_set: {}\n    env_copy: []\n")
                .append("  runtime:\n    version: 1.3.2\n    version_base: '1.3'\n    cwd: ")
                .append(DemoRepository.GIT_ROOT).append("\n    config_sources:\n")
                .append("    - path: hydra.conf\n      schema: pkg\n      provider: hydra\n")
                .append("    - path: ").append(DemoRepository.GIT_ROOT).append("/src/configs\n")
                .append("      schema: file\n      provider: main\n    output_dir: ").append(runDir)
                .append("\n    choices:\n");
        choices.forEach((k, v) -> out.append("      ").append(k).append(": ").append(v).append('\n'));
        out.append("  verbose: false\n  mode: ").append(multirun ? "MULTIRUN" : "RUN")
                .append("\n  python_version: ").append(python).append('\n');
        return out.toString();
    }

    private static String yamlString(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A small stand-in for a torch checkpoint: a zip-like header and deterministic noise. */
    static byte[] weights(long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[384];
        r.nextBytes(b);
        byte[] header = {'P', 'K', 3, 4, 0, 0, 8, 8, 0, 0};
        System.arraycopy(header, 0, b, 0, header.length);
        return b;
    }

    /** The training log the template writes: one line per epoch with loss and accuracy. */
    static String trainingLog(long seed, int epochs, boolean failedAtEnd) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder();
        double loss = 2.1 + r.nextDouble() * 0.2;
        double acc = 0.25 + r.nextDouble() * 0.05;
        for (int e = 1; e <= epochs; e++) {
            loss *= 0.86 + r.nextDouble() * 0.06;
            acc = Math.min(0.93, acc + (0.9 - acc) * (0.18 + r.nextDouble() * 0.06));
            out.append(String.format(Locale.ROOT, "epoch=%d/%d loss=%.4f val_acc=%.4f%n", e, epochs, loss, acc));
        }
        if (failedAtEnd) {
            out.append("RuntimeError: CUDA out of memory\n");
        }
        return out.toString().replace("\r\n", "\n");
    }

    /** {@code prediction_probabilities.csv}: one row per testing image, softmax over the ten classes. */
    static String predictions(long seed, int rows) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder("image," + String.join(",", CLASSES) + "\n");
        for (int i = 0; i < rows; i++) {
            double[] p = new double[10];
            double sum = 0;
            for (int k = 0; k < 10; k++) {
                p[k] = Math.exp(r.nextGaussian() * 2);
                sum += p[k];
            }
            out.append("1-F").append(String.format("%03X", 0xA00 + 2 * i));
            for (double v : p) {
                out.append(',').append(String.format(Locale.ROOT, "%.4f", v / sum));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code evaluation_results.txt} of an evaluation run. */
    static String evaluation(long seed) {
        Random r = new Random(seed);
        return String.format(Locale.ROOT, "test_accuracy: %.4f%ntest_loss: %.4f%nmacro_auc: %.4f%n",
                0.68 + r.nextDouble() * 0.1, 0.8 + r.nextDouble() * 0.2, 0.9 + r.nextDouble() * 0.05)
                .replace("\r\n", "\n");
    }

    /** deriva-ml's {@code _format_duration}: float hours and minutes, seconds rounded to 4 places. */
    static String duration(double totalSeconds) {
        long whole = (long) totalSeconds;
        double hours = whole / 3600;
        double minutes = (whole % 3600) / 60;
        double seconds = totalSeconds - (whole - whole % 60);
        BigDecimal s = BigDecimal.valueOf(seconds).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String sec = s.scale() <= 0 ? s.setScale(1).toPlainString() : s.toPlainString();
        return PythonJson.pyFloat(hours) + "H " + PythonJson.pyFloat(minutes) + "min " + sec + "sec";
    }
}
