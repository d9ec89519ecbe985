package org.provex.cli;

import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.model.DatasetVersion;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;

/** {@code provex datasets}: datasets with their version history. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        subcommands = {DatasetsDiffCommand.class, DatasetsMembersCommand.class},
        description = "List datasets with their types, current version and version history.")
final class DatasetsCommand extends BaseCommand {

    @Override
    int run(CliContext ctx) throws Exception {
        try (CacheDatabase db = ctx.openCache()) {
            List<DatasetSummary> all = new DatasetQueries(db).datasets();
            if (ctx.json()) {
                ArrayNode a = JsonViews.F.arrayNode();
                all.forEach(d -> a.add(JsonViews.dataset(d)));
                ctx.printJson(a);
                return 0;
            }
            StringBuilder sb = new StringBuilder();
            for (DatasetSummary d : all) {
                sb.append(d.dataset().rid()).append("  ").append(TextTable.clean(d.label()));
                if (!d.dataset().types().isEmpty()) {
                    sb.append("  [").append(String.join(", ", d.dataset().types())).append(']');
                }
                if (d.dataset().deleted()) {
                    sb.append("  (deleted)");
                }
                sb.append('\n');
                if (!d.children().isEmpty()) {
                    sb.append("    nests: ").append(String.join(", ", d.children().stream().map(Object::toString)
                            .toList())).append('\n');
                }
                TextTable versions = new TextTable(List.of("    VERSION", "RID", "SNAPSHOT", "SNAPSHOT TIME (UTC)",
                        "PRODUCED BY", "NOTES"), 0, 0, 15, 19, 12, 60);
                for (DatasetVersion v : d.history()) {
                    String marker = d.current() != null && d.current().rid().equals(v.rid()) ? "  * " : "    ";
                    versions.row(marker + v.version() + (v.isDev() ? " (dev)" : ""), v.rid(),
                            v.snapshot() == null ? "-" : v.snapshot().value(),
                            v.snapshot() == null ? "" : Format.minute(v.snapshot().toInstant()),
                            JsonViews.text(v.execution()), v.description());
                }
                sb.append(versions.render()).append('\n');
            }
            ctx.print(sb.toString());
            ctx.err().println(all.size() + " datasets (* marks the current version)");
        }
        return 0;
    }
}
