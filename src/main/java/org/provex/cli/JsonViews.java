package org.provex.cli;

import java.time.Instant;
import java.util.List;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.core.model.RunDuration;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The documented JSON shapes of the CLI (README, "JSON output"): snake_case keys, ISO-8601 UTC times. */
final class JsonViews {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonViews() {
    }

    static ObjectNode execution(ExecutionRow r) {
        ObjectNode o = F.objectNode();
        o.put("rid", r.rid().value());
        o.put("status", r.status());
        o.put("status_phase", phase(r.status()));
        o.put("workflow", text(r.workflow()));
        o.put("workflow_name", r.workflowName());
        o.put("description", r.description());
        o.put("created", time(r.created()));
        o.set("durations", durations(r.durations()));
        o.put("input_count", r.inputCount());
        o.put("inputs_summary", r.inputSummary());
        o.put("parent", text(r.parent()));
        o.put("unknown_provenance", r.unknownProvenance());
        return o;
    }

    static String phase(String status) {
        return ExecutionStatus.phaseOf(status).name().toLowerCase(java.util.Locale.ROOT);
    }

    static ObjectNode durations(ExecutionDurations d) {
        ObjectNode o = F.objectNode();
        o.set("execution", duration(d.execution()));
        o.set("download", duration(d.download()));
        o.set("upload", duration(d.upload()));
        o.set("legacy", duration(d.legacy()));
        return o;
    }

    private static ObjectNode duration(RunDuration d) {
        if (d == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("text", d.text());
        if (d.duration().isPresent()) {
            o.put("seconds", d.seconds());
        } else {
            o.putNull("seconds");
        }
        return o;
    }

    static ObjectNode workflow(WorkflowSummary s) {
        ObjectNode o = workflowRecord(s.workflow());
        o.put("execution_count", s.executionCount());
        return o;
    }

    static ObjectNode workflowRecord(Workflow w) {
        ObjectNode o = F.objectNode();
        o.put("rid", w.rid().value());
        o.put("name", w.name());
        o.put("description", w.description());
        o.set("types", strings(w.types()));
        o.put("url", w.url());
        WorkflowUrl url = w.parsedUrl();
        o.put("url_kind", url.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (url instanceof WorkflowUrl.GitBlob b) {
            o.put("repository", b.remote());
            o.put("commit", b.commit());
            o.put("path", b.path());
        } else if (url instanceof WorkflowUrl.DockerImage d) {
            o.put("image", d.image());
            o.put("digest", d.digest());
        } else if (url instanceof WorkflowUrl.GitCommit c) {
            o.put("repository", c.repository());
            o.put("commit", c.commit());
        }
        o.put("checksum", w.checksum());
        o.put("version", w.version());
        o.put("created", time(w.created()));
        o.put("unknown_provenance", w.isUnknownProvenance());
        return o;
    }

    static ObjectNode dataset(DatasetSummary s) {
        ObjectNode o = F.objectNode();
        o.put("rid", s.dataset().rid().value());
        o.put("label", s.label());
        o.put("description", s.dataset().description());
        o.set("types", strings(s.dataset().types()));
        o.put("deleted", s.dataset().deleted());
        o.put("current_version", s.current() == null ? null : s.current().version());
        o.put("current_version_rid", s.current() == null ? null : s.current().rid().value());
        ArrayNode versions = o.putArray("versions");
        s.history().forEach(v -> versions.add(datasetVersion(v)));
        ArrayNode children = o.putArray("children");
        s.children().forEach(c -> children.add(c.value()));
        o.put("created", time(s.dataset().created()));
        return o;
    }

    static ObjectNode datasetVersion(DatasetVersion v) {
        ObjectNode o = F.objectNode();
        o.put("rid", v.rid().value());
        o.put("dataset", text(v.dataset()));
        o.put("version", v.version());
        o.put("dev", v.isDev());
        o.put("snapshot", v.snapshot() == null ? null : v.snapshot().value());
        o.put("snapshot_time", v.snapshot() == null ? null : time(v.snapshot().toInstant()));
        o.put("description", v.description());
        o.put("execution", text(v.execution()));
        o.put("minid", v.minid());
        o.put("created", time(v.created()));
        return o;
    }

    static ObjectNode asset(AssetUse u) {
        ObjectNode o = F.objectNode();
        o.put("rid", u.asset().rid().value());
        o.put("table", u.asset().table());
        o.put("filename", u.asset().filename());
        o.set("types", strings(u.asset().types()));
        o.put("role", u.role().term().isEmpty() ? null : u.role().term());
        o.put("length", u.asset().length());
        o.put("md5", u.asset().md5());
        o.put("url", u.asset().url());
        return o;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    static String text(Rid rid) {
        return rid == null ? null : rid.value();
    }

    static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    static String snapshotTime(Snaptime s) {
        return s == null ? null : time(s.toInstant());
    }
}
