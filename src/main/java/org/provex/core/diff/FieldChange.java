package org.provex.core.diff;

/**
 * One field that differs between two runs.
 *
 * @param key   stable identity (normalised package name, variable name, field name)
 * @param left  the left (baseline) value as shown, secrets masked unless revealed; "" when absent
 * @param right the right value likewise
 * @param state ADDED, REMOVED, CHANGED, UPGRADED or DOWNGRADED
 * @param level for versions, the most significant part that changed
 * @param how   e.g. {@code upgraded (minor)}
 */
public record FieldChange(String key, String label, String left, String right, CellState state, VersionLevel level,
                          String how) {
}
