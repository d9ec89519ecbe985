package org.provex.cli;

import java.util.EnumSet;
import java.util.Set;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.lineage.ImpactAnalyzer;
import org.provex.core.lineage.LineageGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code provex impact RID|MD5|COMMIT}: everything downstream, grouped by depth, with the path to each item. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "What a bad input tainted: every run, output, dataset version and later run downstream of a "
                + "dataset version, dataset, file (RID or MD5), workflow, run or git commit, by depth.")
final class ImpactCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "RID|MD5|COMMIT", description = "A RID, a file's MD5, or a git commit.")
    String what;

    @Override
    Set<ProvexCommand.Format> formats() {
        return EnumSet.of(ProvexCommand.Format.text, ProvexCommand.Format.json, ProvexCommand.Format.md);
    }

    @Override
    int run(CliContext ctx) throws Exception {
        try (CacheDatabase db = ctx.openCache()) {
            LineageGraph g = new ImpactAnalyzer(db).impact(what);
            switch (ctx.format()) {
                case json -> ctx.printJson(LineageViews.json(g));
                case md -> ctx.print(LineageViews.markdown(g));
                default -> ctx.print(LineageViews.text(g, "Impact of"));
            }
        }
        return 0;
    }
}
