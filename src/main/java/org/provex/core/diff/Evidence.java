package org.provex.core.diff;

import java.util.Locale;
import java.util.Objects;
import org.provex.core.model.Rid;

/**
 * One source behind a verdict answer, for one of the two runs it compares: what it is, the file (if any), and
 * whether it was compared or why not. Lets a reader (or a script) tell a "same" from every source apart from a
 * partial one.
 *
 * @param source what was read: {@code environment snapshot}, {@code Hydra config}, {@code workflow (catalog rows)}
 * @param file the file name, or empty for catalog rows
 * @param reason why it was not compared (empty when it was)
 */
public record Evidence(Rid run, String source, String file, State state, String reason) {

    public enum State {
        /** Both runs have this source and it was compared. */
        COMPARED,
        /** This run has it, the other does not, so it could not be compared. */
        ONE_SIDED,
        /** deriva-ml recorded no such file (or row) for this run. */
        NOT_RECORDED,
        /** The catalog records it but its body is not here (the reason says why and what to do). */
        NOT_DOWNLOADED,
        /** It is here but cannot be read. */
        UNREADABLE;

        /** The JSON form: {@code not_downloaded}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Evidence {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(state, "state");
        source = Objects.requireNonNullElse(source, "");
        file = Objects.requireNonNullElse(file, "");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
