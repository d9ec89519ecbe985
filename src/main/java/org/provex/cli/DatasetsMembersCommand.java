package org.provex.cli;

import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.DatasetMembers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex datasets members DATASET V}: the members of one version, per member table. */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "The members of a dataset version as the catalog held them at its snapshot, per member table.")
final class DatasetsMembersCommand extends BaseCommand {

    private static final int PAGE = 1_000;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset's RID.")
    String dataset;

    @Parameters(index = "1", paramLabel = "V", description = "A version label (0.2.0) or a version RID.")
    String version;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N rows per member table.")
    Integer limit;

    @Override
    int run(CliContext ctx) throws Exception {
        try (CacheDatabase db = ctx.openCache()) {
            DatasetMembers members = new DatasetMembers(db);
            DatasetMembers.Side side = members.side(members.version(dataset, version));
            if (!side.readable()) {
                throw new CliException(side.problem(), 1);
            }
            int max = limit == null ? Integer.MAX_VALUE : Math.max(0, limit);
            ObjectNode json = JsonViews.F.objectNode().put("dataset", side.ref().datasetRid())
                    .put("dataset_label", side.ref().datasetLabel());
            json.setAll(MemberViews.side(side));
            ArrayNode tables = json.putArray("tables");
            StringBuilder text = new StringBuilder("Dataset ").append(side.ref().datasetRid()).append("  ")
                    .append(TextTable.clean(side.ref().datasetLabel())).append(" ").append(side.ref().version())
                    .append(" (snapshot ").append(side.ref().snapshot()).append(")\n");
            for (DatasetMembers.TableCounts t : members.tables(side)) {
                ObjectNode table = tables.addObject().put("association", t.association())
                        .put("member_table", t.memberTable()).put("count", t.membersTo());
                ArrayNode rows = table.putArray("members");
                text.append('\n').append(MemberViews.table(t)).append(": ").append(t.membersTo()).append(" members\n");
                String after = null;
                int listed = 0;
                while (listed < max) {
                    List<DatasetMembers.Member> page = members.members(side, t.setId(), t.memberTable(), after,
                            Math.min(PAGE, max - listed));
                    if (page.isEmpty()) {
                        break;
                    }
                    for (DatasetMembers.Member m : page) {
                        if (ctx.json()) {
                            rows.add(MemberViews.member(m));
                        } else {
                            text.append("  ").append(MemberViews.line(m)).append('\n');
                        }
                    }
                    listed += page.size();
                    after = page.get(page.size() - 1).rid();
                }
            }
            if (ctx.json()) {
                ctx.printJson(json);
            } else {
                ctx.print(text.toString());
            }
        }
        return 0;
    }
}
