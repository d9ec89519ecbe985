package org.provex.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.run.ActiveReproduction;
import org.provex.core.reproduce.run.RecordJson;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.reproduce.run.Reproductions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;

/** {@code provex reproductions}: past reproduction attempts, their outcome and how the new run compares. */
@Command(name = "reproductions", mixinStandardHelpOptions = true,
        description = {"List past reproduction attempts (newest first) with their target, batch job and state, exit "
                + "code and, once the new run is in the cache (sync the catalog), the new execution and its verdict "
                + "against the original. Running Slurm jobs are asked for their state.",
            "Examples:",
            "  provex reproductions --follow 1-AS10-20260601-101500   (stream a running job's output until it ends)",
            "  provex reproductions --cancel 1-AS10-20260601-101500   (scancel its job)"})
final class ReproductionsCommand extends BaseCommand {

    @Option(names = "--follow", paramLabel = "ID", description = "Stream the output of a running attempt (a Slurm "
            + "job, also one started before Provex was closed) until it ends.")
    String follow;

    @Option(names = "--cancel", paramLabel = "ID", description = "Cancel a running attempt (a Slurm job through "
            + "scancel).")
    String cancel;

    @Override
    int run(CliContext ctx) throws Exception {
        if (follow != null) {
            return follow(ctx);
        }
        Executor none = r -> {
            throw new IllegalStateException("listing launches nothing");
        };
        Reproductions reproductions = ctx.reproduceServices().reproductions(none);
        if (cancel != null) {
            ReproductionRecord r;
            try {
                r = reproductions.cancel(cancel);
            } catch (ReproduceException e) {
                throw new CliException(e.getMessage());
            }
            if (ctx.json()) {
                ctx.printJson(RecordJson.of(r));
            } else {
                ctx.print(r.id() + ": " + r.state().word() + " (" + r.stateDetail() + ")\n");
            }
            return 0;
        }
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
        TextTable t = new TextTable(List.of("ID", "ORIGINAL", "CATALOG", "TARGET", "JOB", "STATE", "EXIT",
                "STARTED (UTC)", "NEW RUN", "VERDICT"), 30, 10, 16, 10, 12, 24, 5, 16, 10, 60);
        for (ReproductionRecord r : records) {
            t.row(r.id(), r.original(), r.catalog(), r.target(), r.job() == null ? "" : r.job().id(),
                    r.state().word() + (r.job() != null && !r.state().finished() ? ": " + r.job().state() : "")
                            + (r.dryRun() ? " (dry run)" : ""),
                    r.exitCode() == null ? "" : r.exitCode(), Format.minute(r.started()),
                    r.link() == null ? "" : r.link().execution(), verdict(r));
        }
        ctx.print(t.render());
        ctx.err().println(records.size() + (records.size() == 1 ? " reproduction" : " reproductions"));
        return 0;
    }

    /** Streams a running attempt's output until it ends; a job keeps running when this command is interrupted. */
    private int follow(CliContext ctx) throws java.io.IOException {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "provex-follow");
            t.setDaemon(true);
            return t;
        });
        try {
            java.io.PrintWriter lines = ctx.json() ? ctx.err() : ctx.out();
            Optional<ActiveReproduction> active = ctx.reproduceServices().reproductions(pool).follow(follow,
                    new LaunchListener() {
                        @Override
                        public void output(String line) {
                            lines.println(line);
                            lines.flush();
                        }

                        @Override
                        public void job(BatchJob job) {
                            ctx.err().println("provex: " + job.scheduler() + " job " + job.id() + ": " + job.state()
                                    + " (" + job.stateDetail() + ")");
                            ctx.err().flush();
                        }
                    });
            ReproductionRecord done;
            if (active.isPresent()) {
                done = active.get().finished().join();
            } else {
                done = ctx.reproduceServices().store().get(follow).filter(r -> r.state().finished())
                        .orElseThrow(() -> new CliException("The reproduction " + follow + " is not one that can be "
                                + "followed (a running Slurm job, or a finished attempt); 'provex reproductions' "
                                + "lists them."));
                // it ended already: its whole output is in the log
                if (done.logFile() != null && Files.isRegularFile(java.nio.file.Path.of(done.logFile()))) {
                    // decoded leniently: a program may print bytes that are not UTF-8
                    try (java.io.Reader log = new java.io.InputStreamReader(Files.newInputStream(
                            java.nio.file.Path.of(done.logFile())), java.nio.charset.StandardCharsets.UTF_8)) {
                        log.transferTo(lines);
                    }
                    lines.flush();
                }
            }
            if (ctx.json()) {
                ctx.printJson(RecordJson.of(done));
            } else {
                ctx.err().println("provex: " + done.state().word() + " (" + done.stateDetail() + ")");
            }
            return done.state() == ReproductionRecord.State.SUCCEEDED || !done.state().finished() ? 0 : 1;
        } finally {
            pool.shutdown();
        }
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
