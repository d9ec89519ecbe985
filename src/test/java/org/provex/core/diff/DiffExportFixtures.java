package org.provex.core.diff;

import java.util.List;
import org.provex.core.audit.ExecutionAudit;

/** Runs with hostile catalog text and a secret, for the export tests (public so the export package can use it). */
public final class DiffExportFixtures {

    private DiffExportFixtures() {
    }

    public static List<ExecutionAudit> hostileRuns(String hostile, String secret) {
        String config = "{\"datasets\": [], \"description\": \"" + hostile.replace("'", "\\u0027")
                + "\", \"config_choices\": {\"model\": \"quick\"}}";
        ExecutionAudit a = DiffFixtures.run("1-X002").description(hostile)
                .file("configuration.json", config.replace("quick run", "a"))
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
}
