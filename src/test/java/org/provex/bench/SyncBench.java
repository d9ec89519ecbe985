package org.provex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.provex.core.cache.CacheDatabase;
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

/**
 * Sync against the test server on loopback (not a test; see docs/decisions/0003-sync.md for results):
 * <ol>
 *   <li>full sync of the demo plus N extra executions (default 10,000) with their links and metadata rows;</li>
 *   <li>the limit: the same GETs replayed with a plain OkHttp client, bodies read, nothing parsed or stored;</li>
 *   <li>incremental sync of the unchanged catalog (requests and time);</li>
 *   <li>incremental sync after one new execution and one status change.</li>
 * </ol>
 * Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.provex.bench.SyncBench [N] [runs]}.
 */
public final class SyncBench {

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long t0 = System.nanoTime();
        DemoCatalog demo = DemoCatalogGenerator.generate(new DemoOptions(extra));
        long rows = demo.tableNames().stream().mapToLong(demo::rowCount).sum();
        System.out.printf(Locale.ROOT, "catalog: %,d executions, %,d rows in %d tables, generated in %.1f s%n",
                demo.rowCount("deriva-ml:Execution"), rows, demo.tableNames().size(), seconds(t0));
        Path dir = Files.createTempDirectory("provex-sync-bench");
        ExecutorService files = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-files");
            t.setDaemon(true);
            return t;
        });
        OkHttpClient plain = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        try (DerivaTestServer server = DerivaTestServer.start()) {
            long p0 = System.nanoTime();
            server.publish(demo);
            System.out.printf(Locale.ROOT, "server: published in %.1f s at %s%n", seconds(p0), server.origin());
            DerivaHttp http = new DerivaHttp(server.location(), Credentials.none(), plain, RetryPolicy.defaults());

            List<Double> full = new ArrayList<>();
            List<Double> limit = new ArrayList<>();
            SyncReport report = null;
            CacheDatabase last = null;
            for (int run = 1; run <= runs; run++) {
                if (last != null) {
                    last.close();
                }
                last = CacheDatabase.open(dir.resolve("full-" + run).resolve("cache.db"));
                server.reset();
                long s = System.nanoTime();
                report = new CatalogSync(last, http, files, SyncOptions.defaults()).fullSync(SyncListener.NONE,
                        () -> false);
                full.add(seconds(s));
                List<String> targets = server.requests().stream().map(RecordedRequest::target).toList();
                long b = System.nanoTime();
                long bytes = replay(plain, server.origin(), targets);
                limit.add(seconds(b));
                System.out.printf(Locale.ROOT, "run %d: full sync %.2f s (%d requests, %,d rows read, %d files); "
                        + "plain GETs of the same %d URLs %.2f s (%,d bytes)%n", run, full.get(run - 1),
                        report.requests(), report.rowsRead(), report.filesFetched(), targets.size(),
                        limit.get(run - 1), bytes);
            }
            System.out.printf(Locale.ROOT, "full sync: median %.2f s, best %.2f s; plain HTTP limit: median %.2f s, "
                    + "best %.2f s; cache file %,d bytes%n", median(full), min(full), median(limit), min(limit),
                    Files.size(last.file()));

            List<Double> unchanged = new ArrayList<>();
            long requests = 0;
            for (int i = 0; i < 20; i++) {
                server.reset();
                long s = System.nanoTime();
                SyncReport r = new CatalogSync(last, http, files, SyncOptions.defaults()).sync(SyncListener.NONE,
                        () -> false);
                unchanged.add(seconds(s) * 1000);
                requests = server.requests().size();
                if (r.kind() != SyncReport.Kind.UNCHANGED) {
                    throw new IllegalStateException("expected an unchanged catalog, got " + r.kind());
                }
            }
            System.out.printf(Locale.ROOT, "incremental sync, unchanged catalog: %d request(s), median %.1f ms, "
                    + "best %.1f ms (20 runs)%n", requests, median(unchanged), min(unchanged));

            EditedCatalog changed = EditedCatalog.of(demo, Snaptime.parse(demo.snaptime()).toInstant()
                    .plusSeconds(3600));
            TableRef execution = new TableRef("deriva-ml", "Execution");
            String workflow = changed.rowsOf(new TableRef("deriva-ml", "Workflow")).get(0).path("RID").asString();
            changed.insert(execution, Map.of("Workflow", workflow, "Description", "bench run", "Status", "Running"));
            String someRid = changed.rowsOf(execution).get(100).path("RID").asString();
            changed.update(execution, someRid, Map.of("Status", "Failed"));
            server.publish(changed);
            server.reset();
            long s = System.nanoTime();
            SyncReport inc = new CatalogSync(last, http, files, SyncOptions.defaults()).sync(SyncListener.NONE,
                    () -> false);
            double incSeconds = seconds(s);
            List<String> incTargets = server.requests().stream().map(RecordedRequest::target).toList();
            long r0 = System.nanoTime();
            replay(plain, server.origin(), incTargets);
            System.out.printf(Locale.ROOT, "incremental sync, 1 new + 1 changed execution: %s, %d requests, "
                    + "%,d rows read, %.2f s (plain GETs of the same URLs %.2f s; the rest is the local rebuild)%n",
                    inc.kind(), incTargets.size(), inc.rowsRead(), incSeconds, seconds(r0));
            last.close();
        } finally {
            files.shutdownNow();
            SafeFiles.deleteTree(dir);
        }
    }

    /** GETs each URL in turn and reads its body: the cost of the network and the server alone. */
    private static long replay(OkHttpClient client, String origin, List<String> targets) throws IOException {
        long bytes = 0;
        for (String target : targets) {
            Request request = new Request.Builder().url(origin + target).header("Accept", "application/json").build();
            try (Response response = client.newCall(request).execute()) {
                bytes += response.body().bytes().length;
            }
        }
        return bytes;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double min(List<Double> values) {
        return values.stream().min(Comparator.naturalOrder()).orElse(0.0);
    }
}
