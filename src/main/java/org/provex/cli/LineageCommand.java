package org.provex.cli;

import java.util.EnumSet;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.LineageException;
import org.provex.core.lineage.LineageGraph;
import org.provex.core.lineage.LineageWalker;
import org.provex.core.model.Rid;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code provex lineage RID}: what fed a record and what it fed. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = "What fed a run, dataset version, dataset, workflow or file (--up), what it fed (--down), "
                + "or both (default).")
final class LineageCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "RID", description = "Any RID of the catalog, in any spelling.")
    String rid;

    static final class Way {
        @Option(names = "--up", description = "Only what fed it.")
        boolean up;
        @Option(names = "--down", description = "Only what it fed.")
        boolean down;
        @Option(names = "--both", description = "Both ways (the default).")
        boolean both;
    }

    @ArgGroup(exclusive = true)
    Way way;

    @Option(names = "--depth", paramLabel = "N", description = "Steps to walk each way (default: no limit).")
    Integer depth;

    @Override
    Set<ProvexCommand.Format> formats() {
        return EnumSet.of(ProvexCommand.Format.text, ProvexCommand.Format.json, ProvexCommand.Format.dot);
    }

    @Override
    int run(CliContext ctx) throws Exception {
        if (depth != null && depth < 1) {
            throw new CliException("--depth must be 1 or more.", 2);
        }
        LineageWalker.Direction direction = way == null || way.both ? LineageWalker.Direction.BOTH
                : way.up ? LineageWalker.Direction.UP : LineageWalker.Direction.DOWN;
        try (CacheDatabase db = ctx.openCache()) {
            LineageWalker walker = new LineageWalker(db);
            String normalised = Rid.normalise(rid);
            if (!walker.knows(normalised)) {
                throw new LineageException("There is no execution, dataset, dataset version, workflow or file "
                        + normalised + " in catalog '" + ctx.catalog() + "'.");
            }
            LineageGraph g = walker.walk(normalised, LineageWalker.Options.lineage(direction,
                    depth == null ? Integer.MAX_VALUE : depth));
            switch (ctx.format()) {
                case json -> ctx.printJson(LineageViews.json(g));
                case dot -> ctx.print(LineageViews.dot(g));
                default -> ctx.print(LineageViews.text(g, "Lineage of"));
            }
        }
        return 0;
    }
}
