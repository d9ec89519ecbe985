package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.io.SafeFiles;
import org.provex.core.model.Rid;

/**
 * The cache at 100,000 executions (not a test; results in docs/decisions/0017-sync-at-wire-speed.md):
 * <ol>
 *   <li>loading: the demo plus N generated executions (default 100,000), their rows made ready before the clock
 *       starts ({@link PreparedRows}), loaded by {@link CatalogIngestor}, against
 *       the {@code sqlite3} shell reading the same rows from a prepared SQL file ({@code .dump} of that cache) into
 *       an empty file, alternated in one run, and the ratio;</li>
 *   <li>every filter of the executions table with every sort, both directions: the count plus the first page of
 *       100 rows, as the table asks when a filter or sort changes;</li>
 *   <li>pages deep in the list for some sorts (any page the scroll bar can jump to).</li>
 * </ol>
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.provex.bench.CacheBench [N] [runs]
 * [load]} (classpath file as in {@link SyncBench}; {@code load}: the load comparison only, no queries); needs
 * {@code sqlite3} on the PATH.
 */
public final class CacheBench {

    private static final int PAGE = 100;
    private static final int REPEATS = 3;

    private CacheBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("provex-cache-bench");
        try {
            long g = System.nanoTime();
            DemoCatalog demo = DemoCatalogGenerator.generate(new DemoOptions(extra));
            SyncBench.say("catalog: %,d executions generated in %.1f s", demo.rowCount("deriva-ml:Execution"),
                    (System.nanoTime() - g) / 1e9);
            PreparedRows prepared = new PreparedRows(demo);   // the rows ready before the clock starts, as the shell's
            Path dump = dir.resolve("dump.sql");
            List<Double> provex = new ArrayList<>();
            List<Double> shell = new ArrayList<>();
            Path last = null;
            for (int run = 1; run <= runs; run++) {
                Path file = dir.resolve("load-" + run).resolve("cache.db");
                long t = System.nanoTime();
                long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try (CacheDatabase db = CacheDatabase.open(file)) {
                    new CatalogIngestor(db).ingest(prepared);
                }
                provex.add((System.nanoTime() - t) / 1e9);
                double provexCpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                        - cpu) / 1e9;
                if (run == 1) {
                    new ProcessBuilder("sqlite3", file.toString(), ".dump").redirectOutput(dump.toFile()).start()
                            .waitFor();
                    withoutStat4(dump);
                }
                Path copy = dir.resolve("shell-" + run + ".db");
                Command.Result s = Command.run(dir.resolve("home"), List.of("sh", "-c",
                        "exec sqlite3 \"$0\" < \"$1\"", copy.toString(), dump.toString()));
                shell.add(s.seconds());
                SyncBench.say("run %d: Provex load %.2f s wall, %.2f s CPU; sqlite3 shell from the SQL file "
                        + "(%,d bytes) %.2f s wall, %.2f s CPU; ratio %.2f wall, %.2f CPU; load %.1f", run,
                        provex.get(run - 1), provexCpu, Files.size(dump), s.seconds(), s.cpuSeconds(),
                        provex.get(run - 1) / s.seconds(), provexCpu / s.cpuSeconds(), SyncBench.load());
                if (last != null) {
                    SafeFiles.deleteTree(last.getParent());
                }
                Files.deleteIfExists(copy);
                last = file;
            }
            SyncBench.say("LOAD: Provex median %.2f s, sqlite3 shell median %.2f s, ratio of medians %.2f",
                    SyncBench.median(provex), SyncBench.median(shell),
                    SyncBench.median(provex) / SyncBench.median(shell));
            if (!(args.length > 2 && args[2].equals("load"))) {
                try (CacheDatabase db = CacheDatabase.open(last)) {
                    queries(db);
                }
            }
        } finally {
            SafeFiles.deleteTree(dir);
        }
    }

    /**
     * Drops the {@code sqlite_stat4} rows from a dump: the driver's SQLite keeps them, a {@code sqlite3} shell built
     * without STAT4 (Debian's) fails on every one of them (the statistics of {@code sqlite_stat1} stay).
     */
    private static void withoutStat4(Path dump) throws java.io.IOException {
        Path kept = dump.resolveSibling("kept.sql");
        try (var lines = Files.lines(dump, java.nio.charset.StandardCharsets.UTF_8);
             var out = Files.newBufferedWriter(kept, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.contains("sqlite_stat4")) {
                    out.write(line);
                    out.newLine();
                }
            }
        }
        Files.move(kept, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void queries(CacheDatabase db) {
        ExecutionQueries q = new ExecutionQueries(db);
        Map<String, ExecutionFilter> filters = filters(db, q);
        double worst = 0;
        String worstName = "";
        for (Map.Entry<String, ExecutionFilter> f : filters.entrySet()) {
            double max = 0;
            String maxSort = "";
            List<Double> all = new ArrayList<>();
            long matching = q.count(f.getValue());
            for (ExecutionColumn column : ExecutionColumn.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    ExecutionSort sort = new ExecutionSort(column, asc);
                    double ms = median(() -> {
                        q.count(f.getValue());
                        return q.list(f.getValue(), sort, PAGE, 0);
                    });
                    all.add(ms);
                    if (ms > max) {
                        max = ms;
                        maxSort = column + (asc ? " asc" : " desc");
                    }
                }
            }
            SyncBench.say("filter %-28s %,7d rows: count + first page, median over 20 sorts %6.1f ms, worst %6.1f ms "
                    + "(%s)", f.getKey(), matching, SyncBench.median(all), max, maxSort);
            if (max > worst) {
                worst = max;
                worstName = f.getKey() + ", " + maxSort;
            }
        }
        SyncBench.say("FIRST PAGE: worst filter and sort %.1f ms (%s)", worst, worstName);
        long total = q.count(ExecutionFilter.ALL);
        double deepest = 0;
        double deepestJump = 0;
        double deepestNext = 0;
        for (ExecutionSort sort : List.of(ExecutionSort.NEWEST_FIRST, ExecutionSort.asc(ExecutionColumn.DESCRIPTION),
                ExecutionSort.asc(ExecutionColumn.WORKFLOW), ExecutionSort.desc(ExecutionColumn.EXECUTION_DURATION),
                ExecutionSort.asc(ExecutionColumn.STATUS))) {
            StringBuilder line = new StringBuilder();
            for (double at : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                int offset = (int) Math.max(0, Math.min(total - PAGE, at * total));
                double ms = page(q, ExecutionFilter.ALL, sort, offset);
                // keyset: a jump finds the cursor from the sort keys, then reads the page; the next page starts
                // from the cursor the page returned
                double jump = median(() -> q.slice(ExecutionFilter.ALL, sort,
                        q.cursorBefore(ExecutionFilter.ALL, sort, offset), PAGE));
                org.provex.core.cache.query.ExecutionCursor next = q.slice(ExecutionFilter.ALL, sort,
                        q.cursorBefore(ExecutionFilter.ALL, sort, offset), PAGE).next();
                double following = median(() -> q.slice(ExecutionFilter.ALL, sort, next, PAGE));
                deepest = Math.max(deepest, ms);
                deepestJump = Math.max(deepestJump, jump);
                deepestNext = Math.max(deepestNext, following);
                line.append(String.format(java.util.Locale.ROOT, " %,d: OFFSET %.1f, jump %.1f, next %.1f ms;",
                        offset, ms, jump, following));
            }
            SyncBench.say("pages of %s %s:%s", sort.column(), sort.ascending() ? "asc" : "desc", line);
        }
        SyncBench.say("ANY PAGE: slowest with OFFSET %.1f ms; keyset: slowest jump %.1f ms, slowest next page %.1f ms",
                deepest, deepestJump, deepestNext);
    }

    /** One page at an offset, the way the table reads a page it scrolled to. */
    static double page(ExecutionQueries q, ExecutionFilter filter, ExecutionSort sort, int offset) {
        return median(() -> q.list(filter, sort, PAGE, offset));
    }

    private static Map<String, ExecutionFilter> filters(CacheDatabase db, ExecutionQueries q) {
        List<ExecutionRow> newest = q.list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 1, 0);
        Instant latest = newest.get(0).created();
        Rid workflow = new LookupQueries(db).workflows().stream().max((a, b) -> Long.compare(a.executionCount(),
                b.executionCount())).orElseThrow().workflow().rid();
        var datasets = new DatasetQueries(db).datasets();
        Rid dataset = datasets.get(0).dataset().rid();
        Map<String, ExecutionFilter> filters = new LinkedHashMap<>();
        filters.put("none", ExecutionFilter.ALL);
        filters.put("status Failed", ExecutionFilter.ALL.withStatuses("Failed"));
        filters.put("status Uploaded", ExecutionFilter.ALL.withStatuses("Uploaded"));
        filters.put("workflow (largest)", ExecutionFilter.ALL.withWorkflows(workflow));
        for (var d : datasets) {
            filters.put("input dataset " + d.dataset().rid(), ExecutionFilter.ALL.withInput(d.dataset().rid(), null));
        }
        filters.put("created, last 30 days", ExecutionFilter.ALL.withCreated(latest.minusSeconds(30L * 86400),
                null));
        filters.put("text 'extended'", ExecutionFilter.ALL.withText("extended"));
        filters.put("text 'CUDA'", ExecutionFilter.ALL.withText("CUDA"));
        filters.put("text 'lr' (short)", ExecutionFilter.ALL.withText("lr"));
        filters.put("status + workflow + dataset", ExecutionFilter.ALL.withStatuses("Uploaded")
                .withWorkflows(workflow).withInput(dataset, null));
        return filters;
    }

    static double median(Supplier<?> work) {
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[REPEATS / 2];
    }
}
