package org.provex.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * Whether one run has the data a section compares, and if not, why.
 *
 * @param files the names of the files behind the section for this run (recorded ones, whether or not they are
 *     here); empty for data from catalog rows
 * @param fix what would bring the missing data, e.g. {@code sync the catalog when it is reachable}; may be empty
 */
public record Availability(State state, String reason, List<String> files, String fix) {

    public static final Availability PRESENT = new Availability(State.PRESENT, "", List.of(), "");

    public enum State {
        PRESENT,
        /** The catalog has no such file (or row) for the run: deriva-ml did not record it. */
        NOT_RECORDED,
        /** The catalog lists the file but its body is not in the local cache (the reason says why). */
        NOT_CACHED,
        /** The body is cached but cannot be read (empty, malformed, an unknown shape). */
        UNREADABLE
    }

    public Availability {
        Objects.requireNonNull(state, "state");
        reason = Objects.requireNonNullElse(reason, "");
        files = files == null ? List.of() : List.copyOf(files);
        fix = Objects.requireNonNullElse(fix, "");
    }

    public static Availability of(State state, String reason) {
        return new Availability(state, reason, List.of(), "");
    }

    public static Availability of(State state, String reason, List<String> files) {
        return new Availability(state, reason, files, "");
    }

    /** Present, read from these files. */
    public static Availability present(List<String> files) {
        return new Availability(State.PRESENT, "", files, "");
    }

    /** The reason followed by the fix in parentheses, when there is one. */
    public String explained() {
        return fix.isEmpty() ? reason : reason + " (" + fix + ")";
    }

    public boolean present() {
        return state == State.PRESENT;
    }
}
