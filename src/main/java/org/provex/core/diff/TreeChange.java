package org.provex.core.diff;

/**
 * One difference between two structured documents.
 *
 * @param path      where, e.g. {@code datasets[rid=1-AQA6].version.minor}; "" is the whole document
 * @param state     ADDED, REMOVED, CHANGED or MOVED
 * @param left      the left (baseline) value as text, secrets masked unless revealed; "" when absent
 * @param right     the right value likewise
 * @param fromIndex for MOVED, the element's position in the left list; otherwise -1
 * @param toIndex   for MOVED, its position in the right list; otherwise -1
 */
public record TreeChange(String path, CellState state, String left, String right, int fromIndex, int toIndex) {

    /** Words for a person, e.g. {@code moved from #2 to #0}. */
    public String describe() {
        return state == CellState.MOVED ? "moved from #" + fromIndex + " to #" + toIndex : state.label();
    }
}
