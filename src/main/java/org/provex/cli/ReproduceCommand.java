package org.provex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.launch.LaunchListener;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.plan.PlanJson;
import org.provex.core.reproduce.plan.PreparedReproduction;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.plan.ReproductionPlanner;
import org.provex.core.reproduce.run.ActiveReproduction;
import org.provex.core.reproduce.run.RecordJson;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/** {@code provex reproduce RID}: plan a reproduction, and with {@code --launch} run it. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Plan the reproduction of an execution: readiness checks, the verified code and the commit to "
                + "check out (the run's own HEAD), pinned inputs and configuration, the environment against this "
                + "machine, preflight checks and the exact command. With --launch, write the workspace (the checkout, "
                + "and beside it configuration.json and plan.json) and run the command, its output streamed live.",
            "Examples:",
            "  provex reproduce 1-AS10 --dry-run --format json",
            "  provex reproduce 1-AS10 --launch --workspace ~/repro/1-AS10",
            "  provex reproduce 1-AS10 --launch --dry-run   (deriva-ml's dry_run=true: nothing is recorded)",
            "  provex reproduce 1-AS10 --target slurm        (the batch script and sbatch options, nothing submitted)",
            "  provex reproduce 1-AS10 --launch --target slurm --detach",
            "  provex reproduce 1-AS11 --launch --target apptainer   (a container workflow, by digest)"})
final class ReproduceCommand extends BaseCommand {

    @Parameters(paramLabel = "RID", description = "The execution to reproduce.")
    String ridText;

    @Option(names = "--dry-run", description = "Without --launch: print the plan and stop (the default). With "
            + "--launch: pass dry_run=true, so deriva-ml runs the model but records no new execution.")
    boolean dryRun;

    @Option(names = "--launch", description = "Write the workspace and run the command.")
    boolean launch;

    @Option(names = "--yes", description = "Answer yes to the confirmations (e.g. running committed code that is not "
            + "the code that ran), for scripts.")
    boolean yes;

    @Option(names = "--workspace", paramLabel = "DIR", description = "A new or empty folder for the reproduction "
            + "(default: a new folder under the data folder's reproductions/).")
    Path workspace;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = LocalTarget.ID,
            description = "Where to run: local (this computer, the default), slurm (a batch job on a Slurm cluster, "
                    + "see 'provex cluster profile'), or for a container workflow docker, podman, apptainer or "
                    + "singularity on this computer.")
    String target;

    @Option(names = "--detach", description = "With --launch: return once the run has started (a Slurm job: once "
            + "it is submitted) instead of streaming its output; 'provex reproductions --follow ID' follows it.")
    boolean detach;

    @Option(names = "--latest", description = "Re-run on the latest released dataset versions instead. This is not a "
            + "reproduction: the results are not expected to match.")
    boolean latest;

    @Override
    int run(CliContext ctx) throws Exception {
        Rid rid = ShowCommand.parse(ridText);
        ReproduceServices services = ctx.reproduceServices();
        ReproductionPlanner.Request request;
        try {
            request = new ReproductionPlanner.Request(rid, latest ? ReproductionMode.LATEST_VERSIONS
                    : ReproductionMode.REPRODUCTION, workspace == null ? null : workspace.toAbsolutePath(),
                    launch && dryRun, services.target(target));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), 2);
        }
        try (CacheDatabase db = ctx.openCache()) {
            if (!Workspace.DEMO.equals(ctx.catalog())) {
                OnDemand.fetch(ctx, db, java.util.List.of(rid), false);
            }
            ReproductionPlanner planner = services.planner(db, ctx.catalog(), services.snapshotProbe(ctx.catalog()));
            ReproductionPlan plan = planner.plan(request);
            if (!launch) {
                LaunchTarget t = services.target(target);
                LaunchRequest draft = plan.request(services.environment());
                if (ctx.json()) {
                    ObjectNode o = PlanJson.of(plan);
                    o.set("launch", draft == null ? null : LaunchPreviewOutput.json(t, t.preview(draft)));
                    ctx.printJson(o);
                } else {
                    ctx.print(new PlanText(plan).render() + (draft == null || LocalTarget.ID.equals(t.id()) ? ""
                            : LaunchPreviewOutput.text(t, t.preview(draft))));
                }
                return 0;
            }
            return launch(ctx, services, planner, plan);
        }
    }

    private int launch(CliContext ctx, ReproduceServices services, ReproductionPlanner planner, ReproductionPlan plan)
            throws IOException {
        if (!ctx.json()) {
            ctx.err().print(new PlanText(plan).render());
            ctx.err().flush();
        }
        if (!plan.launchable()) {
            throw new CliException("This reproduction cannot be launched: " + String.join(" ", plan.blockers()));
        }
        Set<String> confirmed = confirm(ctx, plan);
        PreparedReproduction prepared = planner.prepare(plan, confirmed);
        ExecutorService output = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "provex-reproduce-output");
            t.setDaemon(true);
            return t;
        });
        java.io.PrintWriter lines = ctx.json() ? ctx.err() : ctx.out();
        try {
            ActiveReproduction active = services.reproductions(output).launch(prepared, confirmed,
                    new LaunchListener() {
                        @Override
                        public void output(String line) {
                            if (!detach) {
                                lines.println(line);
                                lines.flush();
                            }
                        }

                        @Override
                        public void job(BatchJob job) {
                            if (!detach) {
                                ctx.err().println("provex: " + job.scheduler() + " job " + job.id() + ": "
                                        + job.state() + " (" + job.stateDetail() + ")");
                                ctx.err().flush();
                            }
                        }
                    });
            ReproductionRecord done;
            if (detach) {
                done = active.record();
            } else {
                done = await(ctx, active);
            }
            if (ctx.json()) {
                ObjectNode o = JsonViews.F.objectNode();
                o.set("plan", PlanJson.of(plan));
                o.set("reproduction", RecordJson.of(done));
                ctx.printJson(o);
            } else {
                ctx.err().println("provex: " + done.state().word() + " (" + done.stateDetail() + ")"
                        + (done.job() == null ? "" : " " + done.job().scheduler() + " job " + done.job().id() + ".")
                        + " Log: "
                        + done.logFile() + ". Reproduction " + done.id() + "; once the catalog is synced, 'provex "
                        + "reproductions' finds the new run and compares it with " + plan.original().rid() + ".");
                ctx.err().flush();
            }
            if (done.state() == ReproductionRecord.State.RUNNING) {
                return 0;
            }
            if (done.state() != ReproductionRecord.State.SUCCEEDED) {
                throw new CliException("The reproduction " + done.state().word() + " (" + done.stateDetail()
                        + "); see " + done.logFile());
            }
            return 0;
        } finally {
            output.shutdown();
        }
    }

    /**
     * Streams a launch until it ends. Interrupting the CLI ends a process on this computer, but leaves a batch job
     * running: it belongs to the cluster, and 'provex reproductions' finds it again.
     */
    private static ReproductionRecord await(CliContext ctx, ActiveReproduction active) {
        if (active.handle().job().isPresent()) {
            BatchJob job = active.handle().job().get();
            ctx.err().println("provex: submitted " + job.scheduler() + " job " + job.id() + (job.host() == null ? ""
                    + "." : " through " + job.host() + ".") + " Interrupting this command leaves it running; 'provex "
                    + "reproductions --cancel " + active.record().id() + "' cancels it.");
            ctx.err().flush();
            return active.finished().join();
        }
        Thread stop = new Thread(active.handle()::cancel, "provex-reproduce-cancel");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return active.finished().join();
        } finally {
            removeHook(stop);
        }
    }

    private Set<String> confirm(CliContext ctx, ReproductionPlan plan) throws IOException {
        Set<String> confirmed = new HashSet<>();
        for (ReproductionPlan.Confirmation c : plan.confirmations()) {
            if (yes) {
                confirmed.add(c.id());
                continue;
            }
            if (ctx.json()) {
                throw new CliException(c.question() + " Give --yes to continue.");
            }
            ctx.err().print(TextTable.clean(c.question()) + " [y/N] ");
            ctx.err().flush();
            String answer = ctx.in().readLine();
            if (answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"))) {
                confirmed.add(c.id());
            } else {
                throw new CliException("Not launched: the question was not answered yes (give --yes in scripts).");
            }
        }
        return confirmed;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs and cancels the process
        }
    }
}
