package org.provex.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.EnvironmentDiff;
import org.provex.core.diff.PreparedComparison;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunComparer;
import org.provex.core.diff.SyntheticRuns;
import org.provex.core.diff.export.Citations;
import org.provex.core.diff.export.HtmlReport;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.EnvironmentSnapshotReader;

/**
 * The comparison engine: two environment snapshots of 1,000 packages and 200 variables; 20 and 50 runs of the
 * same size compared in full (read + rows + verdict), a baseline switch on prepared runs, and an HTML export.
 * Run with {@code mvn -B -Pbench test-compile exec:exec -Dbench="DiffBench -f 1 -wi 2 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiffBench {

    private EnvironmentSnapshot left;
    private EnvironmentSnapshot right;
    private List<ExecutionAudit> twenty;
    private List<ExecutionAudit> fifty;
    private PreparedComparison preparedFifty;

    @Setup
    public void setUp() {
        left = EnvironmentSnapshotReader.read("a.txt", SyntheticRuns.environment(1_000, 200, 0));
        right = EnvironmentSnapshotReader.read("b.txt", SyntheticRuns.environment(1_000, 200, 1));
        if (left.packages().size() < 1_000 || right.environment().size() != 200) {
            throw new IllegalStateException("synthetic snapshots are not the intended size");
        }
        twenty = SyntheticRuns.family(20, 1_000, 200);
        fifty = SyntheticRuns.family(50, 1_000, 200);
        preparedFifty = RunComparer.prepare(fifty, false);
    }

    @Benchmark
    public EnvironmentDiff environmentDiff1000Packages200Variables() {
        return EnvironmentDiff.of(left, right, false);
    }

    @Benchmark
    public Comparison compare20Runs() {
        return RunComparer.prepare(twenty, false).against(0);
    }

    @Benchmark
    public Comparison compare50Runs() {
        return RunComparer.prepare(fifty, false).against(0);
    }

    @Benchmark
    public Comparison switchBaseline50Runs() {
        return preparedFifty.against(49);
    }

    @Benchmark
    public String htmlReport50RunsAllRows() {
        return HtmlReport.render(preparedFifty.against(0), RowFilter.ALL, Citations.withoutLinks(null, ""));
    }
}
