package org.provex.cli;

import java.util.Map;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionConfiguration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON of {@code provex show} (documented in the README). */
final class ShowJson {

    private ShowJson() {
    }

    static ObjectNode of(ExecutionAudit audit, boolean reveal) {
        ExecutionDetail d = audit.detail();
        Execution e = d.execution();
        ObjectNode o = JsonViews.F.objectNode();
        o.put("rid", e.rid().value());
        o.put("status", e.status());
        o.put("status_phase", JsonViews.phase(e.status()));
        o.put("status_detail", e.statusDetail());
        o.put("workflow", JsonViews.text(e.workflow()));
        o.put("description", e.description());
        o.put("created", JsonViews.time(e.created()));
        o.put("modified", JsonViews.time(e.modified()));
        o.set("durations", JsonViews.durations(e.durations()));
        o.put("unknown_provenance", e.isUnknownProvenance());
        o.set("workflow_detail", d.workflow() == null ? null : JsonViews.workflowRecord(d.workflow()));
        o.set("code", code(d.code()));
        ArrayNode inputs = o.putArray("inputs");
        d.inputs().forEach(i -> inputs.add(input(i)));
        ArrayNode files = o.putArray("metadata_files");
        audit.files().forEach(f -> files.add(JsonViews.asset(f.use()).put("cached", f.cached())));
        ArrayNode assets = o.putArray("assets");
        d.assets().forEach(a -> assets.add(JsonViews.asset(a)));
        ArrayNode produced = o.putArray("produced_dataset_versions");
        d.produced().forEach(v -> produced.add(JsonViews.datasetVersion(v)));
        o.put("parent", JsonViews.text(d.parent()));
        ArrayNode children = o.putArray("children");
        d.children().forEach(c -> children.addObject().put("rid", c.child().value())
                .put("sequence", c.sequence()));
        o.set("configuration", audit.configuration().map(ShowJson::configuration).orElse(null));
        o.set("environment", audit.environment().map(env -> environment(env, reveal)).orElse(null));
        ArrayNode findings = o.putArray("findings");
        audit.findings().forEach(f -> findings.addObject().put("severity", f.severity().name().toLowerCase())
                .put("code", f.code()).put("message", f.message()));
        return o;
    }

    private static ObjectNode code(CodeIdentity c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = JsonViews.F.objectNode();
        o.put("url_kind", c.url().kind().name().toLowerCase());
        o.put("checksum", c.checksum());
        o.put("run_version", c.runVersion().isEmpty() ? null : c.runVersion().text());
        o.put("head_commit", c.headCommit().orElse(null));
        o.put("file_commit", c.fileCommit().orElse(null));
        o.put("dirty", c.dirty());
        return o;
    }

    private static ObjectNode input(InputDetail i) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("dataset", i.input().dataset().value());
        o.put("dataset_label", i.datasetLabel());
        o.put("dataset_version", JsonViews.text(i.input().datasetVersion()));
        o.put("version", i.input().version());
        o.put("snapshot", i.input().snapshot() == null ? null : i.input().snapshot().value());
        o.put("snapshot_time", JsonViews.snapshotTime(i.input().snapshot()));
        o.put("dev", i.dev());
        o.put("pinned_from", i.input().source().name().toLowerCase());
        return o;
    }

    private static ObjectNode configuration(ExecutionConfiguration c) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("description", c.description());
        ArrayNode datasets = o.putArray("datasets");
        for (DatasetSpec s : c.datasets()) {
            datasets.addObject().put("rid", s.rid().value()).put("version", s.version())
                    .put("materialize", s.materialize());
        }
        ArrayNode assets = o.putArray("assets");
        c.assets().forEach(a -> assets.addObject().put("rid", a.rid() == null ? null : a.rid().value())
                .put("path", a.path()).put("cache", a.cache()));
        o.set("argv", JsonViews.strings(c.argv()));
        ObjectNode choices = o.putObject("config_choices");
        c.configChoices().forEach(choices::put);
        if (c.workflow() != null) {
            o.put("workflow_version", c.workflow().version());
            o.put("workflow_checksum", c.workflow().checksum());
            o.put("allow_dirty", c.workflow().allowDirty());
        }
        return o;
    }

    private static ObjectNode environment(EnvironmentSnapshot env, boolean reveal) {
        ObjectNode o = JsonViews.F.objectNode();
        if (env.isPlainText()) {
            o.put("plain_text", reveal ? env.plainText().orElse("") : env.maskedPlainText());
            o.put("secrets_masked", !reveal);
            return o;
        }
        o.putObject("python").put("version", env.python().version())
                .put("implementation", env.python().implementation())
                .put("executable", env.python().executable());
        o.putObject("platform").put("system", env.platform().system()).put("release", env.platform().release())
                .put("machine", env.platform().machine()).put("node", env.platform().node())
                .put("os", env.platform().osPrettyName());
        ObjectNode gpu = o.putObject("gpu").put("available", env.gpu().available())
                .put("cuda_version", env.gpu().cudaVersion()).put("cudnn_version", env.gpu().cudnnVersion());
        ArrayNode devices = gpu.putArray("devices");
        env.gpu().devices().forEach(dv -> devices.addObject().put("name", dv.name()).put("memory", dv.memory())
                .put("driver", dv.driver()));
        ObjectNode packages = o.putObject("packages");
        env.packages().forEach(packages::put);
        ObjectNode vars = o.putObject("environment_variables");
        Map<String, String> shown = reveal ? env.environment() : env.maskedEnvironment();
        shown.forEach(vars::put);
        o.put("secrets_masked", !reveal);
        o.put("masked_count", ShowText.maskedCount(env));
        return o;
    }
}
