package org.provex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.HatracClient;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.io.SafeFiles;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.sync.CatalogSync;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.OnDemandFiles;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncOptions;
import org.provex.core.sync.SyncReport;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import org.provex.testserver.RecordedRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The file phase of sync against the test server on loopback (not a test; see docs/decisions/0014 for results):
 * <ol>
 *   <li>a 10,000-run catalog shaped like the real one of issue 14: the demo plus N generated runs, of which
 *   {@code distinct} runs (default 300) get metadata files of their own (configuration.json, environment snapshot
 *   and three Hydra files each), about 1,650 distinct metadata files in all;</li>
 *   <li>a full sync that brings every metadata file home, against a plain fetch of the same URLs in the same run:
 *   the ERMrest pages one after another and the files four at a time, bodies read, nothing parsed or stored (what a
 *   small script would do);</li>
 *   <li>the same full sync with {@code --no-files}, for what the files cost;</li>
 *   <li>on-demand fetch latency for one diff of two runs whose files are not cached (10 files), and the comparison
 *   built on them.</li>
 * </ol>
 * Optional server-side latency per request imitates a remote server. Run: {@code mvn -q test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then {@code java -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) org.provex.bench.FileSyncBench [N] [runs] [distinct]
 * [latencyMs]}.
 */
public final class FileSyncBench {

    private static final TableRef EXECUTION = new TableRef("deriva-ml", "Execution");
    private static final TableRef METADATA = new TableRef("deriva-ml", "Execution_Metadata");
    private static final TableRef METADATA_TYPE = new TableRef("deriva-ml", "Execution_Metadata_Asset_Type");
    private static final TableRef METADATA_EXECUTION = new TableRef("deriva-ml", "Execution_Metadata_Execution");
    private static final int PLAIN_PARALLEL = 4;

