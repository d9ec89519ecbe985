package org.provex.core.diff;

import java.util.Objects;

/** Whether one run has the data a section compares, and if not, why. */
public record Availability(State state, String reason) {

    public static final Availability PRESENT = new Availability(State.PRESENT, "");

    public enum State {
        PRESENT,
        /** The catalog has no such file (or row) for the run. */
        NOT_RECORDED,
        /** The catalog lists the file but its body is not in the local cache. */
        NOT_CACHED,
        /** The body is cached but cannot be read (empty, malformed, an unknown shape). */
        UNREADABLE
    }

    public Availability {
        Objects.requireNonNull(state, "state");
        reason = Objects.requireNonNullElse(reason, "");
    }

    public static Availability of(State state, String reason) {
        return new Availability(state, reason);
    }

    public boolean present() {
        return state == State.PRESENT;
    }
}
