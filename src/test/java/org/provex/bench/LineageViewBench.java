package org.provex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.DisplayGraph;
import org.provex.core.lineage.ExploredGraph;
import org.provex.core.lineage.FanOutGrouping;
import org.provex.core.lineage.LineageLayout;
import org.provex.core.lineage.LineageWalker;
import org.provex.core.lineage.SyntheticLineage;
import org.provex.core.model.Rid;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.Themes;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.lineage.LineageView;
import org.provex.ui.lineage.LineageViewModel;
import org.provex.ui.testing.TestContext;

/**
 * Lineage view cost for about 300 boxes: a generated graph (one dataset version consumed by N runs, two outputs each,
 * every tenth output feeding a second-generation run; N = 95 gives 306 nodes) walked downstream, nothing folded.
 * Layout = ELK on the display graph, cold (first in this JVM) and warm (median of 9). First frame = on the FX
 * thread (Monocle, headless, software rendering): walk, group (the runs fold into one box), layout, open that box
 * (the second layout has every node), build the view and render a snapshot of the window content, cold and warm.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.provex.bench.LineageViewBench 95}
 */
public final class LineageViewBench {

    private LineageViewBench() {
    }

    public static void main(String[] args) throws Exception {
        int consumers = args.length > 0 ? Integer.parseInt(args[0]) : 95;
        Path dir = Files.createTempDirectory("lineage-view-bench");
        SyntheticLineage.Graph g = SyntheticLineage.write(dir.resolve("cache.db"), consumers);
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("cache.db"))) {
            ExploredGraph explored = ExploredGraph.of(new LineageWalker(db).walk(g.version(),
                    LineageWalker.Options.lineage(LineageWalker.Direction.DOWN, 12)));
            DisplayGraph shown = FanOutGrouping.group(explored, Integer.MAX_VALUE, Set.of(), Set.of());
            LineageLayout layout = new LineageLayout(212, 58);
            long c0 = System.nanoTime();
            layout.layout(shown);
            double cold = (System.nanoTime() - c0) / 1e6;
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long w0 = System.nanoTime();
                layout.layout(shown);
                warm.add((System.nanoTime() - w0) / 1e6);
            }
            warm.sort(Double::compare);
            System.out.printf(Locale.ROOT, "layout: %d boxes, %d arrows; cold %.0f ms, warm median %.0f ms%n",
                    shown.boxes().size(), shown.arrows().size(), cold, warm.get(4));
            frames(db, g.version());
        }
        Platform.exit();
    }

    /** Walk, grouping (threshold 12, as the window does), layout, view and one rendered frame, on the FX thread. */
    private static void frames(CacheDatabase db, String root) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.runLater(() -> Themes.apply(false));
        TestContext ctx = new TestContext(DemoWorkspace.create(Files.createTempDirectory("lineage-view-home")));
        ctx.session.set(TestContext.session(db, "bench"));
        List<Double> times = new ArrayList<>();
        int[] boxes = {0};
        for (int i = 0; i < 6; i++) {
            CompletableFuture<Double> frame = new CompletableFuture<>();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                LineageViewModel vm = new LineageViewModel(ctx.context(new ImmediateTaskRunner()));
                vm.depthProperty().set(12);
                vm.directionProperty().set(LineageWalker.Direction.DOWN);
                vm.open(Rid.of(root));
                vm.expand(FanOutGrouping.groupKey(root, "down", "execution"));
                boxes[0] = vm.layoutProperty().get().graph().boxes().size();
                LineageView view = new LineageView(vm);
                Scene scene = new Scene(view.root(), 1440, 900);
                scene.snapshot(null);
                frame.complete((System.nanoTime() - t0) / 1e6);
            });
            times.add(frame.get());
        }
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(Double::compare);
        System.out.printf(Locale.ROOT, "first frame of %d boxes (walk, group, layout, open the group, layout again, "
                + "view, render at 1440x900): cold %.0f ms, warm median %.0f ms%n", boxes[0], times.get(0),
                warm.get(warm.size() / 2));
    }
}