    private FileSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int distinct = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int latencyMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long t0 = System.nanoTime();
        DemoCatalog demo = DemoCatalogGenerator.generate(new DemoOptions(extra));
        Shaped shaped = shape(demo, distinct);
        System.out.printf(Locale.ROOT, "catalog: %,d executions, %,d distinct metadata files (%s) of which %,d "
                + "configuration.json; built in %.1f s%n", demo.rowCount("deriva-ml:Execution"), shaped.files,
                mib(shaped.bytes), shaped.configurations, SyncBench.seconds(t0));
        Path dir = Files.createTempDirectory("provex-file-sync-bench");
        ExecutorService pool = SyncBench.filePool();
        OkHttpClient plain = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        try (DerivaTestServer server = DerivaTestServer.start()) {
            server.publish(shaped.catalog);
            System.out.printf(Locale.ROOT, "server: %s, %d ms added to every response%n", server.origin(),
                    latencyMs);
            DerivaHttp http = new DerivaHttp(server.location(), Credentials.none(), plain, RetryPolicy.defaults());
            List<Double> withFiles = new ArrayList<>();
            List<Double> plainFetch = new ArrayList<>();
            List<Double> noFiles = new ArrayList<>();
            List<Double> phase = new ArrayList<>();
            List<Double> plainFiles = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                reset(server, latencyMs);
                SyncReport report;
                long s = System.nanoTime();
                try (CacheDatabase db = CacheDatabase.open(dir.resolve("files-" + run).resolve("cache.db"))) {
                    report = new CatalogSync(db, http, pool, SyncOptions.defaults()).fullSync(SyncListener.NONE,
                            () -> false);
                }
                withFiles.add(SyncBench.seconds(s));
                List<String> targets = server.requests().stream().map(RecordedRequest::target).toList();
                long p = System.nanoTime();
                long bytes = plainFetch(plain, server.origin(), targets);
                plainFetch.add(SyncBench.seconds(p));

                reset(server, latencyMs);
                long n = System.nanoTime();
                Path rowsOnly = dir.resolve("nofiles-" + run).resolve("cache.db");
                try (CacheDatabase db = CacheDatabase.open(rowsOnly)) {
                    new CatalogSync(db, http, pool, SyncOptions.defaults().withFiles(false))
                            .fullSync(SyncListener.NONE, () -> false);
                }
                noFiles.add(SyncBench.seconds(n));
                reset(server, latencyMs);
                long f = System.nanoTime();
                SyncReport rest;
                try (CacheDatabase db = CacheDatabase.open(rowsOnly)) {
                    rest = new CatalogSync(db, http, pool, SyncOptions.defaults()).sync(SyncListener.NONE,
                            () -> false);
                }
                phase.add(SyncBench.seconds(f));
                List<String> fileTargets = server.requests().stream().map(RecordedRequest::target)
                        .filter(t -> t.startsWith("/hatrac/")).toList();
                long g = System.nanoTime();
                plainFetch(plain, server.origin(), fileTargets);
                plainFiles.add(SyncBench.seconds(g));
                System.out.printf(Locale.ROOT, "run %d: full sync with files %.2f s (%d requests, %,d rows, %,d files,"
                        + " %s, %d failed); plain fetch of the same %d URLs %.2f s (%s), ratio %.2f; sync --no-files"
                        + " %.2f s; then the file phase alone (%s, %,d files) %.2f s vs plain GETs of those files "
                        + "%.2f s, ratio %.2f%n", run, withFiles.get(run - 1), report.requests(), report.rowsRead(),
                        report.filesFetched(), mib(report.bytesFetched()), report.files().failed(), targets.size(),
                        plainFetch.get(run - 1), mib(bytes), withFiles.get(run - 1) / plainFetch.get(run - 1),
                        noFiles.get(run - 1), rest.kind(), rest.filesFetched(), phase.get(run - 1),
                        plainFiles.get(run - 1), phase.get(run - 1) / plainFiles.get(run - 1));
            }
            System.out.printf(Locale.ROOT, "full sync with every metadata file: median %.2f s, best %.2f s; plain "
                    + "fetch: median %.2f s, best %.2f s; ratio of medians %.2f; sync --no-files median %.2f s%n",
                    SyncBench.median(withFiles), SyncBench.min(withFiles), SyncBench.median(plainFetch),
                    SyncBench.min(plainFetch), SyncBench.median(withFiles) / SyncBench.median(plainFetch),
                    SyncBench.median(noFiles));
            System.out.printf(Locale.ROOT, "file phase alone: median %.2f s against %.2f s for plain GETs of the same "
                    + "files, ratio of medians %.2f%n", SyncBench.median(phase), SyncBench.median(plainFiles),
                    SyncBench.median(phase) / SyncBench.median(plainFiles));
            Path onDemandCache = dir.resolve("ondemand").resolve("cache.db");
            try (CacheDatabase db = CacheDatabase.open(onDemandCache)) {
                new CatalogSync(db, http, pool, SyncOptions.defaults().withFiles(false)).fullSync(SyncListener.NONE,
                        () -> false);
            }
            onDemand(server, latencyMs, http, pool, onDemandCache, shaped.distinctRuns, Math.max(5, runs * 3));
        } finally {
            pool.shutdownNow();
            SafeFiles.deleteTree(dir);
        }
    }

    /** Two runs with files of their own, not cached: fetch what the diff reads, then compare; blobs removed between. */
    private static void onDemand(DerivaTestServer server, int latencyMs, DerivaHttp http, ExecutorService pool,
                                 Path cache, List<String> candidates, int repeats) throws IOException {
        List<Double> fetch = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        long files = 0;
        try (CacheDatabase db = CacheDatabase.open(cache)) {
            MetadataFiles metadata = new MetadataFiles(db.blobs(), new HatracClient(http));
            for (int i = 0; i < repeats; i++) {
                List<Rid> pair = List.of(Rid.of(candidates.get(2 * i % candidates.size())),
                        Rid.of(candidates.get((2 * i + 1) % candidates.size())));
                List<ExecutionDetail> details = pair.stream().map(r -> new ExecutionDetailQuery(db).detail(r)
                        .orElseThrow()).toList();
                forget(db, details);
                reset(server, latencyMs);
                long s = System.nanoTime();
                OnDemandFiles.Result result = OnDemandFiles.fetch(metadata, details, pool, SyncListener.NONE,
                        () -> false, "bench");
                fetch.add(SyncBench.seconds(s) * 1000);
                Comparison c = new ExecutionComparer(db, result.gaps()).prepare(pair, false).against(pair.get(0));
                total.add(SyncBench.seconds(s) * 1000);
                files = result.outcome().fetched();
                if (c.verdict().runs().get(0).configuration().answer().key().equals("unknown")) {
                    throw new IllegalStateException("the on-demand fetch left the configuration unknown");
                }
            }
        }
        System.out.printf(Locale.ROOT, "on-demand fetch for one diff of two runs (%d files): median %.1f ms, best "
                + "%.1f ms; with the comparison: median %.1f ms (%d repeats)%n", files, SyncBench.median(fetch),
                SyncBench.min(fetch), SyncBench.median(total), fetch.size());
    }

    private static void reset(DerivaTestServer server, int latencyMs) {
        server.reset();
        if (latencyMs > 0) {
            server.faults().latency(Duration.ofMillis(latencyMs));
        }
    }

    /** Deletes the stored bodies of the runs' metadata files, so that the next fetch is cold. */
    private static void forget(CacheDatabase db, List<ExecutionDetail> details) throws IOException {
        for (ExecutionDetail d : details) {
            for (var use : d.metadataFiles()) {
                AssetFile a = use.asset();
                if (!a.filename().equals("configuration.json")) {
                    Files.deleteIfExists(db.blobs().root().resolve(a.md5().substring(0, 2)).resolve(a.md5()));
                }
            }
        }
    }

    /** The ERMrest GETs one after another and the Hatrac GETs four at a time, bodies read: a script's fetch. */
    private static long plainFetch(OkHttpClient client, String origin, List<String> targets) throws Exception {
        List<String> rows = targets.stream().filter(t -> !t.startsWith("/hatrac/")).toList();
        List<String> files = targets.stream().filter(t -> t.startsWith("/hatrac/")).toList();
        ExecutorService parallel = Executors.newFixedThreadPool(PLAIN_PARALLEL);
        try {
            List<Future<Long>> pending = new ArrayList<>();
            for (String f : files) {
                pending.add(parallel.submit(() -> get(client, origin + f)));
            }
            long bytes = 0;
            for (String r : rows) {
                bytes += get(client, origin + r);
            }
            for (Future<Long> f : pending) {
                bytes += f.get();
            }
            return bytes;
        } finally {
            parallel.shutdownNow();
        }
    }

    private static long get(OkHttpClient client, String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).header("Accept", "application/json")
                .build()).execute()) {
            return response.body().bytes().length;
        }
    }

    private record Shaped(EditedCatalog catalog, long files, long bytes, long configurations,
                          List<String> distinctRuns) {
    }

    /**
     * Gives {@code count} of the generated runs metadata files of their own, as real sweeps and reruns have: each
     * file of the run's template gets a line or a field that names the run, and the run's links point to the new
     * rows.
     */
    private static Shaped shape(DemoCatalog demo, int count) throws IOException {
        EditedCatalog edited = EditedCatalog.of(demo, Snaptime.parse(demo.snaptime()).toInstant()
                .plus(Duration.ofHours(1)));
        Map<String, ObjectNode> metadataRows = new LinkedHashMap<>();
        edited.rowsOf(METADATA).forEach(r -> metadataRows.put(r.path("RID").asString(), r));
        Map<String, List<ObjectNode>> linksByRun = new LinkedHashMap<>();
        edited.rowsOf(METADATA_EXECUTION).forEach(l -> linksByRun.computeIfAbsent(l.path("Execution").asString(),
                k -> new ArrayList<>()).add(l));
        List<ObjectNode> executions = edited.rowsOf(EXECUTION);
        List<String> chosen = new ArrayList<>();
        for (int i = executions.size() - 1; i >= 0 && chosen.size() < count; i -= 7) {
            String rid = executions.get(i).path("RID").asString();
            if (linksByRun.getOrDefault(rid, List.of()).size() >= 5) {
                chosen.add(rid);
            }
        }
        for (String run : chosen) {
            for (ObjectNode link : linksByRun.get(run)) {
                ObjectNode template = metadataRows.get(link.path("Execution_Metadata").asString());
                String filename = template.path("Filename").asString();
                if (filename.equals("uv.lock")) {
                    continue;   // shared by every run of the same commit, as in a real project
                }
                byte[] body = variant(demo.files().get(template.path("URL").asString()), filename, run);
                String md5 = md5(body);
                String url = "/hatrac/Execution_Metadata/" + md5 + "." + filename;
                String rid = edited.insert(METADATA, Map.of("URL", url, "Filename", filename, "Description",
                        template.path("Description").asString(), "Length", body.length, "MD5", md5));
                edited.insert(METADATA_TYPE, Map.of("Execution_Metadata", rid, "Asset_Type", "Output_File"));
                edited.file(url, body);
                edited.update(METADATA_EXECUTION, link.path("RID").asString(), Map.of("Execution_Metadata", rid));
            }
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        long configurations = 0;
        for (ObjectNode r : edited.rowsOf(METADATA)) {
            if (sizes.put(r.path("MD5").asString(), r.path("Length").asLong()) == null
                    && r.path("Filename").asString().equals("configuration.json")) {
                configurations++;
            }
        }
        return new Shaped(edited, sizes.size(), sizes.values().stream().mapToLong(Long::longValue).sum(),
                configurations, chosen);
    }

    /** The template's bytes with the run named in them, so that its MD5 is its own. */
    private static byte[] variant(byte[] template, String filename, String run) {
        String text = new String(template, StandardCharsets.UTF_8);
        if (filename.endsWith(".yaml")) {
            return (text + "# run " + run + "\n").getBytes(StandardCharsets.UTF_8);
        }
        int brace = text.lastIndexOf('}');
        return (text.substring(0, brace) + ", \"provex_bench_run\": \"" + run + "\"" + text.substring(brace))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024.0 * 1024.0));
    }
}
