package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.testing.TestCatalogs;
import org.provex.testing.TestReproduce;
import org.provex.ui.AppAssembly;
import org.provex.ui.common.FxTaskRunner;

/**
 * Time from a click on a run in the executions table to its detail painted (not a test): the real window on the
 * demo catalog (1440x900), each of the demo's runs selected in turn the way a click selects it (the table's
 * selection model, which is what the click handler changes; the lead selection then opens the detail), until the
 * first frame laid out after the detail shows that run: the audit read off the FX thread, the page built, CSS and
 * layout done. One warm-up pass over every run, then {@code passes} measured passes; prints p50, p95 and max.
 * Needs a display: run it under xvfb-run (a real GTK window) or with the Monocle properties of the UI tests.
 *
 * <p>Run: {@code mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.provex.bench.DetailClickBench [passes]}.
 */
public final class DetailClickBench {

    private DetailClickBench() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path home = Files.createTempDirectory("provex-click-bench");
        Workspace workspace = DemoWorkspace.create(home);
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-task");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        AppAssembly[] app = new AppAssembly[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setWidth(1440);
            stage.setHeight(900);
            app[0] = AppAssembly.create(workspace, new FxTaskRunner(executor), url -> { },
                    TestCatalogs.service(workspace), TestReproduce.runtime(workspace));
            app[0].show(stage);
            shown.complete(stage);
        });
        Stage stage = shown.get(60, TimeUnit.SECONDS);
        waitFor(() -> !app[0].executions().rowsProperty().get().isEmpty()
                && !app[0].executions().loadingProperty().get());
        Scene scene = stage.getScene();
        TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#executionsTable"));
        int rows = onFx(() -> table.getItems().size());
        List<Double> samples = new ArrayList<>();
        for (int pass = 0; pass <= passes; pass++) {
            for (int i = 0; i < rows; i++) {
                double ms = click(scene, table, i);
                if (pass > 0) {
                    samples.add(ms);
                }
            }
        }
        samples.sort(Double::compare);
        System.out.printf(Locale.ROOT, "click to detail painted over %d runs x %d passes (n=%d): p50 %.1f ms, "
                + "p95 %.1f ms, max %.1f ms, min %.1f ms%n", rows, passes, samples.size(), pct(samples, 50),
                pct(samples, 95), samples.get(samples.size() - 1), samples.get(0));
        Platform.runLater(() -> {
            app[0].close();
            Platform.exit();
        });
        executor.shutdownNow();
    }

    /** Selects row {@code index} and returns the milliseconds until the frame that shows its detail. */
    private static double click(Scene scene, TableView<?> table, int index) throws Exception {
        CompletableFuture<Double> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            Object slot = table.getItems().get(index);
            String rid = ((org.provex.ui.executions.ExecutionSlot) slot).row().rid().value();
            long t0 = System.nanoTime();
            Runnable[] pulse = new Runnable[1];
            pulse[0] = () -> {
                Label shown = (Label) scene.lookup("#detailRid");
                javafx.scene.Node page = scene.lookup("#detailScroll");
                if (shown != null && rid.equals(shown.getText()) && page != null && page.isVisible()) {
                    scene.removePostLayoutPulseListener(pulse[0]);
                    painted.complete((System.nanoTime() - t0) / 1e6);
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(pulse[0]);
            table.getSelectionModel().clearAndSelect(index);
            Platform.requestNextPulse();
        });
        return painted.get(60, TimeUnit.SECONDS);
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the window did not load the demo in time");
            }
            Thread.sleep(100);
        }
    }
}
