package org.provex.core.diff;

/**
 * One run's value of a keyed field, before comparison.
 *
 * @param compare what equality is decided on; may hold a secret and is never shown
 * @param display what people see, secrets masked unless revealed
 * @param version a version to classify changes by (PEP 440), or null when the field is not a version
 * @param folded  noise, hidden by default
 */
record Field(String label, String compare, String display, String version, boolean folded) {

    static Field text(String label, String value) {
        return new Field(label, value, value, null, false);
    }

    static Field version(String label, String value) {
        return new Field(label, value, value, value, false);
    }
}
