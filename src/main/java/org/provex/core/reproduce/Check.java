package org.provex.core.reproduce;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a checklist: a readiness check of a run, a preflight check of a launch, or a check a launch target
 * makes. Every line that did not pass says what it means for the reproduction and, where there is one, how to fix it.
 *
 * @param id          stable snake_case identifier, e.g. {@code inputs_released}
 * @param message     what was found, one sentence
 * @param consequence what it means for the reproduction ("" when the check passed)
 * @param fix         what the person can do about it ("" when nothing can be done or nothing needs doing)
 */
public record Check(String id, Status status, String message, String consequence, String fix) {

    /** Outcomes, best first; {@link #UNKNOWN} means the check could not be made (offline, not yet verified). */
    public enum Status {
        PASS, UNKNOWN, WARN, FAIL;

        public String word() {
            return this == WARN ? "warning" : name().toLowerCase(Locale.ROOT);
        }
    }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        consequence = consequence == null ? "" : consequence;
        fix = fix == null ? "" : fix;
    }

    public static Check pass(String id, String message) {
        return new Check(id, Status.PASS, message, "", "");
    }

    public static Check unknown(String id, String message, String consequence) {
        return new Check(id, Status.UNKNOWN, message, consequence, "");
    }

    public static Check warn(String id, String message, String consequence, String fix) {
        return new Check(id, Status.WARN, message, consequence, fix);
    }

    public static Check fail(String id, String message, String consequence, String fix) {
        return new Check(id, Status.FAIL, message, consequence, fix);
    }

    public boolean failed() {
        return status == Status.FAIL;
    }

    /** The worst status of a list (PASS for an empty one). */
    public static Status worst(List<Check> checks) {
        Status worst = Status.PASS;
        for (Check c : checks) {
            if (c.status.ordinal() > worst.ordinal()) {
                worst = c.status;
            }
        }
        return worst;
    }
}
