package org.provex.core.reproduce.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
import org.provex.core.reproduce.EditedDemo;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.reproduce.plan.PreparedReproduction;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;

/** Launching prepared demo reproductions with a stand-in uv, the record they leave, and linking the new run. */
@DisabledOnOs(OS.WINDOWS)
class ReproductionsTest {

    @TempDir
    static Path home;
    @TempDir
    Path tmp;
    private static DemoWorld world;
    private static CacheDatabase db;
    private static ExecutionAudit original;
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reproductions-test");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void demo() throws Exception {
        world = DemoWorld.create(home, StandIn.environment(home), Clock.systemUTC());
        db = world.open();
        original = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
    }

    @AfterAll
    static void close() {
        db.close();
        POOL.shutdownNow();
    }

    private PreparedReproduction prepare(Path ws, boolean dryRun) {
        ReproductionPlanner planner = world.services.planner(db, "demo", world.services.snapshotProbe("demo"));
        ReproductionPlan plan = planner.plan(new ReproductionPlanner.Request(original.detail().execution().rid(),
                ReproductionMode.REPRODUCTION, ws, dryRun, new LocalTarget()));
        return planner.prepare(plan, Set.of());
    }

    @Test
    void aLaunchRunsInTheCheckoutAndIsRecordedWithItsExitCode() throws Exception {
        StandIn.write(home, "uv", 0, 0);
        PreparedReproduction prepared = prepare(tmp.resolve("ws"), false);
        Reproductions reproductions = world.services.reproductions(POOL);
        ActiveReproduction active = reproductions.launch(prepared, Set.of(), new LaunchListener() { });
        assertThat(active.record().state()).isEqualTo(ReproductionRecord.State.RUNNING);
        ReproductionRecord done = active.finished().get(60, TimeUnit.SECONDS);
        assertThat(done.state()).isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(done.exitCode()).isZero();
        assertThat(done.finished()).isNotNull();
        assertThat(StandIn.argv(home)).containsExactlyElementsOf(prepared.plan().command().argv().subList(1,
                prepared.plan().command().argv().size()));
        assertThat(StandIn.recorded(home, "cwd")).isEqualTo(tmp.resolve("ws/checkout").toRealPath().toString());
        assertThat(Files.readAllLines(tmp.resolve("ws/output.log")).get(0)).startsWith("$ uv run --frozen");
        ReproductionRecord stored = world.services.store().get(done.id()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ReproductionRecord.State.SUCCEEDED);
        assertThat(stored.original()).isEqualTo(original.detail().execution().rid().value());
        assertThat(stored.command()).isEqualTo(prepared.plan().command().argv());
        assertThat(stored.logFile()).isEqualTo(tmp.resolve("ws/output.log").toAbsolutePath().toString());
        assertThat(stored.target()).isEqualTo("local");
        assertThat(reproductions.list()).extracting(ReproductionRecord::id).contains(done.id());
    }

    @Test
    void aFailingAndACancelledLaunchAreRecordedAsSuch() throws Exception {
        StandIn.write(home, "uv", 7, 0);
        Reproductions reproductions = world.services.reproductions(POOL);
        ReproductionRecord failed = reproductions.launch(prepare(tmp.resolve("f"), false), Set.of(),
                new LaunchListener() { }).finished().get(60, TimeUnit.SECONDS);
        assertThat(failed.state()).isEqualTo(ReproductionRecord.State.FAILED);
        assertThat(failed.exitCode()).isEqualTo(7);

        StandIn.write(home, "uv", 0, 300);
        CountDownLatch ready = new CountDownLatch(1);
        ActiveReproduction running = reproductions.launch(prepare(tmp.resolve("c"), false), Set.of(),
                new LaunchListener() {
                    @Override
                    public void output(String line) {
                        if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                });
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reproductions.active(running.record().id())).isPresent();
        running.handle().cancel();
        ReproductionRecord cancelled = running.finished().get(60, TimeUnit.SECONDS);
        assertThat(cancelled.state()).isEqualTo(ReproductionRecord.State.CANCELLED);
        assertThat(reproductions.active(running.record().id())).isEmpty();
    }

    @Test
    void aRunningRecordWhoseProcessIsGoneEndedUnobserved() throws Exception {
        ReproductionStore store = world.services.store();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        ReproductionRecord r = new ReproductionRecord("1-X002-20260601-000000", "demo", "1-X002", null,
                "reproduction", "Reproduction of 1-X002", "local", false, tmp.toString(), null, null, List.of("uv"),
                tmp.toString(), tmp.resolve("log").toString(), Instant.now(), null, null, null, null,
                ReproductionRecord.State.PREPARED, "", "verified", List.of(), null)
                .running(gone.pid(), Instant.now().minusSeconds(5));
        store.save(r);
        ReproductionRecord listed = world.services.reproductions(POOL).list().stream()
                .filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
        assertThat(listed.state()).isEqualTo(ReproductionRecord.State.ENDED_UNOBSERVED);
        assertThat(listed.stateDetail()).contains("exit code is unknown");
    }

    @Test
    void theNewRunIsLinkedOnceItAppearsAndComparedWithTheOriginal() throws Exception {
        EditedDemo edited = new EditedDemo(Duration.ofDays(2));
        String orig = original.detail().execution().rid().value();
        String workflow = original.detail().workflow().rid().value();
        edited.addRun(workflow, "A run of something else", java.util.Map.of(), java.util.Map.of());
        String copy = edited.addRun(workflow, "Reproduction of " + orig + " [overrides: +experiment=x]",
                java.util.Map.of(), java.util.Map.of());
        edited.copyInputsAndFiles(orig, copy);
        ReproductionRecord launched = new ReproductionRecord("link-test", "demo", orig, workflow, "reproduction",
                "Reproduction of " + orig, "local", false, tmp.toString(), null, null, List.of("uv"), tmp.toString(),
                tmp.resolve("log").toString(), edited.at().minusSeconds(120), null, null, null, null,
                ReproductionRecord.State.PREPARED, "", "verified", List.of(), null)
                .running(1, edited.at().minusSeconds(60)).ended(ReproductionRecord.State.SUCCEEDED, 0,
                        edited.at().plusSeconds(600), "Exit code 0.");
        Reproductions reproductions = new Reproductions(new ReproductionStore(tmp.resolve("records")),
                world.services.targets(), POOL, Clock.fixed(edited.at().plusSeconds(3600), ZoneOffset.UTC));
        try (CacheDatabase before = world.open()) {
            assertThat(reproductions.link(launched, before).link()).as("not in the cache yet").isNull();
        }
        try (CacheDatabase after = edited.load(tmp.resolve("edited/cache.db"))) {
            ReproductionRecord linked = reproductions.link(launched, after);
            assertThat(linked.link()).isNotNull();
            assertThat(linked.link().execution()).isEqualTo(copy);
            assertThat(linked.link().note()).contains("names " + orig).contains("same workflow");
            ReproductionRecord.Comparison c = linked.link().comparison();
            assertThat(c.inputs()).isEqualTo("same");
            assertThat(c.code()).isEqualTo("same");
            assertThat(c.configuration()).isEqualTo("same");
            assertThat(new ReproductionStore(tmp.resolve("records")).get("link-test").orElseThrow().link()
                    .execution()).isEqualTo(copy);
        }
    }

    @Test
    void aDryRunIsNeverLinked() {
        ReproductionRecord dry = new ReproductionRecord("dry", "demo", "1-X002", null, "reproduction", "x", "local",
                true, tmp.toString(), null, null, List.of("uv"), tmp.toString(), "log", Instant.now(), null, null,
                null, null, ReproductionRecord.State.PREPARED, "", null, List.of(), null).running(1, Instant.now());
        assertThat(ReproductionLinker.link(dry, db, Set.of(), Instant.now())).isEmpty();
    }
}
