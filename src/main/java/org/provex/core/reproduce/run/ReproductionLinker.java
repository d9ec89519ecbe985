package org.provex.core.reproduce.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.diff.DiffException;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.diff.Verdict;
import org.provex.core.model.Rid;

/**
 * Finds the execution a reproduction recorded, once it is in the cache: created after the launch (allowing for clocks
 * that disagree), its description naming the original RID (the reproduction put it there), the original's workflow
 * preferred. Then compares it with the original through the compare engine: same inputs? same code? what differs in
 * the environment?
 */
public final class ReproductionLinker {

    /** How far the catalog's clock may be behind this computer's. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(10);
    private static final int CANDIDATES = 500;

    private ReproductionLinker() {
    }

    /**
     * @param taken executions already linked to other attempts
     * @return the link, or empty when no matching execution is in the cache (yet)
     */
    public static Optional<ReproductionRecord.Link> link(ReproductionRecord r, CacheDatabase db, Set<String> taken,
                                                         Instant now) {
        if (r.dryRun() || r.started() == null || r.original() == null) {
            return Optional.empty();
        }
        Instant from = r.started().minus(CLOCK_SLACK);
        List<ExecutionRow> rows = new ExecutionQueries(db).list(ExecutionFilter.ALL.withCreated(from, null),
                new ExecutionSort(org.provex.core.cache.query.ExecutionColumn.CREATED, true), CANDIDATES, 0);
        List<ExecutionRow> matches = new ArrayList<>();
        for (ExecutionRow row : rows) {
            String d = row.description() == null ? "" : row.description();
            if (!row.rid().value().equals(r.original()) && !taken.contains(row.rid().value())
                    && namesOriginal(d, r.original())) {
                matches.add(row);
            }
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        ExecutionRow best = matches.stream()
                .min(Comparator.comparing((ExecutionRow m) -> sameWorkflow(m, r) ? 0 : 1)
                        .thenComparing(ExecutionRow::created))
                .orElseThrow();
        String note = "Its description names " + r.original() + "; created " + best.created() + ", after the launch"
                + (sameWorkflow(best, r) ? "; same workflow " + r.originalWorkflow() + "."
                : "; workflow " + best.workflow() + " (the original's was " + r.originalWorkflow()
                + ": the committed code differs from the code that ran).");
        return Optional.of(new ReproductionRecord.Link(best.rid().value(), now, note, compare(db, r.original(),
                best.rid().value())));
    }

    /** The compare engine's verdict of the new run against the original, or null when they cannot be compared. */
    static ReproductionRecord.Comparison compare(CacheDatabase db, String original, String reproduction) {
        try {
            Verdict verdict = new ExecutionComparer(db).prepare(List.of(Rid.of(original), Rid.of(reproduction)),
                    false).against(Rid.of(original)).verdict();
            Verdict.RunVerdict v = verdict.runs().get(0);
            List<String> reasons = new ArrayList<>();
            addReasons(reasons, "Inputs", v.inputs());
            addReasons(reasons, "Code", v.code());
            addReasons(reasons, "Configuration", v.configuration());
            addReasons(reasons, "Environment", v.environment());
            return new ReproductionRecord.Comparison(v.line(), v.inputs().answer().label(), v.code().answer().label(),
                    v.configuration().answer().label(), v.environment().answer().label(), reasons);
        } catch (DiffException e) {
            return null;
        }
    }

    private static void addReasons(List<String> out, String aspect, Verdict.Aspect a) {
        a.reasons().stream().limit(5).forEach(reason -> out.add(aspect + ": " + reason));
    }

    static boolean namesOriginal(String description, String original) {
        return description.contains("Reproduction of " + original) || description.contains("Re-run of " + original);
    }

    private static boolean sameWorkflow(ExecutionRow row, ReproductionRecord r) {
        return row.workflow() != null && row.workflow().value().equals(r.originalWorkflow());
    }
}
