package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LaunchPreview;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns.Reply;
import org.provex.core.settings.ClusterProfiles;

/**
 * The Slurm target against stand-in sbatch, squeue, sacct, scontrol, scancel, ssh and rsync on a PATH of the test's
 * own: what is submitted and how, states in words through a scripted job history, cancel, output streaming, SSH.
 */
@DisabledOnOs(OS.WINDOWS)
class SlurmTargetTest {

    static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path tmp;
    SlurmStandIns standIns;
    Path workspace;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slurm-test");
        t.setDaemon(true);
        return t;
    });

    @BeforeEach
    void setUp() throws IOException {
        standIns = new SlurmStandIns(tmp.resolve("standins"));
        workspace = Files.createDirectories(tmp.resolve("reproductions/1-AS10-20261204-120000"));
        Files.createDirectories(workspace.resolve("checkout"));
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Collects what a launch reports. */
    static final class Recorder implements LaunchListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<BatchJob> jobs = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        volatile int exit = Integer.MIN_VALUE;

        @Override
        public void output(String line) {
            lines.add(line);
            if (line.contains("ready")) {
                started.countDown();
            }
        }

        @Override
        public void job(BatchJob job) {
            jobs.add(job);
        }

        @Override
        public void exited(int exitCode, boolean cancelled) {
            exit = exitCode;
        }
    }

    static ClusterProfiles profiles(String... keyValues) {
        return ProfileEdits.set(ClusterProfiles.NONE, null, List.of(keyValues));
    }

    SlurmTarget target(ClusterProfiles profiles) {
        return new SlurmTarget(() -> profiles, standIns.environment(), Clock.systemUTC(), POLL);
    }

    LaunchRequest request(RunResources resources) {
        return new LaunchRequest(List.of("uv", "run", "--frozen", "deriva-ml-run", "--host", "h.example.org",
                "--catalog", "1", "x=$(touch pwned)", "++description='Reproduction of 1-AS10'"),
                workspace.resolve("checkout"), standIns.environment(), workspace.resolve("output.log"),
                new LaunchRequest.Workload(workspace.getFileName().toString(), "1-AS10", "demo",
                        "desc\n#SBATCH --partition=evil", workspace, null, resources));
    }

    @Test
    void submitsTheScriptWithSbatchParsableAndStreamsTheJobsOutputUntilItEnds() throws Exception {
        standIns.runningSbatch();
        StandIn.write(standIns.dir, "uv", 0, 0);
        Recorder rec = new Recorder();
        LaunchHandle h = target(profiles("partition=debug", "time_limit=10")).launch(request(RunResources.NONE), rec,
                pool);
        assertThat(h.pid()).isEqualTo(-1);
        assertThat(h.job()).hasValueSatisfying(j -> assertThat(j.id()).isEqualTo(SlurmStandIns.JOB_ID));
        int code = h.completion().get(60, TimeUnit.SECONDS);

        assertThat(standIns.calls("sbatch")).containsExactly(List.of("--parsable",
                workspace.resolve("job.sbatch").toString()));
        assertThat(code).isZero();
        assertThat(rec.exit).isZero();
        assertThat(h.job().orElseThrow().state()).isEqualTo("completed");
        assertThat(rec.lines).contains("uv stand-in started", "provex: the command ended with exit code 0");
        assertThat(rec.lines).anyMatch(l -> l.startsWith("provex: Slurm job " + SlurmStandIns.JOB_ID + " on "));
        // the command ran in the checkout with exactly its own arguments: nothing was expanded
        assertThat(StandIn.argv(standIns.dir)).contains("x=$(touch pwned)", "++description='Reproduction of 1-AS10'");
        assertThat(StandIn.recorded(standIns.dir, "cwd")).isEqualTo(workspace.resolve("checkout").toString());
        assertThat(workspace.resolve("checkout/pwned")).doesNotExist();
        String script = Files.readString(workspace.resolve("job.sbatch"), StandardCharsets.UTF_8);
        assertThat(script.lines().filter(l -> l.startsWith("#SBATCH"))).contains("#SBATCH --partition=debug",
                "#SBATCH --time=10").noneMatch(l -> l.contains("evil"));
    }

    @Test
    void aScriptedHistoryIsReportedInWordsAndATimeoutIsAFailure() throws Exception {
        standIns.scripted("sbatch", Reply.ok("4242\n"))
                .scripted("squeue", Reply.ok("4242|PENDING|Priority|0:00|\n"),
                        Reply.ok("4242|RUNNING|None|0:05|gpu-07\n"),
                        Reply.ok("4242|TIMEOUT|TimeLimit|4:00:00|gpu-07\n"))
                .scripted("sacct", Reply.ok("4242|TIMEOUT|0:15|04:00:02|gpu-07\n"));
        Recorder rec = new Recorder();
        LaunchHandle h = target(profiles("time_limit=4:00:00")).launch(request(RunResources.NONE), rec, pool);
        int code = h.completion().get(60, TimeUnit.SECONDS);

        assertThat(rec.jobs).extracting(BatchJob::state).containsSubsequence("pending", "running", "timeout");
        assertThat(rec.jobs.get(0).stateDetail()).contains("other jobs have higher priority");
        BatchJob last = h.job().orElseThrow();
        assertThat(last.finished()).isTrue();
        assertThat(last.stateDetail()).contains("time limit").contains("signal 15");
        assertThat(code).isZero();
        assertThat(standIns.calls("sacct").get(0)).containsExactly("-n", "-P", "-X", "-j", "4242", "-o",
                SlurmReplies.SACCT_FORMAT);
    }

    @Test
    void outOfMemoryWithoutAccountingIsReadFromScontrol() throws Exception {
        standIns.scripted("sbatch", Reply.ok("77\n"))
                .scripted("squeue", Reply.ok("77|OUT_OF_MEMORY|OutOfMemory|0:42|n1\n"))
                .scripted("sacct", new Reply("Slurm accounting storage is disabled\n", 1))
                .scripted("scontrol", Reply.ok("JobId=77 JobName=x JobState=OUT_OF_MEMORY Reason=OutOfMemory "
                        + "ExitCode=0:125 RunTime=00:00:42 NodeList=n1\n"));
        Recorder rec = new Recorder();
        LaunchHandle h = target(ClusterProfiles.NONE).launch(request(RunResources.NONE), rec, pool);
        h.completion().get(60, TimeUnit.SECONDS);
        BatchJob job = h.job().orElseThrow();
        assertThat(job.state()).isEqualTo("out of memory");
        assertThat(job.stateDetail()).contains("more memory than it asked for");
        assertThat(standIns.calls("scontrol").get(0)).containsExactly("show", "job", "-o", "77");
    }

    @Test
    void aJobSlurmForgotEndsWithTheExitCodeItsScriptLeftOrAsUnknown() throws Exception {
        standIns.scripted("sbatch", Reply.ok("88\n"))
                .scripted("squeue", new Reply("slurm_load_jobs error: Invalid job id specified\n", 1))
                .scripted("sacct", new Reply("Slurm accounting storage is disabled\n", 1))
                .scripted("scontrol", new Reply("slurm_load_jobs error: Invalid job id specified\n", 1));
        Files.writeString(workspace.resolve(BatchScript.EXIT_CODE_FILE), "3\n");
        BatchJob job = new BatchJob("slurm", "88", null, workspace.toString(), workspace.resolve("output.log")
                .toString(), "running", "", false, null, null);
        SlurmTarget target = target(ClusterProfiles.NONE);
        assertThat(target.refresh(job)).hasValueSatisfying(j -> {
            assertThat(j.state()).isEqualTo("failed");
            assertThat(j.exitCode()).isEqualTo(3);
            assertThat(j.finished()).isTrue();
        });
        Files.delete(workspace.resolve(BatchScript.EXIT_CODE_FILE));
        assertThat(target.refresh(job)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(BatchJob.UNKNOWN));
    }

    @Test
    void cancelCallsScancelAndTheJobEndsCancelled() throws Exception {
        standIns.runningSbatch();
        StandIn.write(standIns.dir, "uv", 0, 60);
        Recorder rec = new Recorder();
        LaunchHandle h = target(ClusterProfiles.NONE).launch(request(RunResources.NONE), rec, pool);
        assertThat(rec.started.await(60, TimeUnit.SECONDS)).isTrue();
        h.cancel();
        h.completion().get(60, TimeUnit.SECONDS);
        assertThat(standIns.calls("scancel")).containsExactly(List.of(SlurmStandIns.JOB_ID));
        assertThat(h.cancelled()).isTrue();
        assertThat(h.job().orElseThrow().state()).isEqualTo("cancelled");
    }

    @Test
    void aJobOfAnEarlierSessionIsFollowedAgainFromItsRecordedId() throws Exception {
        standIns.scripted("squeue", Reply.ok("4242|RUNNING|None|0:05|n1\n"), Reply.ok("4242|COMPLETED|None|0:09|n1\n"))
                .scripted("sacct", new Reply("Slurm accounting storage is disabled\n", 1))
                .scripted("scontrol", Reply.ok("JobId=4242 JobState=COMPLETED Reason=None ExitCode=0:0\n"));
        Files.writeString(workspace.resolve("output.log"), "$ uv run\nepoch 1\nepoch 2\n");
        BatchJob job = new BatchJob("slurm", "4242", null, workspace.toString(), workspace.resolve("output.log")
                .toString(), "running", "", false, null, null);
        Recorder rec = new Recorder();
        LaunchHandle h = target(ClusterProfiles.NONE).resume(job, workspace.resolve("output.log"), 0, rec, pool)
                .orElseThrow();
        assertThat(h.completion().get(60, TimeUnit.SECONDS)).isZero();
        assertThat(rec.lines).containsExactly("$ uv run", "epoch 1", "epoch 2");
        assertThat(h.job().orElseThrow().state()).isEqualTo("completed");
    }

    @Test
    void throughALoginNodeTheWorkspaceIsCopiedAndEveryCommandGoesThroughSsh() throws Exception {
        Path remoteRoot = Files.createDirectories(tmp.resolve("cluster/scratch"));
        standIns.runningSbatch().ssh(0).rsync();
        StandIn.write(standIns.dir, "uv", 0, 0);
        Files.writeString(workspace.resolve("output.log"), "$ uv run --frozen\n");
        Recorder rec = new Recorder();
        LaunchHandle h = target(profiles("host=me@login.example.org", "remote_root=" + remoteRoot))
                .launch(request(RunResources.NONE), rec, pool);
        assertThat(h.completion().get(60, TimeUnit.SECONDS)).isZero();

        Path remote = remoteRoot.resolve(workspace.getFileName());
        List<List<String>> ssh = standIns.calls("ssh");
        assertThat(ssh.get(0)).containsExactly("-o", "BatchMode=yes", "-o", "ConnectTimeout=20",
                "me@login.example.org", "--", "mkdir -p " + remote);
        assertThat(ssh).anySatisfy(c -> assertThat(c.get(c.size() - 1)).isEqualTo("sbatch --parsable " + remote
                + "/job.sbatch"));
        assertThat(standIns.calls("rsync").get(0)).containsExactly("-a", "-e", "ssh -o BatchMode=yes",
                workspace + "/", "me@login.example.org:" + remote + "/");
        assertThat(Files.readString(remote.resolve("job.sbatch"))).contains("cd " + remote + "/checkout || exit 1");
        // the job's output, written on the cluster, was copied back beside the local checkout once, in order
        List<String> local = Files.readAllLines(workspace.resolve("output.log"));
        assertThat(local.get(0)).isEqualTo("$ uv run --frozen");
        assertThat(local).containsSubsequence("uv stand-in started", "provex: the command ended with exit code 0");
        assertThat(local.stream().filter(l -> l.equals("uv stand-in started"))).hasSize(1);
        assertThat(rec.lines).contains("uv stand-in started").doesNotContain("$ uv run --frozen");
    }

    @Test
    void preflightSaysHowToFixMissingCommandsAndAnUnreachableLoginNode() throws IOException {
        List<Check> here = target(profiles("time_limit=60")).preflight(request(RunResources.NONE));
        assertThat(here).filteredOn(Check::failed).extracting(Check::id).contains("slurm_sbatch", "slurm_squeue",
                "slurm_scancel");
        assertThat(here).filteredOn(Check::failed).allSatisfy(c -> assertThat(c.fix()).contains("host="));

        standIns.ssh(255).rsync();
        List<Check> remote = target(profiles("host=login", "remote_root=/scratch/me")).preflight(
                request(RunResources.NONE));
        assertThat(remote).filteredOn(c -> c.id().equals("login_node")).singleElement().satisfies(c -> {
            assertThat(c.failed()).isTrue();
            assertThat(c.message()).contains("Connection refused");
        });
        List<Check> noRoot = target(profiles("host=login")).preflight(request(RunResources.NONE));
        assertThat(noRoot).filteredOn(Check::failed).extracting(Check::message)
                .anyMatch(m -> m.contains("remote_root"));
    }

    @Test
    void theOriginalsGpuBecomesTheJobsGpuRequestAndThePreviewSaysWhy() {
        RunResources oneGpu = new RunResources(List.of(new RunResources.Default(RunResources.Resource.GPUS, 1,
                "the original run saw 1 CUDA GPU (NVIDIA A100)")), List.of());
        LaunchPreview p = target(profiles("partition=gpu")).preview(request(oneGpu));
        assertThat(p.files().get(BatchScript.FILE)).contains("#SBATCH --gres=gpu:1\n");
        assertThat(p.details()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo("gpus");
            assertThat(d.source()).isEqualTo("derived from the original run");
        });
        assertThat(p.notes()).anyMatch(n -> n.contains("1 CUDA GPU"));
        assertThat(p.submit()).containsExactly("sbatch", "--parsable", workspace.resolve("job.sbatch").toString());
        assertThat(SlurmPreflight.resources(target(profiles("partition=gpu")).profile(request(oneGpu))).message())
                .isEqualTo("The job asks for partition gpu, 1 GPU.");
    }

    @Test
    void sbatchRefusingTheJobIsALaunchErrorWithItsMessage() throws IOException {
        standIns.scripted("sbatch", new Reply("sbatch: error: invalid partition specified: gpu\n", 1));
        assertThatThrownBy(() -> target(profiles("partition=gpu")).launch(request(RunResources.NONE), null, pool))
                .isInstanceOf(IOException.class).hasMessageContaining("invalid partition specified: gpu");
    }
}
