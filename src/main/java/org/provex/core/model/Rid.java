package org.provex.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An ERMrest record id. Values are normalised in spelling only (upper case, look-alike letters, a hyphen
 * every four symbols), so {@code 1abc4}, {@code 1-abc4} and {@code 1ABC4} all become {@code 1-ABC4}; the
 * value's bits are kept, so an imported RID with an odd last symbol is not changed.
 * Owners may import arbitrary RIDs, so a value that is not base-32 is kept as given (trimmed).
 */
public record Rid(String value) implements Comparable<Rid> {

    public Rid {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a RID cannot be empty");
        }
    }

    /** Parses and normalises; a snapshot qualifier ({@code 1-ABC4@2PX-WS30-E58W}) is rejected here. */
    public static Rid of(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        if (t.indexOf('@') >= 0) {
            throw new IllegalArgumentException("a RID with a snapshot qualifier; use QualifiedRid: " + t);
        }
        return new Rid(normalise(t));
    }

    /** Returns the RID, or empty for null or blank text (catalog columns are often null). */
    public static Optional<Rid> ofNullable(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(of(text));
    }

    /** Normalised text of a RID-like string; non base-32 text comes back unchanged. */
    public static String normalise(String text) {
        String t = text.trim();
        if (Crockford32.isCanonical(t)) {
            return t;
        }
        if (!Crockford32.isWellFormed(t)) {
            return t;
        }
        return Crockford32.normalise(t);
    }

    /** True if the text looks like something a person typed as a RID (1 to 13 base-32 symbols). */
    public static boolean looksLikeRid(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return !t.isEmpty() && t.length() <= 16 && t.chars().anyMatch(Character::isDigit)
                && Crockford32.isWellFormed(t);
    }

    @Override
    public int compareTo(Rid other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
