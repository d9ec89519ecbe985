package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.util.FileUtils;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.code.CodeVerifier;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;

/**
 * Reproduce timings on the demo (not a test; results in docs/decisions/0015-reproduce.md):
 * <ol>
 *   <li>verify every demo workflow: cold (first in this JVM, nothing stored), stored (settled results reused) and
 *       forced (git read again each time, JIT warm);</li>
 *   <li>plan a reproduction of a demo run whose HEAD is later than its URL commit, including the checkout into a
 *       fresh workspace (plan + prepare): cold (first in this JVM) and warm (median of N);</li>
 *   <li>the readiness of every demo run from the cache alone (what the executions table's Readiness column
 *       computes).</li>
 * </ol>
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.provex.bench.ReproduceBench [N]}
 */
public final class ReproduceBench {

    private ReproduceBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = Files.createTempDirectory("provex-reproduce-bench");
        try {
            long s0 = System.nanoTime();
            DemoWorld world = DemoWorld.create(dir.resolve("home"), System.getenv(), Clock.systemUTC());
            System.out.printf(Locale.ROOT, "demo installed in %.0f ms (not part of the numbers)%n", ms(s0));
            try (CacheDatabase db = world.open()) {
                List<WorkflowSummary> workflows = new LookupQueries(db).workflows();
                CodeVerifier verifier = world.services.verifier();
                long v0 = System.nanoTime();
                workflows.forEach(w -> verifier.verify(CodeVerifier.identityOf(w.workflow())));
                System.out.printf(Locale.ROOT, "verify %d workflows, cold: %.1f ms%n", workflows.size(), ms(v0));
                List<Double> stored = new ArrayList<>();
                List<Double> forced = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    workflows.forEach(w -> verifier.verify(CodeVerifier.identityOf(w.workflow())));
                    stored.add(ms(t));
                    t = System.nanoTime();
                    workflows.forEach(w -> verifier.verify(CodeVerifier.identityOf(w.workflow()), true));
                    forced.add(ms(t));
                }
                System.out.printf(Locale.ROOT, "verify %d workflows, stored results: median %.2f ms (min %.2f)%n",
                        workflows.size(), median(stored), Collections.min(stored));
                System.out.printf(Locale.ROOT, "verify %d workflows, git read again: median %.1f ms (min %.1f)%n",
                        workflows.size(), median(forced), Collections.min(forced));

                List<Rid> runs = DemoWorld.audits(db).stream().map(a -> a.detail().execution().rid()).toList();
                List<Double> column = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    runs.forEach(r -> world.services.quickReadiness(db, r));
                    column.add(ms(t));
                }
                System.out.printf(Locale.ROOT, "readiness column (cache only) of all %d demo runs: first %.0f ms, "
                        + "median %.0f ms (%.1f ms a run)%n", runs.size(), column.get(0), median(column),
                        median(column) / runs.size());

                ExecutionAudit run = DemoWorld.find(db, "run with a later HEAD", DemoWorld::headAfterUrlCommit);
                ReproductionPlanner planner = world.services.planner(db, "demo", world.services.snapshotProbe("demo"));
                double[] cold = planAndPrepare(planner, run, dir.resolve("ws-cold"));
                System.out.printf(Locale.ROOT, "plan %s incl. checkout, cold: %.0f ms (plan %.0f + checkout and "
                        + "files %.0f)%n", run.detail().execution().rid(), cold[0] + cold[1], cold[0], cold[1]);
                List<Double> plans = new ArrayList<>();
                List<Double> totals = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    double[] t = planAndPrepare(planner, run, dir.resolve("ws-" + i));
                    plans.add(t[0]);
                    totals.add(t[0] + t[1]);
                }
                System.out.printf(Locale.ROOT, "plan incl. checkout, warm: median %.0f ms (min %.0f, max %.0f); "
                        + "plan alone median %.0f ms%n", median(totals), Collections.min(totals),
                        Collections.max(totals), median(plans));
            }
        } finally {
            FileUtils.delete(dir.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
        }
    }

    private static double[] planAndPrepare(ReproductionPlanner planner, ExecutionAudit run, Path ws) {
        long t0 = System.nanoTime();
        ReproductionPlan plan = planner.plan(new ReproductionPlanner.Request(run.detail().execution().rid(),
                ReproductionMode.REPRODUCTION, ws, false, new LocalTarget()));
        double p = ms(t0);
        long t1 = System.nanoTime();
        // the bench environment may have no uv on PATH: write the workspace the way prepare does, minus that check
        ReproductionPlan runnable = new ReproductionPlan(plan.id(), plan.plannedAt(), plan.catalog(),
                plan.original(), plan.mode(), plan.label(), plan.readiness(), plan.verification(), plan.checkout(),
                plan.inputs(), plan.assets(), plan.recorded(), plan.configuration(), plan.environment(),
                plan.preflight().stream().filter(c -> !c.failed() || c.id().equals("workspace")).toList(),
                plan.command(), plan.target(), plan.dryRun(), plan.workspace(), plan.confirmations(),
                plan.blockers(), plan.notes());
        planner.prepare(runnable, Set.of());
        return new double[] {p, ms(t1)};
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
