package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.demo.DemoOptions;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.DemoInstaller;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionSlot;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.testing.TestContext;

/**
 * The executions pane's own paths over a demo with 100,000 generated executions (not a test): the time to
 * apply a filter and re-sort through {@link ExecutionsViewModel} (count + first page + the lazy row list),
 * the heap in use after a collection, sampled while scrolling from the first row to the last the way the table does
 * (page by page through the lazy list), and jumps to rows across the list.
 * The task runner is synchronous, so each measured call returns when the rows are there.
 *
 * <p>Run: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.provex.bench.ExecutionsPaneBench [executions]}.
 */
public final class ExecutionsPaneBench {

    private static final int REPEATS = 7;

    private ExecutionsPaneBench() {
    }

    public static void main(String[] args) throws Exception {
        int extra = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path home = Files.createTempDirectory("provex-pane-bench");
        Workspace ws = new Workspace(new DataDirectory(home));
        long t0 = System.nanoTime();
        new DemoInstaller(ws).install(new DemoOptions(extra), null);
        say("demo with %,d extra executions prepared in %.1f s", extra, (System.nanoTime() - t0) / 1e9);
        try (CacheDatabase db = ws.openCache(Workspace.DEMO)) {
            CacheMeta meta = new LookupQueries(db).meta();
            SimpleObjectProperty<CatalogSession> session = new SimpleObjectProperty<>();
            TestContext test = new TestContext(ws);
            test.session = session;
            ViewContext ctx = test.context(new ImmediateTaskRunner());
            heap("heap before the pane");
            ExecutionsViewModel vm = new ExecutionsViewModel(ctx);
            vm.setTextDelayMillis(0);
            long t1 = System.nanoTime();
            session.set(new CatalogSession(Workspace.DEMO, db, meta, RecordLinks.demo(meta.snaptime())));
            say("open catalog (choices + count + first page): %.1f ms, %,d rows", ms(t1),
                    vm.rowsProperty().get().size());
            filters(vm);
            browse(vm);
        }
    }

    private static void filters(ExecutionsViewModel vm) {
        Rid workflow = vm.workflowChoices().get(1).rid();
        measure("status Failed, then sort by workflow", vm,
                () -> vm.statuses().add("Failed"), () -> vm.sortBy(ExecutionColumn.WORKFLOW, true));
        measure("text 'extended', then sort by run time", vm,
                () -> vm.textProperty().set("extended"), () -> vm.sortBy(ExecutionColumn.EXECUTION_DURATION, false));
        measure("workflow + date range, then sort by description", vm,
                () -> vm.batch(() -> {
                    vm.workflowProperty().set(vm.workflowChoices().stream().filter(c -> workflow.equals(c.rid()))
                            .findFirst().orElseThrow());
                    vm.createdFromProperty().set(LocalDate.of(2026, 1, 1));
                    vm.createdToProperty().set(LocalDate.of(2030, 12, 31));
                }), () -> vm.sortBy(ExecutionColumn.DESCRIPTION, true));
        measure("input dataset, then sort by RID", vm,
                () -> vm.inputDatasetProperty().set(vm.datasetChoices().get(2)),
                () -> vm.sortBy(ExecutionColumn.RID, true));
        measure("status Uploaded, then sort by status", vm, () -> vm.statuses().add("Uploaded"),
                () -> vm.sortBy(ExecutionColumn.STATUS, true));
    }

    /**
     * Applies a filter, then a sort; each is a first page, the count and the pass that finds the positions jumps start
     * from (the runner is synchronous: in the window the count and the pass run after the page is shown). Reports the
     * median over repeats.
     */
    private static void measure(String name, ExecutionsViewModel vm, Runnable filter, Runnable sort) {
        double[] filterMs = new double[REPEATS];
        double[] sortMs = new double[REPEATS];
        long rows = 0;
        for (int i = 0; i < REPEATS; i++) {
            vm.clearFilters();
            vm.sortBy(ExecutionColumn.CREATED, false);
            long a = System.nanoTime();
            filter.run();
            filterMs[i] = ms(a);
            long b = System.nanoTime();
            sort.run();
            sortMs[i] = ms(b);
            rows = vm.matchingCountProperty().get();
            touchVisibleRows(vm);
        }
        say("%-50s filter %6.1f ms, re-sort %6.1f ms (median of %d; %,d matching rows)", name, median(filterMs),
                median(sortMs), REPEATS, rows);
    }

    /** What the table reads for one screen: the first 40 rows. */
    private static void touchVisibleRows(ExecutionsViewModel vm) {
        List<ExecutionSlot> rows = vm.rowsProperty().get();
        for (int i = 0; i < Math.min(40, rows.size()); i++) {
            if (rows.get(i).row() == null) {
                throw new IllegalStateException("row " + i + " not read");
            }
        }
    }

    /**
     * Scrolls every row from the first to the last the way the table does (page by page through the lazy list), with
     * the heap in use after a collection sampled every 5,000 rows; then jumps (the scroll bar) to rows across the
     * list, each a page read from the nearest position found after the count.
     */
    private static void browse(ExecutionsViewModel vm) {
        for (ExecutionColumn column : List.of(ExecutionColumn.CREATED, ExecutionColumn.DESCRIPTION)) {
            vm.clearFilters();
            vm.sortBy(column, column != ExecutionColumn.CREATED);
            List<ExecutionSlot> rows = vm.rowsProperty().get();
            List<Double> heap = new java.util.ArrayList<>();
            long t = System.nanoTime();
            long worstPage = 0;
            long pageStart = System.nanoTime();
            for (int i = 0; i < rows.size(); i++) {
                if (i % 5_000 == 0 || i == rows.size() - 1) {
                    long gc = System.nanoTime();
                    heap.add(heapMb());
                    pageStart += System.nanoTime() - gc;
                }
                if (rows.get(i).row() == null) {
                    throw new IllegalStateException("row " + i + " not read");
                }
                if (i % 100 == 99) {
                    worstPage = Math.max(worstPage, System.nanoTime() - pageStart);
                    pageStart = System.nanoTime();
                }
            }
            say("sorted by %s: scrolled %,d rows top to bottom in %.1f s (slowest page of 100: %.1f ms)", column,
                    rows.size(), (System.nanoTime() - t) / 1e9, worstPage / 1e6);
            say("  heap after GC every 5,000 rows (MB): min %.1f, max %.1f, first %.1f, last %.1f: %s",
                    heap.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    heap.stream().mapToDouble(Double::doubleValue).max().orElse(0), heap.get(0),
                    heap.get(heap.size() - 1), heap.stream().map(h -> String.format(Locale.ROOT, "%.1f", h)).toList());
            double worstJump = 0;
            java.util.Random random = new java.util.Random(7);
            for (int j = 0; j < 20; j++) {
                int at = random.nextInt(rows.size());
                long jump = System.nanoTime();
                if (rows.get(at).row() == null) {
                    throw new IllegalStateException("row " + at + " not read");
                }
                worstJump = Math.max(worstJump, ms(jump));
            }
            say("  20 jumps to random rows (the page read from the nearest position): slowest %.1f ms", worstJump);
        }
        heap("heap after browsing every row");
    }

    private static double heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }

    private static void heap(String what) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        say("%s: %.1f MB in use (max %.0f MB)", what, (r.totalMemory() - r.freeMemory()) / 1048576.0,
                r.maxMemory() / 1048576.0);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
