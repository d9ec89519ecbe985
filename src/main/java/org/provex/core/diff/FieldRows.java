package org.provex.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.model.Pep440Version;

/** Rows of a keyed-field section: one row per key any run has, each run's cell judged against the baseline. */
final class FieldRows {

    private FieldRows() {
    }

    /**
     * Every run's field of every key, laid out once when the runs are read so that switching the baseline only
     * walks arrays.
     *
     * @param cells    {@code cells[key][run]}, null where the run has no such field
     * @param versions the fields' versions parsed (PEP 440) where some run's value differs, else null
     */
    record Grid(List<String> keys, Field[][] cells, Pep440Version[][] versions) {

        static Grid of(List<SectionFacts.Fields> runs) {
            PathOrder order = new PathOrder();
            runs.forEach(r -> order.add(r.fields().keySet()));
            List<String> keys = order.keys();
            Map<String, Integer> index = new HashMap<>(keys.size() * 2);
            for (int k = 0; k < keys.size(); k++) {
                index.put(keys.get(k), k);
            }
            Field[][] cells = new Field[keys.size()][runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                for (Map.Entry<String, Field> e : runs.get(i).fields().entrySet()) {
                    cells[index.get(e.getKey())][i] = e.getValue();
                }
            }
            Pep440Version[][] versions = new Pep440Version[keys.size()][];
            for (int k = 0; k < keys.size(); k++) {
                boolean varies = false;
                for (int i = 1; i < runs.size() && !varies; i++) {
                    varies = !sameValue(cells[k][0], cells[k][i]);
                }
                if (varies) {
                    versions[k] = new Pep440Version[runs.size()];
                    for (int i = 0; i < runs.size(); i++) {
                        Field f = cells[k][i];
                        versions[k][i] = f == null || f.version() == null ? null
                                : Pep440Version.tryParse(f.version()).orElse(null);
                    }
                }
            }
            return new Grid(keys, cells, versions);
        }

        private static boolean sameValue(Field a, Field b) {
            return a == null ? b == null : b != null && Objects.equals(a.compare(), b.compare());
        }
    }

    static List<Row> rows(List<SectionFacts.Fields> runs, int baseline) {
        return rows(runs, Grid.of(runs), baseline);
    }

    static List<Row> rows(List<SectionFacts.Fields> runs, Grid grid, int baseline) {
        SectionFacts.Fields base = runs.get(baseline);
        List<Row> rows = new ArrayList<>(grid.keys().size());
        for (int k = 0; k < grid.keys().size(); k++) {
            String key = grid.keys().get(k);
            Field[] byRun = grid.cells()[k];
            Pep440Version[] parsed = grid.versions()[k];
            Field b = byRun[baseline];
            List<Cell> cells = new ArrayList<>(runs.size());
            Field labelled = b;
            boolean differs = false;
            boolean folded = false;
            for (int i = 0; i < runs.size(); i++) {
                SectionFacts.Fields run = runs.get(i);
                Field f = byRun[i];
                if (labelled == null) {
                    labelled = f;
                }
                folded |= f != null && f.folded();
                Cell c = cell(run, f, base, b, i == baseline, parsed == null ? null : parsed[baseline],
                        parsed == null ? null : parsed[i]);
                differs |= c.isOwnDifference();
                cells.add(c);
            }
            rows.add(new Row(key, labelled == null ? key : labelled.label(), cells, differs, folded));
        }
        return rows;
    }

    private static Cell cell(SectionFacts.Fields run, Field f, SectionFacts.Fields base, Field b, boolean isBase,
                             Pep440Version bv, Pep440Version fv) {
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
        return compare(b, f, bv, fv);
    }

    /** {@code bv} and {@code fv} are the parsed versions, null when the field is not a PEP 440 version. */
    static Cell compare(Field b, Field f, Pep440Version bv, Pep440Version fv) {
        if (f == null || b == null) {
            return b == null && f == null ? Cell.of("", CellState.SAME)
                    : Cell.of(f == null ? "" : f.display(), f == null ? CellState.REMOVED : CellState.ADDED);
        }
        if (Objects.equals(b.compare(), f.compare())) {
            return Cell.of(f.display(), CellState.SAME);
        }
        if (b.version() != null && f.version() != null) {
            VersionChange v = VersionChange.classify(bv, fv);
            if (v.state() != CellState.SAME) {
                return new Cell(f.display(), v.state(), v.level(), v.describe());
            }
        }
        return Cell.of(f.display(), CellState.CHANGED);
    }
}
