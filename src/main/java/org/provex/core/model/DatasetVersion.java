package org.provex.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A {@code Dataset_Version} row: a PEP 440 label pinned to a catalog snapshot. Dev rows
 * ({@code 0.4.0.post1.dev3}) have no snapshot and must not be consumed by executions.
 *
 * @param execution the execution that produced or released this version (output edge), or null
 * @param snapshot  the catalog snapshot of a released version; null on dev rows
 */
public record DatasetVersion(Rid rid, Rid dataset, String version, String description, Rid execution,
                             String minid, Snaptime snapshot, Instant created, Instant modified) {

    /** PEP 440 order; labels that do not parse sort first, by text. */
    public static final Comparator<DatasetVersion> BY_VERSION = Comparator
            .comparing((DatasetVersion v) -> v.parsedVersion().orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatasetVersion::version, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Optional<Pep440Version> parsedVersion() {
        return Pep440Version.tryParse(version);
    }

    /** A dev version: a {@code .devN} label or no snapshot. */
    public boolean isDev() {
        return snapshot == null || parsedVersion().map(Pep440Version::isDevRelease).orElse(false);
    }

    public boolean isReleased() {
        return !isDev();
    }
}
