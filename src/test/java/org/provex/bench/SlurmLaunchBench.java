package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.provex.core.io.SafeFiles;
import org.provex.core.reproduce.launch.LaunchHandle;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.reproduce.launch.ShortProcess;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.launch.slurm.ProfileEdits;
import org.provex.core.reproduce.launch.slurm.SlurmStandIns;
import org.provex.core.reproduce.launch.slurm.SlurmTarget;
import org.provex.core.settings.ClusterProfiles;

/**
 * Slurm launch timings (not a test; results in docs/decisions/0019-cluster-launch.md): from {@code launch} to the
 * job id with stand-in Slurm commands here and through a stand-in ssh and rsync (a workspace of 200 files), and with
 * the real single-node Slurm when sinfo finds one; then the processes one running job costs per poll, counted by
 * the stand-ins over a run of known length.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.provex.bench.SlurmLaunchBench [N]}
 */
public final class SlurmLaunchBench {

    private SlurmLaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("provex-slurm-bench");
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "slurm-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            SlurmStandIns standIns = new SlurmStandIns(dir.resolve("standins")).runningSbatch().ssh(0).rsync();
            StandIn.write(standIns.dir, "uv", 0, 0);
            Path remote = Files.createDirectories(dir.resolve("cluster"));
            report("stand-ins, here", submit(dir, standIns.environment(), ClusterProfiles.NONE, n, pool));
            report("stand-ins, through ssh + rsync", submit(dir, standIns.environment(), ProfileEdits.set(
                    ClusterProfiles.NONE, null, List.of("host=login", "remote_root=" + remote)), n, pool));
            var sinfo = ShortProcess.run(List.of("sinfo", "-h", "-o", "%T"), System.getenv(), Duration.ofSeconds(10));
            if (sinfo.isPresent() && sinfo.get().exitCode() == 0 && sinfo.get().output().contains("idle")) {
                Map<String, String> real = new HashMap<>(System.getenv());
                real.put("PATH", dir.resolve("uvonly/bin") + ":" + System.getenv("PATH"));
                StandIn.write(dir.resolve("uvonly"), "uv", 0, 0);
                report("real single-node Slurm, here", submit(dir, real, ClusterProfiles.NONE, n, pool));
            } else {
                System.out.println("real Slurm: not available here (sinfo found no idle node)");
            }
        } finally {
            pool.shutdownNow();
            SafeFiles.deleteTree(dir);
        }
    }

    /** Milliseconds from launch to the job id, per submission; each job is followed to its end before the next. */
    private static List<Double> submit(Path dir, Map<String, String> env, ClusterProfiles profiles, int n,
                                       ExecutorService pool) throws Exception {
        SlurmTarget target = new SlurmTarget(() -> profiles, env, Clock.systemUTC(), Duration.ofMillis(100));
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < n + 2; i++) {
            Path ws = Files.createDirectories(dir.resolve("ws-" + System.nanoTime()));
            Files.createDirectories(ws.resolve("checkout"));
            for (int f = 0; f < 200; f++) {
                Files.writeString(ws.resolve("checkout/file-" + f + ".py"), "print(" + f + ")\n");
            }
            LaunchRequest request = new LaunchRequest(List.of("uv", "run", "--frozen", "deriva-ml-run"),
                    ws.resolve("checkout"), env, ws.resolve("output.log"), new LaunchRequest.Workload(
                            ws.getFileName().toString(), "1-AS10", "demo", "bench", ws, null, RunResources.NONE));
            long t0 = System.nanoTime();
            LaunchHandle h = target.launch(request, null, pool);
            double ms = (System.nanoTime() - t0) / 1e6;
            h.completion().get(120, TimeUnit.SECONDS);
            if (i >= 2) {
                times.add(ms);
            }
        }
        return times;
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "launch to job id, %s: median %.1f ms, min %.1f, max %.1f (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
