package org.provex.cli;

import java.util.Locale;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoOptions;
import org.provex.core.workspace.DemoInstaller;
import org.provex.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex demo}: create or refresh the embedded demo catalog. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create or refresh the embedded demo catalog (host " + DemoCatalog.HOST + ", never contacted)"
                + " and the demo workflows' git repository.")
final class DemoCommand extends BaseCommand {

    @Option(names = "--extra-executions", paramLabel = "N", defaultValue = "0",
            description = "Add N generated executions (for benchmarks with large catalogs).")
    int extraExecutions;

    @Override
    int run(CliContext ctx) throws Exception {
        if (!Workspace.DEMO.equals(ctx.catalog())) {
            throw new CliException("'provex demo' only builds the demo catalog; drop --catalog " + ctx.catalog() + ".");
        }
        if (extraExecutions < 0) {
            throw new CliException("--extra-executions must be 0 or more.", 2);
        }
        DemoInstaller.Result r = new DemoInstaller(ctx.workspace()).install(new DemoOptions(extraExecutions), null);
        long executions = r.report().rowsPerTable().getOrDefault("deriva-ml:Execution", 0L);
        if (ctx.json()) {
            ObjectNode o = JsonViews.F.objectNode();
            o.put("catalog", Workspace.DEMO);
            o.put("source", r.report().source());
            o.put("snaptime", r.report().snaptime());
            o.put("executions", executions);
            ObjectNode rows = o.putObject("rows_per_table");
            r.report().rowsPerTable().forEach(rows::put);
            o.put("files", r.report().filesFetched());
            o.put("bytes", r.report().bytesFetched());
            o.set("warnings", JsonViews.strings(r.report().warnings()));
            o.put("repository", r.repository().toString());
            o.put("cache", ctx.workspace().data().cacheDatabase(Workspace.DEMO).toString());
            o.put("generate_seconds", r.generate().toNanos() / 1e9);
            o.put("load_seconds", r.load().toNanos() / 1e9);
            o.put("total_seconds", r.total().toNanos() / 1e9);
            ctx.printJson(o);
        } else {
            ctx.print(String.format(Locale.ROOT, "Demo catalog ready: %d executions, %d metadata files (%,d bytes)"
                            + " at snapshot %s.%n  cache:      %s%n  repository: %s%n"
                            + "  took %.2f s (generate %.2f s, load %.2f s)%n",
                    executions, r.report().filesFetched(), r.report().bytesFetched(), r.report().snaptime(),
                    ctx.workspace().data().cacheDatabase(Workspace.DEMO), r.repository(),
                    r.total().toNanos() / 1e9, r.generate().toNanos() / 1e9, r.load().toNanos() / 1e9));
            r.report().warnings().forEach(w -> ctx.err().println("provex: warning: " + w));
        }
        return 0;
    }
}
