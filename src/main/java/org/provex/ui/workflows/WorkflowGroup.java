package org.provex.ui.workflows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Workflows that share a name: versions of the same code, oldest first. More than one distinct checksum
 * means the code drifted between runs.
 */
public record WorkflowGroup(String name, List<WorkflowVersion> versions) {

    public WorkflowGroup {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a workflow group needs a version");
        }
    }

    public boolean single() {
        return versions.size() == 1;
    }

    public boolean sentinel() {
        return versions.stream().allMatch(WorkflowVersion::sentinel);
    }

    public long totalRuns() {
        return versions.stream().mapToLong(WorkflowVersion::runs).sum();
    }

    public WorkflowVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public long checksumCount() {
        return versions.stream().map(v -> v.workflow().checksum()).filter(Objects::nonNull).distinct().count();
    }

    public long commitCount() {
        return versions.stream().map(v -> v.code().identity()).filter(s -> !s.isEmpty()).distinct().count();
    }

    /** Several checksums under one name: the code changed between runs. */
    public boolean drifted() {
        return checksumCount() > 1;
    }

    /** Every type any version has, in first-seen order. */
    public List<String> types() {
        Set<String> all = new LinkedHashSet<>();
        versions.forEach(v -> all.addAll(v.workflow().types()));
        return List.copyOf(all);
    }

    /** The kinds of URL its versions have, e.g. "Git file" (one entry when they agree). */
    public List<String> kinds() {
        return versions.stream().map(v -> v.code().kindLabel()).distinct().toList();
    }

    /**
     * An earlier version at the same commit with a different checksum: the file that ran later differed from
     * the one that ran first at that commit (uncommitted changes, usually).
     */
    public java.util.Optional<WorkflowVersion> sameCommitOtherChecksum(WorkflowVersion version) {
        String commit = version.code().identity();
        return versions.stream().filter(o -> o.number() < version.number() && !commit.isEmpty()
                && commit.equals(o.code().identity())
                && !Objects.equals(o.workflow().checksum(), version.workflow().checksum())).findFirst();
    }

    public boolean contains(org.provex.core.model.Rid workflow) {
        return versions.stream().anyMatch(v -> v.rid().equals(workflow));
    }
}
