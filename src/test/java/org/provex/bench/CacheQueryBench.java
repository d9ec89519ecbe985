package org.provex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.CacheWriter;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;

/**
 * One filtered, sorted page of the executions list (and its count) over a cache of 100,000
 * generated executions. Run: {@code java -cp <test classpath> org.openjdk.jmh.Main CacheQueryBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CacheQueryBench {

    private static final int EXECUTIONS = 100_000;
    private static final int WORKFLOWS = 40;
    private static final int DATASETS = 200;
    private static final String[] STATUSES = {"Uploaded", "Uploaded", "Uploaded", "Uploaded", "Uploaded", "Uploaded",
        "Uploaded", "Failed", "Stopped", "Running", "Created", "Pending_Upload", "Aborted"};
    private static final String[] TOPICS = {"cifar10 small", "cifar10 extended", "imagenet", "retina", "mnist",
        "eye-ai glaucoma", "segmentation", "sweep"};

    private Path dir;
    private CacheDatabase db;
    private ExecutionQueries queries;
    private ExecutionFilter filter;
    private final ExecutionSort sort = ExecutionSort.desc(ExecutionColumn.CREATED);

    @Setup(Level.Trial)
    public void fill() throws IOException {
        dir = Files.createTempDirectory("provex-bench");
        db = CacheDatabase.open(dir.resolve("bench.sqlite"));
        db.replaceContent(w -> {
            generate(w, new Random(42));
            return null;
        });
        queries = new ExecutionQueries(db);
        filter = ExecutionFilter.ALL.withStatuses("Uploaded").withWorkflows(rid("W", 3)).withText("cifar");
    }

    @Benchmark
    public List<ExecutionRow> filteredSortedPage() {
        return queries.list(filter, sort, 100, 0);
    }

    @Benchmark
    public long filteredCount() {
        return queries.count(filter);
    }

    @Benchmark
    public List<ExecutionRow> unfilteredNewestPage() {
        return queries.list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 100, 0);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void generate(CacheWriter w, Random random) throws java.sql.SQLException {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < WORKFLOWS; i++) {
            String topic = TOPICS[i % TOPICS.length];
            w.workflow(new Workflow(rid("W", i), topic + " model " + i, null, null, null, null, List.of("Training"),
                    start, start));
        }
        Snaptime snap = Snaptime.of(start);
        for (int i = 0; i < DATASETS; i++) {
            w.dataset(new Dataset(rid("D", i), TOPICS[i % TOPICS.length] + " data", false, rid("V", i), List.of(),
                    start, start));
            w.datasetVersion(new DatasetVersion(rid("V", i), rid("D", i), "0." + (i % 5) + ".0", null, null, null,
                    snap, start, start));
        }
        for (int i = 0; i < EXECUTIONS; i++) {
            int workflow = (int) Math.min(WORKFLOWS - 1, Math.abs(random.nextGaussian()) * WORKFLOWS / 3);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String description = TOPICS[workflow % TOPICS.length] + " run " + i + " lr=" + random.nextInt(100) / 1000.0;
            Instant created = start.plus(i * 5L + random.nextInt(5), ChronoUnit.MINUTES);
            String duration = "0.0H " + random.nextInt(60) + ".0min " + random.nextInt(60) + ".0sec";
            Rid rid = rid("E", i);
            w.execution(new Execution(rid, rid("W", workflow), description, status,
                    "Failed".equals(status) ? "CUDA out of memory" : description,
                    ExecutionDurations.of(duration, "0.0H 0.0min 3.0sec", "0.0H 0.0min 1.0sec", null), created,
                    created));
            int inputs = 1 + random.nextInt(2);
            for (int k = 0; k < inputs; k++) {
                int d = (workflow * 5 + k) % DATASETS;
                w.input(new ExecutionInput(rid, rid("D", d), rid("V", d), "0." + (d % 5) + ".0", snap,
                        ExecutionInput.Source.CATALOG));
            }
        }
    }

    private static Rid rid(String prefix, int n) {
        // Crockford digits only; the letter prefix keeps the kinds apart, the trailing 0 keeps the pad bit clear
        return Rid.of(prefix + Integer.toString(n, 32).toUpperCase().replace('I', 'X').replace('L', 'Y')
                .replace('O', 'Z').replace('U', 'W') + "0");
    }
}
