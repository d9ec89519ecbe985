package org.provex.core.diff;

/** How one run's value of a field relates to the baseline's. */
public enum CellState {
    /** The baseline's own cell. */
    BASELINE("baseline"),
    SAME("same"),
    /** Present in this run, absent from the baseline. */
    ADDED("added"),
    /** Present in the baseline, absent from this run. */
    REMOVED("removed"),
    CHANGED("changed"),
    /** A version that sorts higher than the baseline's (PEP 440 ordering). */
    UPGRADED("upgraded"),
    DOWNGRADED("downgraded"),
    /** A list element matched by identity whose position relative to the others changed. */
    MOVED("moved"),
    /** This run has no data for the section (file not recorded, not cached or unreadable). */
    MISSING("missing"),
    /** This run has data but the baseline has none, so there is nothing to compare with. */
    UNKNOWN("not comparable");

    private final String label;

    CellState(String label) {
        this.label = label;
    }

    /** Lower-case words for text output, e.g. {@code not comparable}. */
    public String label() {
        return label;
    }

    /** True for the states that make a row a difference. Missing data is reported per section, not per row. */
    public boolean isDifference() {
        return switch (this) {
            case ADDED, REMOVED, CHANGED, UPGRADED, DOWNGRADED, MOVED -> true;
            default -> false;
        };
    }
}
