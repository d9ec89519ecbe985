package org.provex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.io.SafeFiles;
import org.provex.core.lineage.ImpactAnalyzer;
import org.provex.core.lineage.LineageGraph;
import org.provex.core.lineage.SyntheticLineage;

/**
 * Impact of a dataset version consumed by N executions (default 10,000), each producing two assets, every tenth
 * feeding a second-generation run (see {@link SyntheticLineage}). Cold = the first impact query after opening the
 * cache in this JVM (SQLite page cache and JIT cold; the OS file cache is warm); warm = median of the next runs.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.provex.bench.LineageBench 10000}
 */
public final class LineageBench {

    private LineageBench() {
    }

    public static void main(String[] args) throws Exception {
        int consumers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("lineage-bench");
        try {
            Path file = dir.resolve("cache.db");
            long t0 = System.nanoTime();
            SyntheticLineage.Graph g = SyntheticLineage.write(file, consumers);
            System.out.printf(Locale.ROOT, "generated %d consumers in %.1f s%n", consumers,
                    (System.nanoTime() - t0) / 1e9);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            try (CacheDatabase db = CacheDatabase.open(file)) {
                ImpactAnalyzer impact = new ImpactAnalyzer(db);
                long c0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                LineageGraph first = impact.impact(g.version());
                double cold = (System.nanoTime() - c0) / 1e6;
                double coldCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                List<Double> warm = new ArrayList<>();
                List<Double> warmCpu = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    long w0 = System.nanoTime();
                    long wc = threads.getCurrentThreadCpuTime();
                    impact.impact(g.version());
                    warm.add((System.nanoTime() - w0) / 1e6);
                    warmCpu.add((threads.getCurrentThreadCpuTime() - wc) / 1e6);
                }
                warm.sort(Double::compare);
                warmCpu.sort(Double::compare);
                System.out.printf(Locale.ROOT, "impact: %d nodes, %d edges; cold %.0f ms (CPU %.0f ms), warm median "
                        + "%.0f ms (min %.0f, max %.0f; CPU median %.0f ms); load %.1f%n", first.nodes().size(),
                        first.edges().size(), cold, coldCpu, warm.get(4), warm.get(0), warm.get(8), warmCpu.get(4),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        } finally {
            SafeFiles.deleteTree(dir);
        }
    }
}
