package org.provex.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven {@code Execution_Status} terms of deriva-ml 1.54, plus the way older catalogs' free
 * status strings map onto them for colour and filtering. The catalog's own term is always kept and
 * displayed; this enum only classifies it.
 */
public enum ExecutionStatus {
    CREATED("Created", Phase.ACTIVE),
    RUNNING("Running", Phase.ACTIVE),
    STOPPED("Stopped", Phase.DONE),
    FAILED("Failed", Phase.FAILED),
    PENDING_UPLOAD("Pending_Upload", Phase.ACTIVE),
    UPLOADED("Uploaded", Phase.SUCCEEDED),
    ABORTED("Aborted", Phase.FAILED);

    /** Coarse outcome used for colour and summaries. */
    public enum Phase { ACTIVE, DONE, SUCCEEDED, FAILED, UNKNOWN }

    private final String term;
    private final Phase phase;

    ExecutionStatus(String term, Phase phase) {
        this.term = term;
        this.phase = phase;
    }

    /** The catalog vocabulary term, e.g. {@code Pending_Upload}. */
    public String term() {
        return term;
    }

    public Phase phase() {
        return phase;
    }

    /** The current term, if the text is exactly one of the seven (deriva-ml rejects other casings). */
    public static Optional<ExecutionStatus> fromTerm(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ExecutionStatus s : values()) {
            if (s.term.equals(text)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Phase of any status text, including legacy strings ({@code Initializing}, {@code Pending},
     * {@code Completed}) written by older deriva-ml versions.
     */
    public static Phase phaseOf(String text) {
        Optional<ExecutionStatus> known = fromTerm(text);
        if (known.isPresent()) {
            return known.get().phase;
        }
        if (text == null || text.isBlank()) {
            return Phase.UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "initializing", "pending", "created", "running", "pending_upload" -> Phase.ACTIVE;
            case "completed", "complete", "success", "succeeded", "uploaded" -> Phase.SUCCEEDED;
            case "failed", "failure", "error", "aborted" -> Phase.FAILED;
            case "stopped" -> Phase.DONE;
            default -> Phase.UNKNOWN;
        };
    }

    /** Text for people: the term with underscores as spaces; null becomes "Unknown". */
    public static String displayName(String text) {
        return text == null || text.isBlank() ? "Unknown" : text.replace('_', ' ');
    }
}
