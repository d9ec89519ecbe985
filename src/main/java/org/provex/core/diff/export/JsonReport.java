package org.provex.core.diff.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.provex.core.diff.Cell;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.Evidence;
import org.provex.core.diff.Row;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.Section;
import org.provex.core.diff.SectionNote;
import org.provex.core.diff.VersionLevel;
import org.provex.core.diff.Verdict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A comparison as JSON (snake_case keys, ISO-8601 UTC times), the shape documented in the README. */
public final class JsonReport {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonReport() {
    }

    public static ObjectNode of(Comparison c, RowFilter filter, Citations citations) {
        ObjectNode o = F.objectNode();
        o.put("baseline", c.baseline().rid().value());
        o.put("secrets_masked", !c.secretsRevealed());
        o.put("all_rows", filter.allRows());
        o.put("show_folded", filter.showFolded());
        o.put("differing_rows", c.differingRows());
        ArrayNode runs = o.putArray("runs");
        for (RunRef r : c.runs()) {
            runs.add(run(c, r, citations.cite(r.rid())));
        }
        ObjectNode verdict = o.putObject("verdict");
        verdict.put("headline", c.verdict().headline());
        ArrayNode perRun = verdict.putArray("runs");
        for (Verdict.RunVerdict v : c.verdict().runs()) {
            ObjectNode rv = perRun.addObject();
            rv.put("rid", v.run().value());
            rv.put("line", v.line());
            rv.set("inputs", aspect(v.inputs()));
            rv.set("code", aspect(v.code()));
            rv.set("configuration", aspect(v.configuration()));
            rv.set("environment", aspect(v.environment()));
        }
        ArrayNode sections = o.putArray("sections");
        for (Section s : c.sections()) {
            sections.add(section(c, s, filter));
        }
        return o;
    }

    private static ObjectNode run(Comparison c, RunRef r, Citations.Citation cite) {
        ObjectNode o = F.objectNode();
        o.put("rid", r.rid().value());
        o.put("baseline", r.equals(c.baseline()));
        o.put("status", r.status());
        o.put("created", r.created() == null ? null : DateTimeFormatter.ISO_INSTANT.format(r.created()));
        o.put("workflow", r.workflow() == null ? null : r.workflow().value());
        o.put("workflow_name", r.workflowName());
        o.put("run_version", r.runVersion());
        o.put("description", r.description());
        ObjectNode citation = o.putObject("citation");
        citation.put("text", cite.text());
        citation.put("url", cite.url().orElse(null));
        citation.put("note", cite.note().isEmpty() ? null : cite.note());
        return o;
    }

    private static ObjectNode aspect(Verdict.Aspect a) {
        ObjectNode o = F.objectNode();
        o.put("answer", a.answer().key());
        ArrayNode reasons = o.putArray("reasons");
        a.reasons().forEach(reasons::add);
        ArrayNode evidence = o.putArray("evidence");
        for (Evidence e : a.evidence()) {
            evidence.addObject().put("rid", e.run().value()).put("source", e.source())
                    .put("file", e.file().isEmpty() ? null : e.file()).put("state", e.state().key())
                    .put("reason", e.reason().isEmpty() ? null : e.reason());
        }
        return o;
    }

    private static ObjectNode section(Comparison c, Section s, RowFilter filter) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id().key());
        o.put("title", s.title());
        o.put("differing_rows", s.differingRows());
        o.put("folded_rows", s.foldedRows(filter));
        ArrayNode notes = o.putArray("notes");
        for (SectionNote n : s.notes()) {
            ObjectNode note = notes.addObject();
            note.put("rid", n.run().value());
            note.put("state", n.state().name().toLowerCase(java.util.Locale.ROOT));
            note.put("baseline", n.baseline());
            note.put("message", n.message());
        }
        ArrayNode rows = o.putArray("rows");
        List<Row> shown = s.rows(filter);
        for (Row r : shown) {
            ObjectNode row = rows.addObject();
            row.put("key", r.key());
            row.put("label", r.label());
            row.put("differs", r.differs());
            row.put("folded", r.folded());
            ArrayNode cells = row.putArray("cells");
            for (int i = 0; i < r.cells().size(); i++) {
                Cell cell = r.cell(i);
                ObjectNode co = cells.addObject();
                co.put("rid", c.runs().get(i).rid().value());
                co.put("value", cell.value());
                co.put("state", cell.state().name().toLowerCase(java.util.Locale.ROOT));
                co.put("level", cell.level() == VersionLevel.NONE ? null
                        : cell.level().name().toLowerCase(java.util.Locale.ROOT));
                co.put("how", cell.how());
            }
        }
        return o;
    }
}
