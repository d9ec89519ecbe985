package org.provex.core.cache.query;

import java.util.List;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;

/**
 * Everything the cache knows about one execution.
 *
 * @param workflow      null when the execution names no workflow or the row is missing
 * @param code          null without a workflow; its run version is empty when no configuration.json was read
 * @param metadataFiles {@code Execution_Metadata} files linked to the run
 * @param assets        other asset rows linked to the run, with their roles
 * @param parent        the sweep parent, or null
 * @param children      nested runs, ordered by sequence (unnumbered last) then RID
 * @param produced      dataset versions this run produced or released ({@code Dataset_Version.Execution})
 */
public record ExecutionDetail(Execution execution, Workflow workflow, CodeIdentity code, List<InputDetail> inputs,
                              List<AssetUse> metadataFiles, List<AssetUse> assets, Rid parent,
                              List<ExecutionNesting> children, List<DatasetVersion> produced) {

    public ExecutionDetail {
        inputs = List.copyOf(inputs);
        metadataFiles = List.copyOf(metadataFiles);
        assets = List.copyOf(assets);
        children = List.copyOf(children);
        produced = List.copyOf(produced);
    }
}
