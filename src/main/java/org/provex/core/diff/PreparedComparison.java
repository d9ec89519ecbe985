package org.provex.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.provex.core.model.Rid;

/**
 * Runs read once and ready to be compared against any of them: switching the baseline only rebuilds the rows.
 * Immutable, so a view model can keep it and call {@link #against} from any thread.
 */
public final class PreparedComparison {

    private final List<RunFacts> runs;
    private final boolean reveal;
    private final Map<SectionId, FieldRows.Grid> grids = new EnumMap<>(SectionId.class);

    PreparedComparison(List<RunFacts> runs, boolean reveal) {
        this.runs = List.copyOf(runs);
        this.reveal = reveal;
        for (SectionId id : SectionId.values()) {
            if (id != SectionId.VERDICT && runs.get(0).section(id) instanceof SectionFacts.Fields) {
                grids.put(id, FieldRows.Grid.of(fields(id)));
            }
        }
    }

    private List<SectionFacts.Fields> fields(SectionId id) {
        return runs.stream().map(r -> (SectionFacts.Fields) r.section(id)).toList();
    }

    public List<RunRef> runs() {
        return runs.stream().map(RunFacts::run).toList();
    }

    public boolean secretsRevealed() {
        return reveal;
    }

    /** @throws DiffException if the baseline is not one of the runs */
    public Comparison against(Rid baseline) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).run().rid().equals(baseline)) {
                return against(i);
            }
        }
        throw new DiffException("The baseline " + baseline + " is not one of the compared runs ("
                + String.join(", ", runs().stream().map(r -> r.rid().value()).toList()) + ").");
    }

    public Comparison against(int baselineIndex) {
        if (baselineIndex < 0 || baselineIndex >= runs.size()) {
            throw new DiffException("There is no run at position " + baselineIndex + " to use as the baseline.");
        }
        Map<SectionId, Section> sections = new EnumMap<>(SectionId.class);
        for (SectionId id : SectionId.values()) {
            if (id != SectionId.VERDICT) {
                sections.put(id, section(id, baselineIndex));
            }
        }
        Verdict verdict = VerdictBuilder.build(runs, baselineIndex, sections);
        List<Section> ordered = new ArrayList<>();
        ordered.add(verdictSection(verdict, baselineIndex));
        ordered.addAll(sections.values());
        return new Comparison(runs(), baselineIndex, verdict, ordered, reveal);
    }

    private Section section(SectionId id, int baseline) {
        List<SectionNote> notes = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Availability a = runs.get(i).section(id).availability();
            if (!a.present()) {
                notes.add(new SectionNote(runs.get(i).run().rid(), a.state(), a.explained(), i == baseline));
            }
        }
        List<Row> rows;
        if (runs.get(0).section(id) instanceof SectionFacts.Tree) {
            rows = TreeRows.rows(runs.stream().map(r -> (SectionFacts.Tree) r.section(id)).toList(), baseline,
                    reveal);
        } else {
            rows = FieldRows.rows(fields(id), grids.get(id), baseline);
        }
        return new Section(id, rows, notes);
    }

    private Section verdictSection(Verdict verdict, int baseline) {
        String[] keys = {"inputs", "code", "configuration", "environment"};
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            List<Cell> cells = new ArrayList<>();
            boolean differs = false;
            int v = 0;
            for (int i = 0; i < runs.size(); i++) {
                if (i == baseline) {
                    cells.add(new Cell("baseline", CellState.BASELINE, VersionLevel.NONE, ""));
                    continue;
                }
                Verdict.RunVerdict rv = verdict.runs().get(v++);
                Verdict.Aspect a = k == 0 ? rv.inputs() : k == 1 ? rv.code() : k == 2 ? rv.configuration()
                        : rv.environment();
                CellState state = switch (a.answer()) {
                    case SAME -> CellState.SAME;
                    case DIFFERENT -> CellState.CHANGED;
                    case UNKNOWN -> CellState.UNKNOWN;
                    case NOT_RECORDED -> CellState.MISSING;
                };
                differs |= state.isDifference();
                cells.add(new Cell(a.answer().label(), state, VersionLevel.NONE, String.join("; ", a.reasons())));
            }
            rows.add(new Row(keys[k], Character.toUpperCase(keys[k].charAt(0)) + keys[k].substring(1), cells,
                    differs, false));
        }
        return new Section(SectionId.VERDICT, rows, List.of());
    }
}
