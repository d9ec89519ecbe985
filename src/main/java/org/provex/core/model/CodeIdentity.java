package org.provex.core.model;

import java.util.Optional;

/**
 * What code one run executed. The {@code Workflow} row gives the file (URL with the last commit
 * that touched it) and its blob checksum; the per-run {@code workflow.version} from that run's
 * configuration.json names the repository HEAD and whether the tree was dirty. The catalog's
 * {@code Workflow.Version} belongs to whichever run created the row, so it is not used here.
 */
public record CodeIdentity(Rid workflow, WorkflowUrl url, String checksum, ScmVersion runVersion) {

    /** The commit to check out: the run's HEAD when recorded, else the URL's commit. */
    public Optional<String> headCommit() {
        return runVersion.headNode();
    }

    public Optional<String> fileCommit() {
        return url instanceof WorkflowUrl.GitBlob blob && blob.hasCommit() ? Optional.of(blob.commit())
                : Optional.empty();
    }

    public boolean dirty() {
        return runVersion.dirty();
    }

    /** The identity used to tell code apart: the image digest for containers, else the blob checksum. */
    public String identityKey() {
        return url instanceof WorkflowUrl.DockerImage d ? d.digest() : (checksum == null ? "" : checksum);
    }
}
