package org.provex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.io.SafeFiles;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.CatalogSync;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncOptions;
import org.provex.core.sync.SyncReport;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import org.provex.testserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sync against the test server on loopback (not a test; results in docs/decisions/0017-sync-at-wire-speed.md). The
 * server is this project's ERMrest/Hatrac stand-in serving the demo catalog plus N generated executions (default
 * 10,000), not a real DERIVA server:
 * <ol>
 *   <li>the limit: {@link PlainFetch} in a process of its own pages every table the sync reads at the same snapshot
 *       and GETs the same configuration files (4 at a time), parsing and storing nothing;</li>
 *   <li>{@code provex sync --full} of the built jar in a process of its own, wall time with JVM start, alternated
 *       with the plain fetch in the same run, and the ratio of the two;</li>
 *   <li>incremental sync of the unchanged catalog (requests and time);</li>
 *   <li>incremental sync after 100 executions changed status (in-process, and the CLI as a process once per run,
 *       alternated with the baseline jar's when one is given).</li>
 * </ol>
 * Run: {@code mvn -B -q -DskipTests package test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}, then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.provex.bench.SyncBench [N] [runs] [jar] [baseline jar] [launcher]}: with a baseline jar (another build, say the
 * one before a change) each run also times its {@code sync --full}, right after this jar's, against the same server;
 * with a launcher (JVM options such as {@code "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}, or the path of a launcher
 * such as the app image's {@code bin/provex}; an empty baseline argument skips the baseline) each run also times this
 * jar started that way.
 */
public final class SyncBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHANGED = 100;

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = Math.max(0, args.length > 1 ? Integer.parseInt(args[1]) : 3);   // 0: incremental only
        Path jar = Path.of(args.length > 2 ? args[2] : "target/provex.jar").toAbsolutePath();
        Path baseline = args.length > 3 && !args[3].isEmpty() ? Path.of(args[3]).toAbsolutePath() : null;
        // JVM options a launcher would give this jar (a variant timed in each run too), e.g. "-XX:TieredStopAtLevel=1
        // -XX:+UseSerialGC", or the path of a launcher to run instead of java -jar (the app image's bin/provex)
        List<String> launcher = args.length > 4 ? List.of(args[4].trim().split("\\s+")) : List.of();
        long t0 = System.nanoTime();
        DemoCatalog demo = DemoCatalogGenerator.generate(new DemoOptions(extra));
        long rows = demo.tableNames().stream().mapToLong(demo::rowCount).sum();
        say("catalog: %,d executions, %,d rows in %d tables, generated in %.1f s", demo.rowCount("deriva-ml:Execution"),
                rows, demo.tableNames().size(), seconds(t0));
        Path dir = Files.createTempDirectory("provex-sync-bench");
        ExecutorService files = filePool();
        OkHttpClient ok = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(120)).build();
        try (DerivaTestServer server = DerivaTestServer.start()) {
            long p0 = System.nanoTime();
            server.publish(demo);
            say("test server (not a DERIVA server): published in %.1f s at %s", seconds(p0), server.origin());
            DerivaHttp http = new DerivaHttp(server.location(), Credentials.none(), ok, RetryPolicy.defaults());

            // one in-process sync (warms the server) tells which tables and files a sync reads
            server.reset();
            CacheDatabase db = CacheDatabase.open(dir.resolve("inproc").resolve("cache.db"));
            SyncReport first = new CatalogSync(db, http, files, SyncOptions.defaults()).fullSync(SyncListener.NONE,
                    () -> false);
            Path plan = plan(server.requests(), dir.resolve("plan.txt"));
            say("in-process full sync: %.2f s, %d requests, %,d rows, %d files", first.elapsed().toMillis() / 1e3,
                    first.requests(), first.rowsRead(), first.filesFetched());

            Path home = dir.resolve("home");
            Command.run(home, cli(jar, "catalog", "add", server.origin(), DerivaTestServer.CATALOG_ID,
                    "--name", "bench"));
            Path baseHome = dir.resolve("home-baseline");   // its own cache: the other build's schema may differ
            if (baseline != null) {
                Command.run(baseHome, cli(baseline, "catalog", "add", server.origin(), DerivaTestServer.CATALOG_ID,
                        "--name", "bench"));
            }
            List<Double> plain = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            List<Double> plainCpu = new ArrayList<>();
            List<Double> fullCpu = new ArrayList<>();
            List<Double> base = new ArrayList<>();
            List<Double> baseCpu = new ArrayList<>();
            List<Double> tuned = new ArrayList<>();
            List<Double> tunedCpu = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Command.Result p = Command.run(home, List.of(java(), "-cp", System.getProperty("java.class.path"),
                        PlainFetch.class.getName(), server.origin(), DerivaTestServer.CATALOG_ID,
                        first.snaptime().value(), Integer.toString(SyncOptions.defaults().pageSize()),
                        plan.toString()));
                server.reset();
                Command.Result s = Command.run(home, cli(jar, "--format", "json", "--catalog", "bench", "sync",
                        "--full"));
                JsonNode r = JSON.readTree(s.out()).path(0);
                plain.add(p.seconds());
                full.add(s.seconds());
                plainCpu.add(p.cpuSeconds());
                fullCpu.add(s.cpuSeconds());
                say("run %d: plain fetch %.2f s wall, %.2f s CPU (%s bytes/requests); provex sync --full %.2f s wall, "
                        + "%.2f s CPU, %.0f MB peak RSS (%.2f s inside, %d requests, %,d rows); ratio %.2f wall, "
                        + "load %.1f", run, p.seconds(), p.cpuSeconds(), p.out().strip(), s.seconds(), s.cpuSeconds(),
                        s.maxRssMb(), r.path("seconds").asDouble(), r.path("requests").asLong(),
                        r.path("rows_read").asLong(), s.seconds() / p.seconds(), load());
                if (baseline != null) {
                    server.reset();
                    Command.Result b = Command.run(baseHome, cli(baseline, "--format", "json", "--catalog", "bench",
                            "sync", "--full"));
                    base.add(b.seconds());
                    baseCpu.add(b.cpuSeconds());
                    say("run %d: baseline %s sync --full %.2f s wall, %.2f s CPU, %.0f MB peak RSS; ratio %.2f wall, "
                            + "load %.1f", run, baseline.getFileName(), b.seconds(), b.cpuSeconds(), b.maxRssMb(),
                            b.seconds() / p.seconds(), load());
                }
                if (!launcher.isEmpty()) {
                    server.reset();
                    Command.Result t = Command.run(home, launched(launcher, jar, "--format", "json", "--catalog",
                            "bench", "sync", "--full"));
                    tuned.add(t.seconds());
                    tunedCpu.add(t.cpuSeconds());
                    say("run %d: %s sync --full %.2f s wall, %.2f s CPU, %.0f MB peak RSS; ratio %.2f wall, load %.1f",
                            run, String.join(" ", launcher), t.seconds(), t.cpuSeconds(), t.maxRssMb(),
                            t.seconds() / p.seconds(), load());
                }
            }
            if (runs > 0) {
                say("FULL SYNC: provex sync --full median %.2f s, plain fetch median %.2f s, ratio of medians %.2f "
                        + "(best %.2f / %.2f); client CPU median %.2f s / %.2f s", median(full), median(plain),
                        median(full) / median(plain), min(full), min(plain), median(fullCpu), median(plainCpu));
                if (baseline != null) {
                    say("BASELINE: %s sync --full median %.2f s, ratio of medians %.2f (best %.2f); client CPU median "
                            + "%.2f s", baseline.getFileName(), median(base), median(base) / median(plain), min(base),
                            median(baseCpu));
                }
                if (!launcher.isEmpty()) {
                    say("LAUNCHER: %s sync --full median %.2f s, ratio of medians %.2f (best %.2f); client CPU median "
                            + "%.2f s", String.join(" ", launcher), median(tuned), median(tuned) / median(plain),
                            min(tuned), median(tunedCpu));
                }
            }

            List<Double> unchanged = new ArrayList<>();
            long requests = 0;
            for (int i = 0; i < 20; i++) {
                server.reset();
                SyncReport r = new CatalogSync(db, http, files, SyncOptions.defaults()).sync(SyncListener.NONE,
                        () -> false);
                unchanged.add(r.elapsed().toNanos() / 1e6);
                requests = server.requests().size();
                if (r.kind() != SyncReport.Kind.UNCHANGED) {
                    throw new IllegalStateException("expected an unchanged catalog, got " + r.kind());
                }
            }
            say("INCREMENTAL, unchanged catalog: %d request(s), median %.1f ms, best %.1f ms (20 runs, in-process)",
                    requests, median(unchanged), min(unchanged));

            CatalogSource state = demo;
            List<Double> incremental = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                state = changed(state);
                server.publish(state);
                server.reset();
                SyncReport inc = new CatalogSync(db, http, files, SyncOptions.defaults()).sync(SyncListener.NONE,
                        () -> false);
                incremental.add(inc.elapsed().toNanos() / 1e6);
                say("INCREMENTAL, %d executions changed (in-process): %s, %d requests, %,d rows read, %,d updated, "
                        + "%.0f ms, load %.1f", CHANGED, inc.kind(), server.requests().size(), inc.rowsRead(),
                        inc.updated(), inc.elapsed().toNanos() / 1e6, load());
            }
            say("INCREMENTAL, %d executions changed (in-process): median %.0f ms, best %.0f ms (5 runs)", CHANGED,
                    median(incremental), min(incremental));
            // the CLI's caches are a few states behind at first (the same 100 runs changed since), then one change
            // behind in each further round; with a baseline jar its `provex sync` follows this jar's, order swapped
            // every round
            List<Double> inside = new ArrayList<>();
            List<Double> baseInside = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                if (run > 1) {
                    state = changed(state);
                    server.publish(state);
                }
                boolean baseFirst = baseline != null && run % 2 == 0;
                if (baseFirst) {
                    baseInside.add(incrementalProcess(server, baseHome, baseline, run));
                }
                inside.add(incrementalProcess(server, home, jar, run));
                if (baseline != null && !baseFirst) {
                    baseInside.add(incrementalProcess(server, baseHome, baseline, run));
                }
            }
            if (runs > 0) {
                say("INCREMENTAL, %d executions changed (provex sync as a process): median %.3f s inside the command"
                        + "%s", CHANGED, median(inside), baseline == null ? "" : String.format(Locale.ROOT,
                        "; baseline %s median %.3f s", baseline.getFileName(), median(baseInside)));
            }
            db.close();
        } finally {
            files.shutdownNow();
            SafeFiles.deleteTree(dir);
        }
    }

    /** One incremental `provex sync` of a jar as a process; prints its figures and returns the time inside it. */
    private static double incrementalProcess(DerivaTestServer server, Path home, Path jar, int run)
            throws IOException, InterruptedException {
        server.reset();
        Command.Result c = Command.run(home, cli(jar, "--format", "json", "--catalog", "bench", "sync"));
        JsonNode cr = JSON.readTree(c.out()).path(0);
        say("INCREMENTAL, %d executions changed, run %d (%s sync as a process): %s, %d requests, %.3f s inside the "
                + "command, %.2f s wall, %.2f s CPU, load %.1f", CHANGED, run, jar.getFileName(),
                cr.path("kind").asString(), cr.path("requests").asLong(), cr.path("seconds").asDouble(), c.seconds(),
                c.cpuSeconds(), load());
        return cr.path("seconds").asDouble();
    }

    /** The same catalog an hour later with {@value #CHANGED} executions set to Failed. */
    static EditedCatalog changed(CatalogSource demo) throws IOException {
        EditedCatalog changed = EditedCatalog.of(demo, Snaptime.parse(demo.snaptime()).toInstant().plusSeconds(3600));
        TableRef execution = new TableRef("deriva-ml", "Execution");
        List<String> rids = changed.rowsOf(execution).stream().map(r -> r.path("RID").asString()).toList();
        for (int i = 0; i < CHANGED; i++) {
            changed.update(execution, rids.get((int) ((long) i * rids.size() / CHANGED)),
                    Map.of("Status", "Failed", "Status_Detail", "bench change " + i));
        }
        return changed;
    }

    /** The tables (in the order read) and files of a recorded sync, as {@link PlainFetch} reads its plan. */
    static Path plan(List<RecordedRequest> requests, Path file) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (RecordedRequest r : requests) {
            String t = r.target();
            int entity = t.indexOf("/entity/");
            int sort = t.indexOf("@sort(RID)");
            if (entity > 0 && sort > entity) {
                lines.add("T " + t.substring(entity + "/entity/".length(), sort));
            }
        }
        for (RecordedRequest r : requests) {
            if (r.target().startsWith("/hatrac/")) {
                lines.add("F " + r.target());
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** The jar run with a launcher's JVM options, or a launcher of its own (an executable file) run instead. */
    private static List<String> launched(List<String> launcher, Path jar, String... args) {
        List<String> command = new ArrayList<>();
        if (launcher.size() == 1 && Files.isExecutable(Path.of(launcher.get(0)))) {
            command.add(launcher.get(0));
        } else {
            command.add(java());
            command.addAll(launcher);
            command.addAll(List.of("-jar", jar.toString()));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> cli(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The machine's one-minute load average (other work on the same cores skews wall times). */
    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Four named daemon threads for a sync's file downloads. */
    static ExecutorService filePool() {
        return Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-files");
            t.setDaemon(true);
            return t;
        });
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
