package org.provex.core.diff;

import java.util.List;

/**
 * One field compared across the runs: one cell per run, in the comparison's run order.
 *
 * @param key     stable within its section (a path, a normalised package name, a variable name)
 * @param label   what to show in the field column
 * @param differs at least one run differs from the baseline here
 * @param folded  noise (see {@link NoiseVariables}): hidden unless asked for, even when it differs
 */
public record Row(String key, String label, List<Cell> cells, boolean differs, boolean folded) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell of the run at this position in {@link Comparison#runs()}. */
    public Cell cell(int run) {
        return cells.get(run);
    }

    /** Number of runs that differ from the baseline in this row. */
    public long differingRuns() {
        return cells.stream().filter(Cell::isOwnDifference).count();
    }
}
