package org.provex.core.model;

import java.util.List;

/**
 * The {@code workflow} object of configuration.json as that run saw it.
 *
 * @param workflowRid usually null (legacy files call it {@code rid}); use {@code Execution.Workflow}
 * @param version     the per-run setuptools-scm version: names HEAD and the dirty flag
 * @param gitRoot     an absolute path on the machine that ran; informational only
 */
public record WorkflowSpec(String name, List<String> workflowTypes, String description, String url,
                           String version, String workflowRid, String checksum, boolean notebook, String gitRoot,
                           boolean allowDirty) {

    public WorkflowSpec {
        workflowTypes = workflowTypes == null ? List.of() : List.copyOf(workflowTypes);
    }

    public ScmVersion scmVersion() {
        return ScmVersion.parse(version);
    }
}
