package org.provex.cli;

import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.DatasetMembers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex datasets diff DATASET V1 V2}: members added and removed between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Members added and removed between two versions of a dataset, per member table: counts first, "
                + "then the rows (RID and display columns), as the catalog held them at each version's snapshot.")
final class DatasetsDiffCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset's RID.")
    String dataset;

    @Parameters(index = "1", paramLabel = "V1", description = "A version label (0.2.0) or a version RID.")
    String from;

    @Parameters(index = "2", paramLabel = "V2", description = "A version label or a version RID.")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N added and N removed rows per table "
            + "(counts are always complete).")
    Integer limit;

    @Override
    int run(CliContext ctx) throws Exception {
        try (CacheDatabase db = ctx.openCache()) {
            DatasetMembers members = new DatasetMembers(db);
            DatasetMembers.VersionRef a = members.version(dataset, from);
            DatasetMembers.VersionRef b = members.version(dataset, to);
            DatasetMembers.Diff diff = members.diff(a, b);
            int max = limit == null ? Integer.MAX_VALUE : Math.max(0, limit);
            if (ctx.json()) {
                ctx.printJson(json(members, diff, max));
            } else if (diff.readable()) {
                ctx.print(text(members, diff, max));
            }
            if (!diff.readable()) {
                DatasetMembers.Side bad = diff.from().readable() ? diff.to() : diff.from();
                throw new CliException("Cannot compare " + a.datasetRid() + " " + a.version() + " and "
                        + b.version() + ": " + (bad == diff.from() ? "the first" : "the second") + " version ("
                        + bad.ref().version() + ") could not be read. " + bad.problem(), 1);
            }
        }
        return 0;
    }

    private static ObjectNode json(DatasetMembers members, DatasetMembers.Diff diff, int max) {
        ObjectNode o = JsonViews.F.objectNode().put("dataset", diff.from().ref().datasetRid())
                .put("dataset_label", diff.from().ref().datasetLabel());
        o.set("from", MemberViews.side(diff.from()));
        o.set("to", MemberViews.side(diff.to()));
        o.put("readable", diff.readable());
        ArrayNode tables = o.putArray("tables");
        for (DatasetMembers.TableCounts t : diff.tables()) {
            ObjectNode table = tables.addObject().put("association", t.association())
                    .put("member_table", t.memberTable()).put("members_from", t.membersFrom())
                    .put("members_to", t.membersTo()).put("added_count", t.added()).put("removed_count", t.removed());
            ArrayNode added = table.putArray("added");
            ArrayNode removed = table.putArray("removed");
            members.changes(diff, t, max, m -> added.add(MemberViews.member(m)),
                    m -> removed.add(MemberViews.member(m)));
        }
        return o;
    }

    private static String text(DatasetMembers members, DatasetMembers.Diff diff, int max) {
        DatasetMembers.VersionRef a = diff.from().ref();
        StringBuilder sb = new StringBuilder("Dataset ").append(a.datasetRid()).append("  ")
                .append(TextTable.clean(a.datasetLabel())).append(": ").append(a.version()).append(" (snapshot ")
                .append(a.snapshot()).append(") -> ").append(diff.to().ref().version()).append(" (snapshot ")
                .append(diff.to().ref().snapshot()).append(")\n");
        for (DatasetMembers.TableCounts t : diff.tables()) {
            sb.append(MemberViews.table(t)).append(": ").append(t.membersFrom()).append(" -> ")
                    .append(t.membersTo()).append(" members, +").append(t.added()).append(" added, -")
                    .append(t.removed()).append(" removed\n");
        }
        for (DatasetMembers.TableCounts t : diff.tables()) {
            if (t.added() + t.removed() == 0) {
                continue;
            }
            sb.append('\n').append(MemberViews.table(t)).append('\n');
            StringBuilder removed = new StringBuilder();
            members.changes(diff, t, max, m -> sb.append("  + ").append(MemberViews.line(m)).append('\n'),
                    m -> removed.append("  - ").append(MemberViews.line(m)).append('\n'));
            sb.append(removed);
        }
        return sb.toString();
    }
}
