package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.plan.PreparedReproduction;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;
import org.provex.core.reproduce.run.ActiveReproduction;
import org.provex.core.reproduce.run.RecordJson;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.reproduce.run.Reproductions;

/**
 * A demo reproduction sent to Slurm through the reproductions record, with stand-in Slurm commands: the record keeps
 * the job, a later session finds it again (list, follow, cancel) from the recorded job id.
 */
@DisabledOnOs(OS.WINDOWS)
class SlurmReproductionsTest {

    @TempDir
    static Path home;
    private static DemoWorld world;
    private static CacheDatabase db;
    private static ExecutionAudit original;
    private static SlurmStandIns standIns;
    private static SlurmTarget slurm;
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slurm-reproductions-test");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void demo() throws Exception {
        standIns = new SlurmStandIns(home).runningSbatch();
        StandIn.write(home, "uv", 0, 0);
        world = DemoWorld.create(home, standIns.environment(), Clock.systemUTC());
        db = world.open();
        original = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
        slurm = new SlurmTarget(() -> world.workspace.settings().cluster(), standIns.environment(),
                Clock.systemUTC(), SlurmTargetTest.POLL);
    }

    @AfterAll
    static void close() {
        db.close();
        POOL.shutdownNow();
    }

    private static Reproductions reproductions() {
        return new Reproductions(world.services.store(), Map.of(SlurmTarget.ID, slurm), POOL, Clock.systemUTC());
    }

    private static PreparedReproduction prepare(Path ws) {
        ReproductionPlanner planner = world.services.planner(db, "demo", world.services.snapshotProbe("demo"));
        ReproductionPlan plan = planner.plan(new ReproductionPlanner.Request(original.detail().execution().rid(),
                ReproductionMode.REPRODUCTION, ws, false, slurm));
        assertThat(plan.failedPreflight()).isEmpty();
        return planner.prepare(plan, Set.of());
    }

    @Test
    void aSubmittedReproductionRecordsItsJobAndEndsSucceeded() throws Exception {
        PreparedReproduction prepared = prepare(home.resolve("ws-ok"));
        ActiveReproduction active = reproductions().launch(prepared, Set.of(), new LaunchListener() { });
        assertThat(active.record().state()).isEqualTo(ReproductionRecord.State.RUNNING);
        assertThat(active.record().pid()).isNull();
        assertThat(active.record().job().id()).isEqualTo(SlurmStandIns.JOB_ID);
        ReproductionRecord done = active.finished().get(60, TimeUnit.SECONDS);
        assertThat(done.state()).isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(done.exitCode()).isZero();
        assertThat(done.job().state()).isEqualTo("completed");
        ReproductionRecord stored = world.services.store().get(done.id()).orElseThrow();
        assertThat(stored.target()).isEqualTo("slurm");
        assertThat(RecordJson.read(RecordJson.of(stored))).isEqualTo(stored);
        assertThat(Files.readString(home.resolve("ws-ok/job.sbatch"))).contains("deriva-ml-run");
        assertThat(Files.readAllLines(home.resolve("ws-ok/output.log"))).contains("uv stand-in started");
    }

    @Test
    void aLaterSessionListsFollowsAndCancelsTheJobFromItsRecord() throws Exception {
        Path ws = home.resolve("ws-later");
        ActiveReproduction first = reproductions().launch(prepare(ws), Set.of(), new LaunchListener() { });
        ReproductionRecord done = first.finished().get(60, TimeUnit.SECONDS);
        // as an earlier session left it: recorded running, the job still in the queue
        ReproductionRecord running = new ReproductionRecord(done.id(), done.catalog(), done.original(),
                done.originalWorkflow(), done.mode(), done.label(), done.target(), false, done.workspace(),
                done.checkout(), done.commit(), done.command(), done.workingDirectory(), done.logFile(),
                done.planned(), done.started(), null, null, null, ReproductionRecord.State.RUNNING, "", null,
                List.of(), null, done.job().withState("pending", "", false, null, null));
        world.services.store().save(running);
        Files.writeString(standIns.record.resolve("job.state"), "RUNNING\n");

        assertThat(reproductions().list()).filteredOn(r -> r.id().equals(done.id())).singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(ReproductionRecord.State.RUNNING);
                    assertThat(r.job().state()).isEqualTo("running");
                });

        Files.writeString(standIns.record.resolve("job.state"), "COMPLETED\n");
        List<String> lines = new CopyOnWriteArrayList<>();
        ActiveReproduction followed = reproductions().follow(done.id(), new LaunchListener() {
            @Override
            public void output(String line) {
                lines.add(line);
            }
        }).orElseThrow();
        assertThat(followed.finished().get(60, TimeUnit.SECONDS).state())
                .isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(lines).contains("uv stand-in started");

        world.services.store().save(running);
        Files.writeString(standIns.record.resolve("job.state"), "RUNNING\n");
        ReproductionRecord cancelled = reproductions().cancel(done.id());
        assertThat(cancelled.state()).isEqualTo(ReproductionRecord.State.CANCELLED);
        assertThat(standIns.calls("scancel")).contains(List.of(SlurmStandIns.JOB_ID));
    }
}
