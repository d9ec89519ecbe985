package org.provex.core.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed configuration.json (deriva-ml's serialised {@code ExecutionConfiguration}).
 *
 * @param workflow      null when the file has none
 * @param configChoices Hydra group to chosen config, in file order (includes Hydra's own {@code hydra/*} groups)
 * @param unknown       top-level keys this reader does not know, kept as they were
 * @param raw           the whole document, for structural comparison
 */
public record ExecutionConfiguration(List<DatasetSpec> datasets, List<AssetSpec> assets, WorkflowSpec workflow,
                                     String description, List<String> argv, Map<String, String> configChoices,
                                     Map<String, JsonNode> unknown, JsonNode raw) {

    public ExecutionConfiguration {
        datasets = List.copyOf(datasets);
        assets = List.copyOf(assets);
        argv = List.copyOf(argv);
        configChoices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(configChoices));
        unknown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknown));
    }
}
