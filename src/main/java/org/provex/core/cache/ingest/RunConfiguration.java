package org.provex.core.cache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two things a load needs from a run's configuration.json: the declared datasets with their
 * versions (to pin inputs on catalogs without {@code Dataset_Execution.Dataset_Version}) and the
 * per-run {@code workflow.version}. Lenient: unknown keys are ignored, a legacy {@code rid} key is
 * accepted, versions may be {@code {major, minor, patch}}, a string or a list.
 */
record RunConfiguration(List<DatasetSpec> datasets, ScmVersion workflowVersion) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    RunConfiguration {
        datasets = List.copyOf(datasets);
    }

    /** The version label declared for a dataset, or null when the dataset is not declared or has no version. */
    String versionOf(Rid dataset) {
        return datasets.stream().filter(d -> dataset.equals(d.rid())).map(DatasetSpec::version).findFirst()
                .orElse(null);
    }

    boolean declares(Rid dataset) {
        return datasets.stream().anyMatch(d -> dataset.equals(d.rid()));
    }

    /** @throws IllegalArgumentException when the bytes are not a configuration.json object */
    static RunConfiguration parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("configuration.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("configuration.json is not a JSON object");
        }
        List<DatasetSpec> datasets = new ArrayList<>();
        for (JsonNode d : root.path("datasets")) {
            String rid = text(d.path("rid"));
            if (rid == null) {
                rid = text(d.path("dataset_rid"));
            }
            if (rid != null && !rid.contains("@")) {
                datasets.add(new DatasetSpec(Rid.of(rid), version(d.path("version")), d.path("materialize")
                        .asBoolean(true), text(d.path("description"))));
            }
        }
        return new RunConfiguration(datasets, ScmVersion.parse(text(root.path("workflow").path("version"))));
    }

    private static String version(JsonNode v) {
        if (v.isObject()) {
            return v.path("major").asInt(0) + "." + v.path("minor").asInt(0) + "." + v.path("patch").asInt(0);
        }
        if (v.isArray() && v.size() == 3) {
            return v.get(0).asInt(0) + "." + v.get(1).asInt(0) + "." + v.get(2).asInt(0);
        }
        return text(v);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() || n.isContainer() || n.asString().isBlank()
                ? null : n.asString().trim();
    }
}
