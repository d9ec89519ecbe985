package org.provex.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a document section. The rows are the paths where some run's {@link TreeDiff} against the baseline
 * reports a change (a whole added subtree is one row), plus every leaf of the baseline so that "all rows" shows
 * the full document. Each cell compares that run's node at the row's path with the baseline's directly.
 */
final class TreeRows {

    private TreeRows() {
    }

    static List<Row> rows(List<SectionFacts.Tree> runs, int baseline, boolean reveal) {
        SectionFacts.Tree base = runs.get(baseline);
        List<Map<String, TreeChange>> changes = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, TreeChange> byPath = new HashMap<>();
            SectionFacts.Tree run = runs.get(i);
            if (i != baseline && base.availability().present() && run.availability().present()) {
                for (TreeChange c : TreeDiff.diff(base.tree(), run.tree(), reveal)) {
                    byPath.put(c.path(), c);
                    paths.add(c.path());
                }
            }
            changes.add(byPath);
        }
        base.tree().entries().values().stream().filter(FlatTree.Entry::leaf).forEach(e -> paths.add(e.path()));
        if (!base.availability().present()) {
            runs.forEach(r -> r.tree().entries().values().stream().filter(FlatTree.Entry::leaf)
                    .forEach(e -> paths.add(e.path())));
        }
        PathOrder order = new PathOrder();
        runs.forEach(r -> order.add(r.tree().entries().keySet()));
        List<Row> rows = new ArrayList<>();
        for (String path : order.keys()) {
            if (!paths.contains(path)) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(runs.size());
            boolean differs = false;
            for (int i = 0; i < runs.size(); i++) {
                Cell c = cell(runs.get(i), base, path, i == baseline, changes.get(i).get(path), reveal);
                differs |= c.isOwnDifference();
                cells.add(c);
            }
            rows.add(new Row(path, path.isEmpty() ? "(whole file)" : path, cells, differs, false));
        }
        return rows;
    }

    private static Cell cell(SectionFacts.Tree run, SectionFacts.Tree base, String path, boolean isBase,
                             TreeChange change, boolean reveal) {
        if (!run.availability().present()) {
            return new Cell("", CellState.MISSING, VersionLevel.NONE, run.availability().reason());
        }
        FlatTree.Entry mine = run.tree().get(path);
        String shown = Display.of(mine, reveal);
        if (isBase) {
            return new Cell(shown, CellState.BASELINE, VersionLevel.NONE, "");
        }
        if (!base.availability().present()) {
            return new Cell(shown, CellState.UNKNOWN, VersionLevel.NONE, "the baseline has no data here");
        }
        if (change != null && change.state() == CellState.MOVED) {
            return new Cell(shown, CellState.MOVED, VersionLevel.NONE, change.describe());
        }
        FlatTree.Entry theirs = base.tree().get(path);
        CellState state;
        if (mine == null || theirs == null) {
            state = mine == null && theirs == null ? CellState.SAME
                    : mine == null ? CellState.REMOVED : CellState.ADDED;
        } else if (TreeDiff.sameKind(mine, theirs)) {
            // two lists or two objects: what differs inside is reported on the rows of their members
            return new Cell(shown, CellState.SAME, VersionLevel.NONE,
                    mine.node().equals(theirs.node()) ? "" : "differs inside (see the rows below)");
        } else {
            state = mine.node().equals(theirs.node()) ? CellState.SAME : CellState.CHANGED;
        }
        boolean inherited = state.isDifference() && change == null;
        return new Cell(shown, state, VersionLevel.NONE, !state.isDifference() ? ""
                : inherited ? state.label() + " with an enclosing entry" : state.label(), inherited);
    }
}
