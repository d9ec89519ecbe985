package org.provex.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.code.CodeVerifier;
import org.provex.core.reproduce.plan.PlanJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex verify RID|--all}: does git hold the code a workflow (or a run) recorded? */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check recorded workflow checksums against git: verified, mismatch (the signature of a run "
                + "made from uncommitted code), unverifiable (with the reason) or container (an image digest).",
            "A workflow RID is checked at the commit its creating run's version names; an execution RID at its own "
                + "HEAD. The code is read from a clone mapped with 'provex repo map', else Provex clones the remote "
                + "(https or file) into its data folder."})
final class VerifyCommand extends BaseCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "RID", description = "A workflow or execution RID.")
        String rid;

        @Option(names = "--all", description = "Every workflow of the catalog.")
        boolean all;
    }

    @Option(names = "--refresh", description = "Check again even where a settled result (verified, mismatch) is "
            + "stored.")
    boolean refresh;

    /** One verified item. */
    record Item(Rid rid, String kind, Workflow workflow, CodeVerification verification) {
    }

    @Override
    int run(CliContext ctx) throws Exception {
        CodeVerifier verifier = ctx.reproduceServices().verifier();
        List<Item> items = new ArrayList<>();
        try (CacheDatabase db = ctx.openCache()) {
            if (which.all) {
                for (WorkflowSummary s : new LookupQueries(db).workflows()) {
                    Workflow w = s.workflow();
                    items.add(new Item(w.rid(), "workflow", w, verifier.verify(CodeVerifier.identityOf(w), refresh)));
                }
            } else {
                items.add(one(db, verifier, ShowCommand.parse(which.rid), ctx.catalog()));
            }
        }
        if (ctx.json()) {
            ArrayNode a = JsonViews.F.arrayNode();
            items.forEach(i -> a.add(json(i)));
            ctx.printJson(a);
            return 0;
        }
        TextTable t = new TextTable(List.of("RID", "KIND", "NAME", "VERDICT", "REASON", "COMMIT"),
                0, 9, 30, 12, 22, 12);
        for (Item i : items) {
            t.row(i.rid(), i.kind(), i.workflow().isUnknownProvenance() ? "(unknown provenance)" : i.workflow().name(),
                    i.verification().verdict().word(), i.verification().reason().word(),
                    i.verification().commit().isEmpty() ? "" : i.verification().commit().substring(0, 12));
        }
        StringBuilder out = new StringBuilder(t.render()).append('\n');
        for (Item i : items) {
            out.append(i.rid()).append(": ").append(TextTable.clean(i.verification().message())).append('\n');
            i.verification().notes().forEach(n -> out.append("  note: ").append(TextTable.clean(n)).append('\n'));
        }
        ctx.print(out.toString());
        return 0;
    }

    private Item one(CacheDatabase db, CodeVerifier verifier, Rid rid, String catalog) {
        Optional<ResolvedRid> what = new LookupQueries(db).resolve(rid);
        if (what.isEmpty()) {
            throw new CliException("No record " + rid + " in the cache of catalog '" + catalog + "'.");
        }
        if (what.get().kind() == ResolvedRid.Kind.WORKFLOW) {
            Workflow w = new LookupQueries(db).workflows().stream().map(WorkflowSummary::workflow)
                    .filter(x -> x.rid().equals(rid)).findFirst().orElseThrow();
            return new Item(rid, "workflow", w, verifier.verify(CodeVerifier.identityOf(w), refresh));
        }
        if (what.get().kind() == ResolvedRid.Kind.EXECUTION) {
            ExecutionDetail d = new ExecutionDetailQuery(db).detail(rid).orElseThrow();
            if (d.workflow() == null || d.code() == null) {
                throw new CliException("Execution " + rid + " names no workflow in the cache, so there is no code "
                        + "to verify.");
            }
            CodeIdentity code = d.code();
            return new Item(rid, "execution", d.workflow(), verifier.verify(code, refresh));
        }
        throw new CliException(rid + " is not a workflow or an execution; give one of those (see 'provex "
                + "workflows').", 2);
    }

    private static ObjectNode json(Item i) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("rid", i.rid().value());
        o.put("kind", i.kind());
        o.put("workflow", i.workflow().rid().value());
        o.put("name", i.workflow().name());
        o.put("url", i.workflow().url());
        o.put("url_kind", i.workflow().parsedUrl().kind().name().toLowerCase(java.util.Locale.ROOT));
        o.setAll(PlanJson.verification(i.verification()));
        return o;
    }
}
