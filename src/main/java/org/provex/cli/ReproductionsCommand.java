package org.provex.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.run.RecordJson;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.reproduce.run.Reproductions;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ArrayNode;

/** {@code provex reproductions}: past reproduction attempts, their outcome and how the new run compares. */
@Command(name = "reproductions", mixinStandardHelpOptions = true,
        description = "List past reproduction attempts (newest first) with their state, exit code and, once the new "
                + "run is in the cache (sync the catalog), the new execution and its verdict against the original.")
final class ReproductionsCommand extends BaseCommand {

    @Override
    int run(CliContext ctx) throws Exception {
        Executor none = r -> {
            throw new IllegalStateException("listing launches nothing");
        };
        Reproductions reproductions = ctx.reproduceServices().reproductions(none);
        List<ReproductionRecord> records = new ArrayList<>();
        for (ReproductionRecord r : reproductions.list()) {
            records.add(link(ctx, reproductions, r));
        }
        reproductions.store().warnings().forEach(w -> ctx.err().println("provex: warning: " + w));
        if (ctx.json()) {
            ArrayNode a = JsonViews.F.arrayNode();
            records.forEach(r -> a.add(RecordJson.of(r)));
            ctx.printJson(a);
            return 0;
        }
        TextTable t = new TextTable(List.of("ID", "ORIGINAL", "CATALOG", "STATE", "EXIT", "STARTED (UTC)", "NEW RUN",
                "VERDICT"), 30, 10, 16, 18, 5, 16, 10, 60);
        for (ReproductionRecord r : records) {
            t.row(r.id(), r.original(), r.catalog(), r.state().word() + (r.dryRun() ? " (dry run)" : ""),
                    r.exitCode() == null ? "" : r.exitCode(), Format.minute(r.started()),
                    r.link() == null ? "" : r.link().execution(), verdict(r));
        }
        ctx.print(t.render());
        ctx.err().println(records.size() + (records.size() == 1 ? " reproduction" : " reproductions"));
        return 0;
    }

    private static String verdict(ReproductionRecord r) {
        if (r.link() == null || r.link().comparison() == null) {
            return r.dryRun() ? "nothing recorded" : "";
        }
        ReproductionRecord.Comparison c = r.link().comparison();
        return "inputs " + c.inputs() + ", code " + c.code() + ", configuration " + c.configuration()
                + ", environment " + c.environment();
    }

    /** Looks for the new run in the record's catalog cache, when there is one. */
    private static ReproductionRecord link(CliContext ctx, Reproductions reproductions, ReproductionRecord r)
            throws java.io.IOException {
        if (r.link() != null || r.dryRun() || r.started() == null || r.catalog() == null
                || !ctx.workspace().isKnown(r.catalog()) || !Files.exists(ctx.workspace().data()
                .cacheDatabase(r.catalog()))) {
            return r;
        }
        try (CacheDatabase db = CacheDatabase.open(ctx.workspace().data().cacheDatabase(r.catalog()))) {
            return reproductions.link(r, db);
        }
    }
}
