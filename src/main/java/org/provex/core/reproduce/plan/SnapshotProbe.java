package org.provex.core.reproduce.plan;

import org.provex.core.model.Snaptime;

/** Asks a catalog whether data as of a snapshot can still be read (a 409 means it is older than the history kept). */
@FunctionalInterface
public interface SnapshotProbe {

    /** The answer about one snapshot. */
    record Answer(State state, String detail) {
    }

    enum State { READABLE, EXPIRED, NOT_CHECKED }

    Answer probe(Snaptime snapshot);

    /** For catalogs that cannot be asked: every answer is "not checked", with the reason. */
    static SnapshotProbe notChecked(String reason) {
        return s -> new Answer(State.NOT_CHECKED, reason);
    }
}
