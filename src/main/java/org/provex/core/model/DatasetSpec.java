package org.provex.core.model;

/**
 * A dataset declared in configuration.json. deriva-ml serialises the version as
 * {@code {"major", "minor", "patch"}} (dropping any dev suffix); strings and 3-element lists are
 * accepted too. {@code version} holds the normalised label, e.g. {@code 0.3.0}, or null if absent.
 */
public record DatasetSpec(Rid rid, String version, boolean materialize, String description) {
}
