package org.provex.core.diff;

import java.util.List;
import java.util.Optional;

/**
 * Runs compared against one baseline: the verdict first, then sections of rows with one cell per run. Every row
 * is kept; {@link RowFilter} chooses what a view shows ("only differences" by default).
 *
 * @param runs            in the order given; cells of every row follow this order
 * @param baselineIndex   the baseline's position in {@code runs}
 * @param sections        in {@link SectionId} order, the verdict section first
 * @param secretsRevealed true when secret-looking values were left unmasked on request
 */
public record Comparison(List<RunRef> runs, int baselineIndex, Verdict verdict, List<Section> sections,
                         boolean secretsRevealed) {

    public Comparison {
        runs = List.copyOf(runs);
        sections = List.copyOf(sections);
    }

    public RunRef baseline() {
        return runs.get(baselineIndex);
    }

    public Optional<Section> section(SectionId id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Rows where some run differs from the baseline, over every section but the verdict. */
    public long differingRows() {
        return sections.stream().filter(s -> s.id() != SectionId.VERDICT).mapToLong(Section::differingRows).sum();
    }
}
