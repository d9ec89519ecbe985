package org.provex.core.reproduce.plan;

import java.util.List;
import java.util.Locale;
import org.provex.core.reproduce.Check;

/**
 * How ready a run is to be reproduced exactly, before anyone tries: one check per gap deriva-ml's own documentation
 * names. A failed check means an exact reproduction is not possible for that reason (a launch may still be possible);
 * unknown checks (offline, not verified yet) do not lower the level.
 */
public record Readiness(Level level, List<Check> checks) {

    public enum Level {
        READY, WARNINGS, NOT_READY;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Readiness {
        checks = List.copyOf(checks);
    }

    public static Readiness of(List<Check> checks) {
        boolean fail = checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL);
        boolean warn = checks.stream().anyMatch(c -> c.status() == Check.Status.WARN);
        return new Readiness(fail ? Level.NOT_READY : warn ? Level.WARNINGS : Level.READY, checks);
    }

    public long count(Check.Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** A few words for a table cell, e.g. "Ready", "2 warnings", "Not exact: 1 problem". */
    public String summary() {
        long fails = count(Check.Status.FAIL);
        long warns = count(Check.Status.WARN);
        return switch (level) {
            case READY -> count(Check.Status.UNKNOWN) > 0 ? "Ready (" + count(Check.Status.UNKNOWN) + " unchecked)"
                    : "Ready";
            case WARNINGS -> warns + (warns == 1 ? " warning" : " warnings");
            case NOT_READY -> "Not exact: " + fails + (fails == 1 ? " problem" : " problems");
        };
    }
}
