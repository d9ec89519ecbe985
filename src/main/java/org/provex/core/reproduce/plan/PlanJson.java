package org.provex.core.reproduce.plan;

import java.time.Instant;
import java.util.List;
import org.provex.core.diff.FieldChange;
import org.provex.core.model.AssetSpec;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.code.CodeVerification;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of plans, checks and verifications: written to the workspace as plan.json and printed by
 * {@code provex reproduce --dry-run --format json}. Keys are snake_case, times ISO-8601 UTC, absent values null.
 */
public final class PlanJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PlanJson() {
    }

    public static ObjectNode of(ReproductionPlan p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("planned_at", time(p.plannedAt()));
        o.put("mode", p.mode().word());
        o.put("label", p.label());
        o.put("is_reproduction", p.mode() == ReproductionMode.REPRODUCTION);
        ObjectNode catalog = o.putObject("catalog");
        catalog.put("name", p.catalog().name());
        catalog.put("host", p.catalog().host());
        catalog.put("catalog_id", p.catalog().catalogId());
        ObjectNode orig = o.putObject("original");
        orig.put("rid", p.original().rid().value());
        orig.put("description", p.original().description());
        orig.put("status", p.original().status());
        orig.put("workflow", p.original().workflow() == null ? null : p.original().workflow().value());
        orig.put("workflow_name", p.original().workflowName());
        orig.put("created", time(p.original().created()));
        orig.put("run_version", p.original().runVersion());
        o.set("readiness", readiness(p.readiness()));
        o.set("verification", p.verification() == null ? null : verification(p.verification()));
        o.set("checkout", checkout(p));
        o.set("inputs", inputs(p.inputs()));
        o.set("assets", assets(p.assets()));
        o.set("overrides", overrides(p.recorded()));
        o.set("configuration", p.configuration());
        o.set("environment", environment(p.environment()));
        o.set("preflight", checks(p.preflight()));
        ObjectNode command = o.putObject("command");
        command.put("target", p.target());
        command.put("dry_run", p.dryRun());
        if (p.command() == null) {
            command.putNull("argv");
            command.putNull("working_directory");
            command.putNull("display");
        } else {
            ArrayNode argv = command.putArray("argv");
            p.command().argv().forEach(argv::add);
            command.put("working_directory", p.command().workingDirectory().toString());
            command.put("display", p.command().display());
        }
        ObjectNode ws = o.putObject("workspace");
        ws.put("root", p.workspace().root().toString());
        ws.put("checkout", p.checkout() == null ? null : p.workspace().checkout().toString());
        ws.put("configuration", p.workspace().configuration().toString());
        ws.put("plan", p.workspace().plan().toString());
        ws.put("log", p.workspace().log().toString());
        ArrayNode confirmations = o.putArray("confirmations");
        p.confirmations().forEach(c -> confirmations.addObject().put("id", c.id()).put("question", c.question()));
        o.set("blockers", strings(p.blockers()));
        o.set("notes", strings(p.notes()));
        o.put("launchable", p.launchable());
        return o;
    }

    public static ObjectNode verification(CodeVerification v) {
        ObjectNode o = F.objectNode();
        o.put("verdict", v.verdict().word());
        o.put("reason", v.reason().word());
        o.put("message", v.message());
        o.put("repository", blankToNull(v.repository()));
        o.put("commit", blankToNull(v.commit()));
        o.put("commit_source", v.commitSource() == null ? null : v.commitSource().word());
        o.put("path", blankToNull(v.path()));
        o.put("expected", blankToNull(v.expected()));
        o.put("actual", blankToNull(v.actual()));
        o.set("notes", strings(v.notes()));
        o.put("checked_at", time(v.checkedAt()));
        return o;
    }

    public static ObjectNode readiness(Readiness r) {
        ObjectNode o = F.objectNode();
        o.put("level", r.level().word());
        o.put("summary", r.summary());
        o.set("checks", checks(r.checks()));
        return o;
    }

    public static ArrayNode checks(List<Check> checks) {
        ArrayNode a = F.arrayNode();
        for (Check c : checks) {
            ObjectNode o = a.addObject();
            o.put("id", c.id());
            o.put("status", c.status().word());
            o.put("message", c.message());
            o.put("consequence", blankToNull(c.consequence()));
            o.put("fix", blankToNull(c.fix()));
        }
        return a;
    }

    private static ObjectNode checkout(ReproductionPlan p) {
        if (p.checkout() == null) {
            return null;
        }
        ReproductionPlan.Checkout c = p.checkout();
        ObjectNode o = F.objectNode();
        o.put("directory", p.workspace().checkout().toString());
        o.put("repository", c.repository());
        o.put("remote", c.remote());
        o.put("commit", c.commit());
        o.put("commit_source", c.source() == null ? null : c.source().word());
        o.put("url_commit", blankToNull(c.urlCommit()));
        o.put("path", c.path());
        o.put("branch", c.branch());
        return o;
    }

    private static ArrayNode inputs(List<PinnedInput> inputs) {
        ArrayNode a = F.arrayNode();
        for (PinnedInput in : inputs) {
            ObjectNode o = a.addObject();
            o.put("dataset", in.dataset().value());
            o.put("dataset_label", in.label());
            o.put("recorded_version", in.recordedVersion());
            o.put("version", in.version());
            o.put("version_rid", in.versionRid() == null ? null : in.versionRid().value());
            o.put("snapshot", in.snapshot() == null ? null : in.snapshot().value());
            o.put("resolution", in.resolution().word());
            o.put("note", blankToNull(in.note()));
        }
        return a;
    }

    private static ArrayNode assets(List<AssetSpec> assets) {
        ArrayNode a = F.arrayNode();
        for (AssetSpec s : assets) {
            ObjectNode o = a.addObject();
            o.put("rid", s.rid() == null ? null : s.rid().value());
            o.put("path", s.path());
            o.put("cache", s.cache());
        }
        return a;
    }

    private static ObjectNode overrides(RecordedCommand r) {
        ObjectNode o = F.objectNode();
        o.put("source", r.source().word());
        o.put("entry_point", r.entryPoint());
        o.put("multirun", r.multirun());
        o.set("values", strings(r.values()));
        o.set("dropped", strings(r.dropped()));
        o.set("cross_check", strings(r.crossCheck()));
        o.put("refused", blankToNull(r.refused()));
        return o;
    }

    private static ObjectNode environment(EnvironmentComparison e) {
        if (e == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        ObjectNode lock = o.putObject("uv_lock");
        lock.put("state", e.uvLock().word());
        lock.put("message", e.lockMessage());
        ArrayNode changes = lock.putArray("changes");
        for (FieldChange c : e.lockChanges()) {
            changes.addObject().put("package", c.label()).put("recorded", c.left()).put("checkout", c.right())
                    .put("how", c.how());
        }
        ArrayNode facts = o.putArray("facts");
        e.facts().forEach(f -> facts.addObject().put("name", f.name()).put("recorded", f.recorded())
                .put("here", f.here()).put("differs", f.differs()));
        o.set("differences", strings(e.differences()));
        return o;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
