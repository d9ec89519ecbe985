package org.provex.core.diff;

import java.util.Objects;

/**
 * One run's value of one field.
 *
 * @param value the value as text, secrets masked unless the comparison revealed them; "" when absent
 * @param state how it relates to the baseline's value
 * @param level for version fields, the most significant part that changed; NONE otherwise
 * @param how   a short phrase for people, e.g. {@code upgraded (minor)}, {@code moved from #2 to #0},
 *              {@code no environment snapshot}; "" for the baseline and for unchanged values
 * @param inherited the difference belongs to an enclosing row (a field of a dataset entry that was removed as a
 *              whole): shown for completeness, but it does not make this row a difference
 */
public record Cell(String value, CellState state, VersionLevel level, String how, boolean inherited) {

    public Cell {
        value = Objects.requireNonNullElse(value, "");
        Objects.requireNonNull(state, "state");
        level = Objects.requireNonNullElse(level, VersionLevel.NONE);
        how = Objects.requireNonNullElse(how, "");
    }

    public Cell(String value, CellState state, VersionLevel level, String how) {
        this(value, state, level, how, false);
    }

    static Cell of(String value, CellState state) {
        return new Cell(value, state, VersionLevel.NONE, state.isDifference() ? state.label() : "");
    }

    /** A difference this row owns (not inherited from an enclosing row). */
    public boolean isOwnDifference() {
        return state.isDifference() && !inherited;
    }
}
