package org.provex.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rows of a keyed-field section: one row per key any run has, each run's cell judged against the baseline. */
final class FieldRows {

    private FieldRows() {
    }

    static List<Row> rows(List<SectionFacts.Fields> runs, int baseline) {
        PathOrder order = new PathOrder();
        runs.forEach(r -> order.add(r.fields().keySet()));
        SectionFacts.Fields base = runs.get(baseline);
        List<Row> rows = new ArrayList<>();
        for (String key : order.keys()) {
            Field b = base.fields().get(key);
            List<Cell> cells = new ArrayList<>(runs.size());
            Field labelled = b;
            boolean differs = false;
            boolean folded = false;
            for (int i = 0; i < runs.size(); i++) {
                SectionFacts.Fields run = runs.get(i);
                Field f = run.fields().get(key);
                if (labelled == null) {
                    labelled = f;
                }
                folded |= f != null && f.folded();
                Cell c = cell(run, f, base, b, i == baseline);
                differs |= c.isOwnDifference();
                cells.add(c);
            }
            rows.add(new Row(key, labelled == null ? key : labelled.label(), cells, differs, folded));
        }
        return rows;
    }

    private static Cell cell(SectionFacts.Fields run, Field f, SectionFacts.Fields base, Field b, boolean isBase) {
        if (!run.availability().present()) {
            return new Cell("", CellState.MISSING, VersionLevel.NONE, run.availability().reason());
        }
        String shown = f == null ? "" : f.display();
        if (isBase) {
            return new Cell(shown, CellState.BASELINE, VersionLevel.NONE, "");
        }
        if (!base.availability().present()) {
            return new Cell(shown, CellState.UNKNOWN, VersionLevel.NONE, "the baseline has no data here");
        }
        return compare(b, f);
    }

    static Cell compare(Field b, Field f) {
        if (f == null || b == null) {
            return b == null && f == null ? Cell.of("", CellState.SAME)
                    : Cell.of(f == null ? "" : f.display(), f == null ? CellState.REMOVED : CellState.ADDED);
        }
        if (Objects.equals(b.compare(), f.compare())) {
            return Cell.of(f.display(), CellState.SAME);
        }
        if (b.version() != null && f.version() != null) {
            VersionChange v = VersionChange.classify(b.version(), f.version());
            if (v.state() != CellState.SAME) {
                return new Cell(f.display(), v.state(), v.level(), v.describe());
            }
        }
        return Cell.of(f.display(), CellState.CHANGED);
    }
}
