package org.provex.core.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the demo catalog: ten weeks of a CIFAR-10 project recorded by deriva-ml 1.54. The same
 * options always give the same rows and bytes (fixed seed, fixed calendar, one RID sequence).
 */
public final class DemoCatalogGenerator {

    /** When the catalog was created; runs spread over the following ten weeks. */
    public static final Instant PROJECT_START = Instant.parse("2026-03-02T09:00:00Z");
    static final long SEED = 20260302L;
    /** ERMrest's rid_seq of a catalog that has seen some use: RIDs look like {@code 1-EV5T}. */
    private static final long FIRST_RID = 700_000L;

    private DemoCatalogGenerator() {
    }

    /** Builds the demo; {@code extraExecutions} more runs are appended for benchmarks. */
    public static DemoCatalog generate(DemoOptions options) {
        ObjectNode doc = DemoSchema.document();
        DemoTables t = new DemoTables(DemoSchema.columns(doc), FIRST_RID, PROJECT_START, SEED);
        Map<String, byte[]> files = new HashMap<>();
        DemoRecorder rec = new DemoRecorder(t, files);
        DemoVocabulary.clients(t);
        DemoVocabulary.seed(t);
        rec.sentinelFile(DemoVocabulary.sentinels(t));
        List<DemoRecorder.Recorded> runs = new DemoStory(rec, SEED + 1).play();
        if (options.extraExecutions() > 0) {
            DemoBenchmark.append(rec, runs, options.extraExecutions());
        }
        return new DemoCatalog(doc, t, files, Snaptime.of(t.latestChange()).value());
    }
}
