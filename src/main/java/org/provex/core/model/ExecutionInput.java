package org.provex.core.model;

/**
 * A dataset an execution consumed, pinned to a version where that is known.
 *
 * @param datasetVersion the {@code Dataset_Version} row, or null when it could not be resolved
 * @param version        the version label
 * @param snapshot       the version's snapshot (null for dev versions or when unknown)
 * @param source         where the pin came from: the catalog's {@code Dataset_Execution.Dataset_Version}
 *                       column, or configuration.json on catalogs older than that column
 */
public record ExecutionInput(Rid execution, Rid dataset, Rid datasetVersion, String version, Snaptime snapshot,
                             Source source) {

    public enum Source { CATALOG, CONFIGURATION, UNPINNED }
}
