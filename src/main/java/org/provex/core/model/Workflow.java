package org.provex.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A {@code Workflow} row: the code that ran. Nullable text fields are null when the catalog has none.
 *
 * @param checksum the git blob hash of the file (notebooks after output stripping), or an image digest
 * @param version  the version recorded by the first run that created the row; see {@link CodeIdentity}
 * @param types    {@code Workflow_Type} terms, from the association table or the legacy column
 */
public record Workflow(Rid rid, String name, String description, String url, String checksum, String version,
                       List<String> types, Instant created, Instant modified) {

    public static final String UNKNOWN_PROVENANCE_CHECKSUM = "0".repeat(40);

    public Workflow {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public WorkflowUrl parsedUrl() {
        return WorkflowUrl.parse(url);
    }

    /** The sentinel row deriva-ml seeds for artifacts with no known producer. */
    public boolean isUnknownProvenance() {
        return WorkflowUrl.UNKNOWN_PROVENANCE_TAG.equals(url);
    }
}
