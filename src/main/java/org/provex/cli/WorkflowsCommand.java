package org.provex.cli;

import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;

/** {@code provex workflows}: the code that ran, with how often. */
@Command(name = "workflows", mixinStandardHelpOptions = true,
        description = "List workflows (the code that ran) with their URL kind, commit, checksum and run count.")
final class WorkflowsCommand extends BaseCommand {

    @Override
    int run(CliContext ctx) throws Exception {
        try (CacheDatabase db = ctx.openCache()) {
            List<WorkflowSummary> all = new LookupQueries(db).workflows();
            if (ctx.json()) {
                ArrayNode a = JsonViews.F.arrayNode();
                all.forEach(w -> a.add(JsonViews.workflow(w)));
                ctx.printJson(a);
                return 0;
            }
            TextTable t = new TextTable(List.of("RID", "NAME", "KIND", "COMMIT / DIGEST", "CHECKSUM", "RUNS", "TYPES"),
                    0, 32, 12, 19, 12, 5, 40);
            for (WorkflowSummary s : all) {
                Workflow w = s.workflow();
                t.row(w.rid(), w.isUnknownProvenance() ? "(unknown provenance)" : w.name(), kind(w.parsedUrl()),
                        identity(w.parsedUrl()), w.checksum() == null ? "" : TextTable.fit(w.checksum(), 12),
                        s.executionCount(), String.join(", ", w.types()));
            }
            ctx.print(t.render());
            ctx.err().println(all.size() + " workflows");
        }
        return 0;
    }

    static String kind(WorkflowUrl url) {
        return switch (url.kind()) {
            case GIT_BLOB -> "git file";
            case GIT_COMMIT -> "git commit";
            case DOCKER_IMAGE -> "container";
            case REPL -> "REPL";
            case EMPTY -> "no URL";
            case UNKNOWN_PROVENANCE -> "sentinel";
            case OTHER -> "other";
        };
    }

    static String identity(WorkflowUrl url) {
        if (url instanceof WorkflowUrl.GitBlob b) {
            return b.hasCommit() ? b.commit().substring(0, Math.min(12, b.commit().length())) : "(uncommitted)";
        }
        if (url instanceof WorkflowUrl.GitCommit c) {
            return c.commit().substring(0, Math.min(12, c.commit().length()));
        }
        if (url instanceof WorkflowUrl.DockerImage d) {
            return d.digest().substring(0, Math.min(19, d.digest().length()));
        }
        return "";
    }
}
