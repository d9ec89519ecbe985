package org.provex.bench;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.diff.SyntheticRuns;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.FxTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.compare.CompareView;
import org.provex.ui.compare.CompareViewModel;
import org.provex.ui.compare.GridRow;
import org.provex.ui.compare.RunSource;
import org.provex.ui.testing.TestContext;

/**
 * Time to open the compare view (not a test): from {@code open(runs)} to the first frame that shows the grid, in
 * a real window rendered headless (Monocle, software pipeline), with the real task runner. Two cases:
 * 20 generated runs of 1,000 packages and 200 variables each (their files are generated and parsed inside the
 * timed read, as a cache read would parse them), and 20 demo runs read from the demo's SQLite cache. Then the
 * time from a baseline switch, "show all fields" and a search to their first frames.
 *
 * <p>Run: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.provex.bench.CompareViewBench}.
 */
public final class CompareViewBench {

    private static final int REPEATS = Integer.getInteger("bench.repeats", 7);
    private static final int RUNS = 20;

    private CompareViewBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-task");
            t.setDaemon(true);
            return t;
        });
        try {
            Path home = Files.createTempDirectory("provex-compare-bench");
            Workspace ws = new Workspace(new DataDirectory(home).ensureExists());
            try (CacheDatabase db = ws.openCache(Workspace.DEMO)) {
                CacheMeta meta = new LookupQueries(db).meta();
                CatalogSession session = new CatalogSession(Workspace.DEMO, db, meta,
                        RecordLinks.demo(meta.snaptime()));
                List<Rid> generated = SyntheticRuns.family(RUNS, 1_000, 200).stream()
                        .map(a -> a.detail().execution().rid()).toList();
                Bench synthetic = new Bench(ws, session, pool, s -> generatedRuns());
                synthetic.run("20 generated runs x 1,000 packages, 200 variables", generated);
                List<Rid> demoRuns = new ExecutionQueries(db).list(ExecutionFilter.ALL,
                        ExecutionSort.desc(ExecutionColumn.CREATED), RUNS, 0).stream().map(ExecutionRow::rid).toList();
                new Bench(ws, session, pool, s -> RunSource.of(s.db())).run("20 demo runs from the SQLite cache",
                        demoRuns);
            }
        } finally {
            pool.shutdownNow();
            Platform.exit();
        }
    }

    /** Generates and parses the 20 runs on every read, as reading them from a cache would parse them. */
    private static RunSource generatedRuns() {
        return new RunSource() {
            @Override
            public List<ExecutionAudit> audits(List<Rid> runs) {
                return SyntheticRuns.family(runs.size(), 1_000, 200);
            }

            @Override
            public Optional<byte[]> read(AssetFile file) {
                return Optional.empty();
            }
        };
    }

    private record Bench(Workspace ws, CatalogSession session, ExecutorService pool,
                         Function<CatalogSession, RunSource> sources) {

        void run(String name, List<Rid> runs) throws Exception {
            double[] open = new double[REPEATS];
            double[] baseline = new double[REPEATS];
            double[] showAll = new double[REPEATS];
            double[] search = new double[REPEATS];
            double[] scroll = new double[REPEATS];
            int[] rows = new int[2];
            for (int i = 0; i < REPEATS; i++) {
                Window w = onFx(this::window);
                open[i] = w.timeToFrame(vm -> vm.open(runs));
                rows[0] = w.vm.grid().rows().size();
                baseline[i] = w.timeToFrame(vm -> vm.baselineProperty().set(vm.runs().get(runs.size() - 1)));
                for (int k = 0; k < Integer.getInteger("bench.switches", 0); k++) {
                    int to = k % 2 == 0 ? 0 : runs.size() - 1;
                    w.timeToFrame(vm -> vm.baselineProperty().set(vm.runs().get(to)));
                }
                showAll[i] = w.timeToFrame(vm -> vm.grid().showAllProperty().set(true));
                rows[1] = w.vm.grid().rows().size();
                scroll[i] = w.scrollPages(20);
                search[i] = w.timeToFrame(vm -> vm.grid().searchProperty().set("1"));
                onFx(() -> {
                    w.stage.close();
                    w.vm.close();
                    return null;
                });
            }
            say("%s: open to first frame %.0f ms (median of %d; first %.0f ms), %d lines shown", name,
                    median(open), REPEATS, open[0], rows[0]);
            say("  baseline switch to frame %.0f ms; show all fields (%,d lines) %.0f ms; a page down in them"
                    + " %.0f ms; search %.0f ms", median(baseline), rows[1], median(showAll), median(scroll),
                    median(search));
        }

        private Window window() {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            SimpleObjectProperty<CatalogSession> current = new SimpleObjectProperty<>(session);
            TestContext test = new TestContext(ws);
            test.session = current;
            ViewContext ctx = test.context(new FxTaskRunner(pool));
            CompareViewModel vm = new CompareViewModel(ctx, sources);
            CompareView view = new CompareView(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1440, 900));
            stage.show();
            return new Window(vm, stage, view);
        }
    }

    /** A compare window; each measured step ends at the first frame after the grid's lines changed. */
    private record Window(CompareViewModel vm, Stage stage, CompareView view) {

        /** Median time from a page-down scroll of the grid to its frame, over {@code pages} pages. */
        double scrollPages(int pages) throws Exception {
            double[] times = new double[pages];
            for (int p = 0; p < pages; p++) {
                int index = (p + 1) * 15;
                CountDownLatch framed = new CountDownLatch(1);
                long[] end = new long[1];
                long start = onFx(() -> {
                    Scene scene = stage.getScene();
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        scene.removePostLayoutPulseListener(once[0]);
                        end[0] = System.nanoTime();
                        framed.countDown();
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    long t = System.nanoTime();
                    view.grid().scrollTo(index);
                    Platform.requestNextPulse();
                    return t;
                });
                framed.await(60, TimeUnit.SECONDS);
                times[p] = (end[0] - start) / 1e6;
            }
            return median(times);
        }

        double timeToFrame(Consumer<CompareViewModel> step) throws Exception {
            CountDownLatch framed = new CountDownLatch(1);
            long[] end = new long[1];
            long[] rowsAt = new long[1];
            long start = onFx(() -> {
                Scene scene = stage.getScene();
                int[] changes = new int[1];
                ListChangeListener<GridRow> counter = c -> {
                    changes[0]++;
                    rowsAt[0] = System.nanoTime();
                };
                vm.grid().rows().addListener(counter);
                Runnable[] check = new Runnable[1];
                check[0] = () -> {
                    if (changes[0] > 0 && !vm.loadingProperty().get()) {
                        end[0] = System.nanoTime();
                        scene.removePostLayoutPulseListener(check[0]);
                        vm.grid().rows().removeListener(counter);
                        framed.countDown();
                    } else {
                        Platform.requestNextPulse();
                    }
                };
                scene.addPostLayoutPulseListener(check[0]);
                long t = System.nanoTime();
                step.accept(vm);
                Platform.requestNextPulse();
                return t;
            });
            if (!framed.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame within 2 minutes");
            }
            if (System.getProperty("bench.split") != null) {
                say("    rows after %.0f ms, frame %.0f ms later", (rowsAt[0] - start) / 1e6,
                        (end[0] - rowsAt[0]) / 1e6);
            }
            return (end[0] - start) / 1e6;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
