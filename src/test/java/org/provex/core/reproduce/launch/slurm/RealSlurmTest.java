package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.reproduce.launch.ShortProcess;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.settings.ClusterProfiles;

/**
 * The Slurm target against a real Slurm controller on this machine (a single-node cluster: Debian's slurm-wlm and
 * munge). Skipped where sinfo finds no controller with a usable node, so a machine without Slurm stays green. The
 * job's command is a stand-in uv on a PATH of the test's own, which sbatch hands on to the job.
 */
@DisabledOnOs(OS.WINDOWS)
class RealSlurmTest {

    private static Map<String, String> system;

    @TempDir
    Path tmp;
    Path workspace;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "real-slurm-test");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void requireSlurm() {
        system = new HashMap<>(System.getenv());
        Optional<ShortProcess.Result> sinfo = ShortProcess.run(List.of("sinfo", "-h", "-o", "%T"), system,
                Duration.ofSeconds(20));
        assumeTrue(sinfo.isPresent() && sinfo.get().exitCode() == 0
                && sinfo.get().output().matches("(?s).*\\b(idle|mixed|mix|allocated|alloc)\\b.*"),
                "no Slurm controller with a usable node here (sinfo: " + sinfo.map(ShortProcess.Result::output)
                        .orElse("not found") + ")");
    }

    @BeforeEach
    void setUp() throws IOException {
        workspace = Files.createDirectories(tmp.resolve("reproductions/1-AS10-real"));
        Files.createDirectories(workspace.resolve("checkout"));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(system);
        env.put("PATH", tmp.resolve("bin") + ":" + system.getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    private SlurmTarget target() {
        return new SlurmTarget(() -> ClusterProfiles.NONE, environment(), Clock.systemUTC(), Duration.ofMillis(200));
    }

    private LaunchRequest request() {
        return new LaunchRequest(List.of("uv", "run", "--frozen", "deriva-ml-run", "x=$(touch pwned)"),
                workspace.resolve("checkout"), environment(), workspace.resolve("output.log"),
                new LaunchRequest.Workload("1-AS10-real", "1-AS10", "demo", "a 'quoted' $(description)", workspace,
                        null, RunResources.NONE));
    }

    @Test
    void aRealJobRunsItsCommandInTheCheckoutAndEndsCompleted() throws Exception {
        StandIn.write(tmp, "uv", 0, 0);
        assertThat(target().preflight(request())).noneMatch(Check::failed);
        SlurmTargetTest.Recorder rec = new SlurmTargetTest.Recorder();
        LaunchHandle h = target().launch(request(), rec, pool);
        assertThat(h.completion().get(120, TimeUnit.SECONDS)).isZero();
        BatchJob job = h.job().orElseThrow();
        assertThat(job.state()).isEqualTo("completed");
        assertThat(job.exitCode()).isZero();
        assertThat(rec.lines).contains("uv stand-in started", "provex: the command ended with exit code 0");
        assertThat(StandIn.argv(tmp)).contains("x=$(touch pwned)");
        assertThat(StandIn.recorded(tmp, "cwd")).isEqualTo(workspace.resolve("checkout").toString());
        assertThat(workspace.resolve("checkout/pwned")).doesNotExist();
    }

    @Test
    void aFailingCommandEndsTheJobFailedWithItsExitCode() throws Exception {
        StandIn.write(tmp, "uv", 3, 0);
        LaunchHandle h = target().launch(request(), null, pool);
        assertThat(h.completion().get(120, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(h.job().orElseThrow().state()).isEqualTo("failed");
    }

    @Test
    void cancelEndsARunningJobAndARefreshFromTheRecordAgrees() throws Exception {
        StandIn.write(tmp, "uv", 0, 120);
        SlurmTargetTest.Recorder rec = new SlurmTargetTest.Recorder();
        LaunchHandle h = target().launch(request(), rec, pool);
        assertThat(rec.started.await(120, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        h.completion().get(120, TimeUnit.SECONDS);
        BatchJob job = h.job().orElseThrow();
        assertThat(job.state()).isEqualTo("cancelled");
        assertThat(h.cancelled()).isTrue();
        BatchJob running = job.withState("running", "", false, null, null);
        assertThat(target().refresh(running)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo("cancelled"));
    }
}
