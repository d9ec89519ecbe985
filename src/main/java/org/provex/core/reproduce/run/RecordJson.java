package org.provex.core.reproduce.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.provex.core.reproduce.launch.BatchJob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of a reproduction record: the file under {@code reproductions/} and the CLI's output. */
public final class RecordJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static ObjectNode of(ReproductionRecord r) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id());
        o.put("catalog", r.catalog());
        o.put("original", r.original());
        o.put("original_workflow", r.originalWorkflow());
        o.put("mode", r.mode());
        o.put("label", r.label());
        o.put("target", r.target());
        o.put("dry_run", r.dryRun());
        o.put("workspace", r.workspace());
        o.put("checkout", r.checkout());
        o.put("commit", r.commit());
        ArrayNode command = o.putArray("command");
        r.command().forEach(command::add);
        o.put("working_directory", r.workingDirectory());
        o.put("log_file", r.logFile());
        o.put("planned", time(r.planned()));
        o.put("started", time(r.started()));
        o.put("finished", time(r.finished()));
        if (r.pid() == null) {
            o.putNull("pid");
        } else {
            o.put("pid", r.pid());
        }
        if (r.exitCode() == null) {
            o.putNull("exit_code");
        } else {
            o.put("exit_code", r.exitCode());
        }
        o.put("state", r.state().word());
        o.put("state_detail", r.stateDetail());
        o.put("verification", r.verification());
        ArrayNode confirmed = o.putArray("confirmed");
        r.confirmed().forEach(confirmed::add);
        o.set("link", link(r.link()));
        o.set("job", job(r.job()));
        return o;
    }

    private static ObjectNode job(BatchJob j) {
        if (j == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("scheduler", j.scheduler());
        o.put("id", j.id());
        o.put("host", j.host());
        o.put("workspace", j.workspace());
        o.put("log_file", j.logFile());
        o.put("state", j.state());
        o.put("state_detail", j.stateDetail());
        o.put("finished", j.finished());
        if (j.exitCode() == null) {
            o.putNull("exit_code");
        } else {
            o.put("exit_code", j.exitCode());
        }
        o.put("updated", time(j.updated()));
        return o;
    }

    private static BatchJob readJob(JsonNode j) {
        if (!j.isObject() || text(j, "id") == null) {
            return null;
        }
        JsonNode exit = j.path("exit_code");
        return new BatchJob(text(j, "scheduler"), text(j, "id"), text(j, "host"), text(j, "workspace"),
                text(j, "log_file"), text(j, "state"), text(j, "state_detail"), j.path("finished").asBoolean(false),
                exit.isIntegralNumber() ? exit.asInt() : null, instant(j, "updated"));
    }

    private static ObjectNode link(ReproductionRecord.Link l) {
        if (l == null) {
            return null;
        }
        ObjectNode o = F.objectNode();
        o.put("execution", l.execution());
        o.put("linked_at", time(l.linkedAt()));
        o.put("note", l.note());
        ReproductionRecord.Comparison c = l.comparison();
        if (c == null) {
            o.putNull("comparison");
        } else {
            ObjectNode cmp = o.putObject("comparison");
            cmp.put("line", c.line());
            cmp.put("inputs", c.inputs());
            cmp.put("code", c.code());
            cmp.put("configuration", c.configuration());
            cmp.put("environment", c.environment());
            ArrayNode reasons = cmp.putArray("reasons");
            c.reasons().forEach(reasons::add);
        }
        return o;
    }

    /** Reads a record back; throws IllegalArgumentException for a file that is not one. */
    public static ReproductionRecord read(JsonNode o) {
        if (o == null || !o.isObject() || text(o, "id") == null) {
            throw new IllegalArgumentException("not a reproduction record");
        }
        JsonNode pid = o.path("pid");
        JsonNode exit = o.path("exit_code");
        return new ReproductionRecord(text(o, "id"), text(o, "catalog"), text(o, "original"),
                text(o, "original_workflow"), text(o, "mode"), text(o, "label"), text(o, "target"),
                o.path("dry_run").asBoolean(false), text(o, "workspace"), text(o, "checkout"), text(o, "commit"),
                strings(o.path("command")), text(o, "working_directory"), text(o, "log_file"),
                instant(o, "planned"), instant(o, "started"), instant(o, "finished"),
                pid.isIntegralNumber() ? pid.asLong() : null, exit.isIntegralNumber() ? exit.asInt() : null,
                ReproductionRecord.State.valueOf(text(o, "state").toUpperCase(java.util.Locale.ROOT)),
                text(o, "state_detail"), text(o, "verification"), strings(o.path("confirmed")),
                readLink(o.path("link")), readJob(o.path("job")));
    }

    private static ReproductionRecord.Link readLink(JsonNode l) {
        if (!l.isObject()) {
            return null;
        }
        JsonNode c = l.path("comparison");
        ReproductionRecord.Comparison comparison = c.isObject() ? new ReproductionRecord.Comparison(text(c, "line"),
                text(c, "inputs"), text(c, "code"), text(c, "configuration"), text(c, "environment"),
                strings(c.path("reasons"))) : null;
        return new ReproductionRecord.Link(text(l, "execution"), instant(l, "linked_at"), text(l, "note"),
                comparison);
    }

    private static String text(JsonNode o, String key) {
        return o.path(key).stringValue(null);
    }

    private static Instant instant(JsonNode o, String key) {
        String t = text(o, key);
        return t == null ? null : Instant.parse(t);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.stringValue("")));
        return out;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
