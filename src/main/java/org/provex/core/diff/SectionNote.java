package org.provex.core.diff;

import org.provex.core.model.Rid;

/**
 * Why a section is incomplete for one run, e.g. "no environment snapshot was recorded".
 *
 * @param run      the run concerned
 * @param baseline the run is the baseline, so the section cannot be compared at all until another is chosen
 */
public record SectionNote(Rid run, Availability.State state, String message, boolean baseline) {

    /**
     * One line: {@code missing for run 1-ABC: no uv.lock was recorded by deriva-ml}; a file that is recorded but not
     * here already names its run: {@code uv.lock of 1-ABC (uv.lock) not downloaded; offline (...)}.
     */
    public String describe() {
        if (state == Availability.State.NOT_CACHED) {
            return message;
        }
        return (state == Availability.State.UNREADABLE ? "unreadable for run " : "missing for run ") + run
                + (baseline ? " (the baseline)" : "") + ": " + message;
    }
}
