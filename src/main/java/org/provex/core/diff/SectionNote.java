package org.provex.core.diff;

import org.provex.core.model.Rid;

/**
 * Why a section is incomplete for one run, e.g. "no environment snapshot was recorded".
 *
 * @param run      the run concerned
 * @param baseline the run is the baseline, so the section cannot be compared at all until another is chosen
 */
public record SectionNote(Rid run, Availability.State state, String message, boolean baseline) {

    /** One line: {@code missing for run 1-ABC: no uv.lock was recorded}. */
    public String describe() {
        return (state == Availability.State.UNREADABLE ? "unreadable for run " : "missing for run ") + run
                + (baseline ? " (the baseline)" : "") + ": " + message;
    }
}
