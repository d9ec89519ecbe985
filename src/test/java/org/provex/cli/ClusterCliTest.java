package org.provex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.cli.ReproduceCliTest.Run;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import tools.jackson.databind.JsonNode;

/** cluster profile, and reproduce/reproductions with the Slurm target, against stand-in Slurm commands. */
@DisabledOnOs(OS.WINDOWS)
class ClusterCliTest {

    @TempDir
    static Path home;
    private static Map<String, String> env;
    private static ExecutionAudit headRun;

    static Run run(String... args) {
        return ReproduceCliTest.runWith(env, "", args);
    }

    @BeforeAll
    static void demo() throws Exception {
        SlurmStandIns standIns = new SlurmStandIns(home).runningSbatch().scripted("module",
                SlurmStandIns.Reply.ok(""));
        StandIn.write(home, "uv", 0, 0);
        Path data = home.resolve("provex");
        env = new HashMap<>(standIns.environment());
        env.put(DataDirectory.ENV_VAR, data.toString());
        assertThat(run("demo").exit()).isZero();
        try (CacheDatabase db = new Workspace(new DataDirectory(data)).openCache(Workspace.DEMO)) {
            headRun = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        }
        assertThat(run("cluster", "profile", "set", "partition=gpu", "time_limit=4:00:00", "modules=cuda/12.1",
                "modules=cudnn/9", "poll_seconds=5").exit()).isZero();
    }

    @Test
    void profileValuesAreCheckedStoredAndShownWithWhereTheyComeFrom() {
        Run shown = run("cluster", "profile", "--format", "json");
        assertThat(shown.exit()).isZero();
        JsonNode partition = find(shown.json().path("keys"), "partition");
        assertThat(partition.path("value").asString()).isEqualTo("gpu");
        assertThat(partition.path("source").asString()).isEqualTo("global profile");
        assertThat(find(shown.json().path("keys"), "modules").path("value").size()).isEqualTo(2);

        Run refused = run("cluster", "profile", "set", "time_limit=forever");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Refused time_limit 'forever'");
        Run injected = run("cluster", "profile", "set", "extra_options=--output=/tmp/x");
        assertThat(injected.exit()).isEqualTo(2);
        assertThat(run("--catalog", "nope", "cluster", "profile", "set", "qos=high").exit()).isEqualTo(2);
    }

    @Test
    void aPlanForSlurmShowsTheBatchScriptAndTheSubmissionWithoutSubmitting() {
        Run plan = run("reproduce", headRun.detail().execution().rid().value(), "--target", "slurm", "--format",
                "json");
        assertThat(plan.exit()).isZero();
        JsonNode launch = plan.json().path("launch");
        assertThat(launch.path("target").asString()).isEqualTo("slurm");
        assertThat(launch.path("files").path("job.sbatch").asString()).contains("#SBATCH --partition=gpu\n")
                .contains("module load cuda/12.1 ").contains("uv run --frozen deriva-ml-run");
        assertThat(launch.path("submit").get(0).asString()).isEqualTo("sbatch");
        assertThat(plan.json().path("command").path("target").asString()).isEqualTo("slurm");
    }

    @Test
    void aDetachedSubmissionIsFollowedLaterFromTheRecord() {
        String rid = headRun.detail().execution().rid().value();
        Run launched = run("reproduce", rid, "--launch", "--target", "slurm", "--detach", "--yes");
        assertThat(launched.exit()).as(launched.err()).isZero();
        assertThat(launched.err()).contains("slurm job " + SlurmStandIns.JOB_ID);
        String id = launched.err().replaceAll("(?s).*Reproduction (\\S+); once.*", "$1");
        Run followed = run("reproductions", "--follow", id, "--format", "json");
        assertThat(followed.exit()).as(followed.err()).isZero();
        assertThat(followed.json().path("state").asString()).isEqualTo("succeeded");
        assertThat(followed.json().path("job").path("id").asString()).isEqualTo(SlurmStandIns.JOB_ID);
        assertThat(followed.err()).contains("uv stand-in started");
        JsonNode mine = run("reproductions", "--format", "json").json().get(0);
        assertThat(mine.path("target").asString()).isEqualTo("slurm");
        assertThat(mine.path("state").asString()).isEqualTo("succeeded");
    }

    private static JsonNode find(JsonNode keys, String key) {
        for (JsonNode k : keys) {
            if (k.path("key").asString().equals(key)) {
                return k;
            }
        }
        throw new AssertionError("no key " + key + " in " + List.of(keys));
    }
}
