package org.provex.core.reproduce.plan;

import java.util.List;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.model.AssetSpec;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Workflow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The new run's configuration.json in deriva-ml's {@code ExecutionConfiguration} shape: the original's as recorded
 * (so every field it had is kept, and nothing deriva-ml would reject is added), with the pinned dataset versions and a
 * description that names the original. Built from the catalog rows when no configuration.json was recorded.
 */
final class PinnedConfiguration {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PinnedConfiguration() {
    }

    static ObjectNode of(ExecutionAudit audit, List<PinnedInput> inputs, List<AssetSpec> assets, String description) {
        JsonNode raw = audit.configuration().map(c -> c.raw()).orElse(null);
        ObjectNode config = raw instanceof ObjectNode o ? o.deepCopy() : fromRows(audit, assets);
        ArrayNode datasets = config.get("datasets") instanceof ArrayNode a ? a : config.putArray("datasets");
        for (PinnedInput in : inputs) {
            if (in.version() == null) {
                continue;
            }
            if (in.configIndex() >= 0 && in.configIndex() < datasets.size()
                    && datasets.get(in.configIndex()) instanceof ObjectNode spec) {
                spec.set("version", versionObject(in.version()));
            } else if (in.configIndex() < 0) {
                ObjectNode spec = datasets.addObject();
                spec.put("rid", in.dataset().value());
                spec.set("version", versionObject(in.version()));
                spec.put("materialize", true);
                spec.put("description", "");
            }
        }
        config.put("description", description);
        return config;
    }

    /** deriva-ml serialises a dataset version as its release segment: {@code {"major", "minor", "patch"}}. */
    static JsonNode versionObject(String version) {
        return Pep440Version.tryParse(version).<JsonNode>map(v -> F.objectNode().put("major", v.major())
                .put("minor", v.minor()).put("patch", v.micro())).orElse(F.stringNode(version));
    }

    private static ObjectNode fromRows(ExecutionAudit audit, List<AssetSpec> assets) {
        ObjectNode c = F.objectNode();
        c.putArray("datasets");
        ArrayNode a = c.putArray("assets");
        for (AssetSpec s : assets) {
            if (s.isLocalFile()) {
                a.addObject().put("path", s.path()).put("cache", s.cache());
            } else {
                a.addObject().put("rid", s.rid().value()).put("cache", s.cache());
            }
        }
        Workflow w = audit.detail().workflow();
        if (w == null) {
            c.putNull("workflow");
        } else {
            ObjectNode wf = c.putObject("workflow");
            wf.put("name", w.name());
            ArrayNode types = wf.putArray("workflow_type");
            w.types().forEach(types::add);
            wf.put("description", w.description());
            wf.put("url", w.url());
            wf.put("version", audit.detail().code() == null ? w.version() : audit.detail().code().runVersion().text());
            wf.putNull("workflow_rid");
            wf.put("checksum", w.checksum());
            wf.put("is_notebook", w.url() != null && w.url().toLowerCase(java.util.Locale.ROOT).endsWith(".ipynb"));
            wf.putNull("git_root");
            wf.put("allow_dirty", false);
        }
        c.put("description", "");
        c.putArray("argv");
        c.putObject("config_choices");
        return c;
    }
}
