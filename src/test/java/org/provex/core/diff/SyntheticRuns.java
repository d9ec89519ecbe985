package org.provex.core.diff;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Rid;

/** Generated runs for the export tests and the benchmarks (public so other test packages can use them). */
public final class SyntheticRuns {

    private SyntheticRuns() {
    }

    /** Runs with hostile catalog text and a secret environment variable. */
    public static List<ExecutionAudit> hostileRuns(String hostile, String secret) {
        String config = "{\"datasets\": [], \"description\": \"" + hostile.replace("'", "\\u0027")
                + "\", \"config_choices\": {\"model\": \"quick\"}}";
        ExecutionAudit a = DiffFixtures.run("1-X002").description(hostile)
                .file("configuration.json", config)
                .file("environment_snapshot_a.txt", DiffFixtures.env(DiffFixtures.map("numpy", "1.26.4", "torch",
                        "2.4.1"), "3.11.9", DiffFixtures.map("WANDB_API_KEY", secret, "HOME", "/h"))).build();
        ExecutionAudit b = DiffFixtures.run("1-X004").description("plain")
                .file("configuration.json", config.replace("quick", "<b>extended</b>"))
                .file("environment_snapshot_b.txt", DiffFixtures.env(DiffFixtures.map("numpy", "1.26.4", "torch",
                        "2.5.1", "<img src=x onerror=alert(1)>", "1.0</td><script>x</script>"), "3.12.4",
                        DiffFixtures.map("WANDB_API_KEY", secret + "-2", "HOME", "/h"))).build();
        ExecutionAudit c = DiffFixtures.run("1-X006").description("third").build();
        return List.of(a, b, c);
    }

    /** {@code count} runs of a sweep-like family, each with the given numbers of packages and variables. */
    public static List<ExecutionAudit> family(int count, int packages, int variables) {
        List<ExecutionAudit> runs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(run(Rid.of(Crockford32.encode(0x100000L + 2L * i)).value(), packages, variables, i));
        }
        return runs;
    }

    /** One run whose files vary with {@code seed}: some packages upgraded, removed or added, some variables. */
    public static ExecutionAudit run(String rid, int packages, int variables, int seed) {
        String lr = "0.00" + (1 + seed % 9);
        return DiffFixtures.run(rid).code(DiffFixtures.CHECKSUM, "1.2." + (seed % 3))
                .input("1-D002", "0.3.0", "2PX-WS30-E58W")
                .file("configuration.json", "{\"datasets\": [{\"rid\": \"1-D002\", \"version\": {\"major\": 0,"
                        + " \"minor\": 3, \"patch\": 0}}], \"assets\": [], \"description\": \"job " + seed + "\","
                        + " \"argv\": [\"deriva-ml-run\", \"+experiment=big\", \"model.lr=" + lr + "\"],"
                        + " \"config_choices\": {\"experiment\": \"big\", \"model\": \"" + (seed % 4 == 0 ? "wide"
                        : "deep") + "\"}}")
                .file("hydra-" + seed + "-config.yaml", "model:\n  lr: " + lr + "\n  epochs: " + (10 + seed % 5)
                        + "\n  layers: [64, 128, 256]\ndatasets:\n- rid: 1-D002\n  version: 0.3.0\n")
                .file("hydra-" + seed + "-overrides.yaml", "- +experiment=big\n- model.lr=" + lr + "\n")
                .file("environment_snapshot_" + seed + ".txt", environment(packages, variables, seed))
                .build();
    }

    /** A snapshot in deriva-ml's shape; every 10th package and every 7th variable vary with the seed. */
    public static String environment(int packages, int variables, int seed) {
        StringBuilder b = new StringBuilder(packages * 40 + variables * 80 + 2_000);
        b.append("{\"imports\": {");
        for (int i = 0; i < packages; i++) {
            if (i % 97 == 5 && seed % 2 == 1) {
                continue;
            }
            String version = i % 10 == 0 ? (i % 7) + "." + (seed % 4) + "." + (i % 13)
                    : i % 50 == 3 ? "2.1.0+cu12" + (seed % 3) : (i % 7) + "." + (i % 13) + "." + i;
            b.append(i == 0 ? "" : ", ").append("\"package-").append(i).append("\": \"").append(version).append('"');
        }
        if (seed % 3 == 0) {
            b.append(", \"extra-").append(seed).append("\": \"0.1\"");
        }
        b.append("}, \"os\": {\"cwd\": \"/home/researcher/project\", \"environ\": {");
        for (int i = 0; i < variables; i++) {
            String name = i == 1 ? "SLURM_JOB_ID" : i == 2 ? "PWD" : i % 20 == 0 ? "SERVICE_" + i + "_API_KEY"
                    : "SETTING_" + i;
            String value = i == 1 || i == 2 ? Integer.toString(1000 + seed)
                    : i % 7 == 0 ? "value-" + i + "-" + (seed % 2) : "/opt/tool-" + i + "/bin:/usr/bin";
            b.append(i == 0 ? "" : ", ").append('"').append(name).append("\": \"").append(value).append('"');
        }
        b.append("}}, \"sys\": {\"executable\": \"/home/researcher/project/.venv/bin/python3\"}, ")
                .append("\"platform\": {\"system\": \"Linux\", \"release\": \"6.1.0-31-amd64\", ")
                .append("\"machine\": \"x86_64\", \"node\": \"gpu-0").append(seed % 4).append("\", ")
                .append("\"python_version\": \"3.11.").append(seed % 5 == 0 ? 9 : 7).append("\", ")
                .append("\"python_implementation\": \"CPython\"}, ")
                .append("\"gpu\": {\"available\": true, \"source\": \"nvidia-smi\", \"devices\": [");
        for (int i = 0; i < 8; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"name\": \"NVIDIA H100 80GB HBM3\", \"memory_total\": ")
                    .append("\"81559 MiB\", \"driver_version\": \"550.127.0").append(seed % 2 == 0 ? 5 : 8)
                    .append("\"}");
        }
        return b.append("], \"torch\": {\"cuda_version\": \"12.4\", \"cudnn_version\": 90100}}}").toString();
    }
}
