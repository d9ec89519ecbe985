package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionCursor;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionPositions;
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
 *   <li>every filter of the executions table with every sort, both directions: the count, the first page of 100
 *       rows (the table shows it first and counts after), and pages deep in the list: jumps (any page the scroll bar
 *       can reach, from the positions {@link ExecutionPositions} finds every 1,000 rows, whose pass and longest step
 *       are timed too) and the page after each by keyset (docs/decisions/0021-executions-pages-under-50ms.md).</li>
 * </ol>
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.provex.bench.CacheBench [N] [runs]
 * [load | cache file [filter]]} (classpath file as in {@link SyncBench}); needs {@code sqlite3} on the PATH.
 * {@code load}: the load comparison only, no queries. With a cache file that exists, only the queries run, on that
 * file; one that does not exist receives a copy of the loaded cache. A filter argument keeps only the filters whose
 * name holds it (for example {@code text}).
 */
public final class CacheBench {

    private static final int PAGE = 100;
    private static final int REPEATS = 3;

    private CacheBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean loadOnly = args.length > 2 && args[2].equals("load");
        Path keep = args.length > 2 && !loadOnly ? Path.of(args[2]) : null;
        String only = args.length > 3 ? args[3] : "";
        if (keep != null && Files.exists(keep)) {   // the queries alone, on a cache loaded by an earlier run
            try (CacheDatabase db = CacheDatabase.open(keep)) {
                queries(db, only);
            }
            return;
        }
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
            if (keep != null) {
                Files.createDirectories(keep.toAbsolutePath().getParent());
                Files.copy(last, keep);
            }
            if (!loadOnly) {
                try (CacheDatabase db = CacheDatabase.open(last)) {
                    queries(db, only);
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

    /**
     * Every filter with every sort: the count, the first page (what the table shows first), and pages deep in the list
     * (a jump to a quarter, half, three quarters and the last page: the cursor from the sort keys, then the page; and
     * the page after each, from the cursor the jump returned).
     */
    private static void queries(CacheDatabase db, String only) {
        ExecutionQueries q = new ExecutionQueries(db);
        Map<String, ExecutionFilter> filters = filters(db, q);
        filters.keySet().removeIf(name -> !name.contains(only));
        Worst worstFirst = new Worst();
        Worst worstCount = new Worst();
        Worst worstJump = new Worst();
        Worst worstNext = new Worst();
        Worst worstPass = new Worst();
        Worst worstStep = new Worst();
        List<Double> firsts = new ArrayList<>();
        SyncBench.say("load average at the start: %.1f", SyncBench.load());
        for (Map.Entry<String, ExecutionFilter> f : filters.entrySet()) {
            ExecutionFilter filter = f.getValue();
            long matching = q.count(filter);
            double count = median(() -> q.count(filter));
            worstCount.offer(count, f.getKey());
            List<Double> first = new ArrayList<>();
            Worst maxFirst = new Worst();
            Worst maxJump = new Worst();
            Worst maxNext = new Worst();
            Worst maxPass = new Worst();
            Worst maxStep = new Worst();
            StringBuilder grid = new StringBuilder();
            for (ExecutionColumn column : ExecutionColumn.values()) {
                for (boolean asc : new boolean[] {true, false}) {
                    ExecutionSort sort = new ExecutionSort(column, asc);
                    String name = column + (asc ? " asc" : " desc");
                    double ms = median(() -> q.slice(filter, sort, null, PAGE));
                    first.add(ms);
                    maxFirst.offer(ms, name);
                    // the positions jumps start from, found as the table finds them after the count: the whole
                    // pass, and its longest step (a page read of the table may wait that long)
                    ExecutionPositions positions = new ExecutionPositions(q, filter, sort);
                    long pass = System.nanoTime();
                    double step = 0;
                    boolean more = true;
                    while (more) {
                        long t = System.nanoTime();
                        more = positions.extend();
                        step = Math.max(step, (System.nanoTime() - t) / 1e6);
                    }
                    double passMs = (System.nanoTime() - pass) / 1e6;
                    maxPass.offer(passMs, name);
                    maxStep.offer(step, name);
                    double jump = 0;
                    double next = 0;
                    for (double at : new double[] {0.25, 0.5, 0.75, 1}) {
                        long offset = Math.max(0, Math.min(matching - PAGE, (long) (at * matching)));
                        jump = Math.max(jump, median(() -> q.slice(filter, sort, positions.cursorBefore(offset),
                                PAGE)));
                        ExecutionCursor from = q.slice(filter, sort, positions.cursorBefore(offset), PAGE).next();
                        if (from != null) {
                            next = Math.max(next, median(() -> q.slice(filter, sort, from, PAGE)));
                        }
                    }
                    maxJump.offer(jump, name);
                    maxNext.offer(next, name);
                    grid.append(String.format(Locale.ROOT, " %s%s %.0f/%.0f/%.0f/%.0f", abbreviation(column),
                            asc ? "+" : "-", ms, jump, next, step));
                }
            }
            firsts.addAll(first);
            SyncBench.say("filter %-28s %,7d rows: count %.1f ms; first page median %.1f ms, worst %s; worst jump %s; "
                    + "worst next page %s; positions: worst pass %s, worst step %s; load %.1f", f.getKey(), matching,
                    count, SyncBench.median(first), maxFirst, maxJump, maxNext, maxPass, maxStep, SyncBench.load());
            SyncBench.say("  first/jump/next/position step ms per sort:%s", grid);
            worstFirst.offer(maxFirst.ms, f.getKey() + ", " + maxFirst.what);
            worstJump.offer(maxJump.ms, f.getKey() + ", " + maxJump.what);
            worstNext.offer(maxNext.ms, f.getKey() + ", " + maxNext.what);
            worstPass.offer(maxPass.ms, f.getKey() + ", " + maxPass.what);
            worstStep.offer(maxStep.ms, f.getKey() + ", " + maxStep.what);
        }
        SyncBench.say("FIRST PAGE: %d filter x sort pairs, median %.1f ms, worst %s", firsts.size(),
                SyncBench.median(firsts), worstFirst);
        SyncBench.say("COUNT: worst %s", worstCount);
        SyncBench.say("ANY PAGE: worst jump %s; worst next page %s; load %.1f", worstJump, worstNext, SyncBench.load());
        SyncBench.say("POSITIONS (background, after the count): worst pass %s; worst step %s", worstPass, worstStep);
    }

    /** The slowest of some timings and what it timed. */
    private static final class Worst {
        private double ms;
        private String what = "";

        void offer(double value, String name) {
            if (value > ms) {
                ms = value;
                what = name;
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms (%s)", ms, what);
        }
    }

    private static String abbreviation(ExecutionColumn column) {
        return switch (column) {
            case RID -> "rid";
            case DESCRIPTION -> "desc";
            case WORKFLOW -> "wf";
            case STATUS -> "st";
            case CREATED -> "rct";
            case EXECUTION_DURATION -> "exec";
            case DOWNLOAD_DURATION -> "down";
            case UPLOAD_DURATION -> "up";
            case LEGACY_DURATION -> "leg";
            case INPUT_COUNT -> "in";
        };
    }

    private static Map<String, ExecutionFilter> filters(CacheDatabase db, ExecutionQueries q) {
        List<ExecutionRow> newest = q.list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 1, 0);
        Instant latest = newest.get(0).created();
        Rid workflow = new LookupQueries(db).workflows().stream().max((a, b) -> Long.compare(a.executionCount(),
                b.executionCount())).orElseThrow().workflow().rid();
        // input datasets by how many runs consumed them: the largest, the one of rank 3 and the smallest
        List<Rid> datasets = db.read(c -> {
            List<Rid> rids = new ArrayList<>();
            try (var ps = c.prepareStatement("SELECT dataset_rid FROM execution_input GROUP BY dataset_rid "
                    + "ORDER BY count(*) DESC, dataset_rid"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    rids.add(Rid.of(rs.getString(1)));
                }
            }
            return rids;
        });
        Rid dataset = datasets.get(0);
        Map<String, ExecutionFilter> filters = new LinkedHashMap<>();
        filters.put("none", ExecutionFilter.ALL);
        filters.put("status Failed", ExecutionFilter.ALL.withStatuses("Failed"));
        filters.put("status Uploaded", ExecutionFilter.ALL.withStatuses("Uploaded"));
        filters.put("workflow (largest)", ExecutionFilter.ALL.withWorkflows(workflow));
        for (Rid d : new java.util.LinkedHashSet<>(List.of(dataset, datasets.get(Math.min(2, datasets.size() - 1)),
                datasets.get(datasets.size() - 1)))) {
            filters.put("input dataset " + d, ExecutionFilter.ALL.withInput(d, null));
        }
        filters.put("created, last 30 days", ExecutionFilter.ALL.withCreated(latest.minusSeconds(30L * 86400),
                null));
        filters.put("text 'extended'", ExecutionFilter.ALL.withText("extended"));
        filters.put("text 'CUDA'", ExecutionFilter.ALL.withText("CUDA"));
        filters.put("text 'lr' (short)", ExecutionFilter.ALL.withText("lr"));
        filters.put("text 'cu' (short)", ExecutionFilter.ALL.withText("cu"));
        filters.put("text 'q' (one letter)", ExecutionFilter.ALL.withText("q"));
        filters.put("text 'lr' 'extended'", ExecutionFilter.ALL.withText("lr extended"));
        filters.put("RID start '1-AS8'", ExecutionFilter.ALL.withText("1-AS8"));
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
