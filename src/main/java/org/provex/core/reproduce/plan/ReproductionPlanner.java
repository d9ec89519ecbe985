package org.provex.core.reproduce.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.model.AssetRole;
import org.provex.core.model.AssetSpec;
import org.provex.core.model.Execution;
import org.provex.core.model.Rid;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.UnsafeValueException;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.code.CodeVerifier;
import org.provex.core.reproduce.code.GitReader;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.reproduce.plan.ReproductionPlan.Confirmation;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans the reproduction of one execution from a catalog's cache and the code's repository, and writes a plan to its
 * workspace. Planning writes nothing (it may clone a repository into Provex's own folder); {@link #prepare} creates
 * the workspace: the checkout of the exact commit and, beside it, the pinned configuration and the plan. Runs on the
 * caller's thread.
 */
public final class ReproductionPlanner {

    /**
     * What a planner uses besides the cache.
     *
     * @param environment the environment a launch runs with (its PATH finds uv, docker, python3)
     * @param credentials the logins of the credential file, for the preflight login check
     */
    public record Context(CodeVerifier verifier, MachineProbe machine, Map<String, String> environment,
                          Credentials credentials, SnapshotProbe snapshots, Clock clock, Path reproductionsDirectory) {
        public Context {
            environment = Map.copyOf(environment);
        }
    }

    /**
     * What to plan.
     *
     * @param workspace the workspace folder, or null for a new folder under the reproductions folder
     * @param dryRun    pass {@code dry_run=true}: deriva-ml runs without recording a new execution
     */
    public record Request(Rid execution, ReproductionMode mode, Path workspace, boolean dryRun, LaunchTarget target) {
        public Request {
            Objects.requireNonNull(execution, "execution");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(target, "target");
        }
    }

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final CacheDatabase db;
    private final CatalogRef catalog;
    private final Context context;

    public ReproductionPlanner(CacheDatabase db, CatalogRef catalog, Context context) {
        this.db = Objects.requireNonNull(db, "db");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** The audit the plan starts from; also for callers that show readiness without planning. */
    public ExecutionAudit audit(Rid execution) {
        try {
            return new ExecutionAuditor(db).audit(execution).orElseThrow(() -> new ReproduceException("There is no "
                    + "execution " + execution + " in the cache of catalog '" + catalog.name() + "'; check the RID "
                    + "with 'provex executions', or sync the catalog."));
        } catch (UncheckedIOException e) {
            throw new ReproduceException("The cached files of execution " + execution + " cannot be read ("
                    + e.getCause().getMessage() + "); sync the catalog again to repair the cache.", e);
        }
    }

    public ReproductionPlan plan(Request request) {
        ExecutionAudit audit = audit(request.execution());
        Execution e = audit.detail().execution();
        Workflow workflow = audit.detail().workflow();
        Instant now = context.clock().instant();
        String id = e.rid().value() + "-" + ID_TIME.format(now);
        // a second plan of the same run within the same second gets a folder of its own, never a used one
        for (int n = 2; request.workspace() == null && java.nio.file.Files.exists(
                context.reproductionsDirectory().resolve(id)); n++) {
            id = e.rid().value() + "-" + ID_TIME.format(now) + "-" + n;
        }
        WorkspaceLayout layout = new WorkspaceLayout(request.workspace() != null ? request.workspace()
                : context.reproductionsDirectory().resolve(id));
        List<String> blockers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Confirmation> confirmations = new ArrayList<>();
        CodeVerification verification = audit.detail().code() == null ? null
                : context.verifier().verify(audit.detail().code());
        Readiness readiness = ReadinessChecker.check(audit, verification, context.snapshots());
        DatasetQueries datasets = new DatasetQueries(db);
        List<PinnedInput> inputs = InputPinner.pin(audit, request.mode(), datasets::dataset);
        List<AssetSpec> assets = assets(audit);
        RecordedCommand recorded = RecordedCommandReader.read(audit, catalog);
        String description = CommandBuilder.description(e.rid(), request.mode()) + (e.description() == null ? ""
                : ": " + e.description());
        ObjectNode config = PinnedConfiguration.of(audit, inputs, assets, description);

        if (e.isUnknownProvenance()) {
            blockers.add("This is deriva-ml's unknown-provenance sentinel, not a run: there is nothing to reproduce.");
        }
        if (workflow == null) {
            blockers.add("The run's workflow is not in the cache, so the code that ran is unknown.");
        }
        WorkflowUrl url = workflow == null ? null : workflow.parsedUrl();
        ReproductionPlan.Checkout checkout = null;
        if (url instanceof WorkflowUrl.GitBlob blob) {
            checkout = checkout(blob, verification, e.rid(), blockers, confirmations);
        } else if (url != null && !(url instanceof WorkflowUrl.DockerImage)) {
            blockers.add("There is no code to run: " + (verification == null ? "the workflow URL names none."
                    : verification.message()));
        }
        if (!recorded.refused().isEmpty()) {
            blockers.add(recorded.refused());
        } else if (recorded.source() == RecordedCommand.Source.NONE) {
            blockers.add("No overrides, command line or config choices were recorded, so the command cannot be "
                    + "rebuilt.");
        }
        for (PinnedInput in : inputs) {
            if (in.resolution() == PinnedInput.Resolution.UNRESOLVED) {
                blockers.add(in.note() + " deriva-ml consumes released versions only.");
            } else if (!in.note().isEmpty()) {
                notes.add(in.note());
            }
        }
        if (audit.detail().parent() != null) {
            notes.add("This run is one job of the sweep " + audit.detail().parent() + "; "
                    + (recorded.source() == RecordedCommand.Source.HYDRA_OVERRIDES_FILE ? "its own overrides are "
                    + "replayed as a single run." : "only the sweep's command line was recorded, so the whole sweep "
                    + "would run again."));
        }
        if (url instanceof WorkflowUrl.DockerImage) {
            notes.add("The pinned configuration is mounted read-only at " + CommandBuilder.CONTAINER_CONFIGURATION
                    + " for reference; the image's own configuration and the recorded overrides decide the run.");
        }
        if (request.mode() == ReproductionMode.LATEST_VERSIONS) {
            notes.add(0, "This re-runs the code on the latest dataset versions; it is not a reproduction, and its "
                    + "results are not expected to match the original's.");
        }
        notes.addAll(recorded.dropped().stream().map(d -> "Not replayed: " + d).toList());
        notes.addAll(recorded.crossCheck());
        if (verification != null) {
            notes.addAll(verification.notes());
        }

        LaunchCommand command = null;
        if (blockers.isEmpty()) {
            try {
                command = url instanceof WorkflowUrl.DockerImage image
                        ? CommandBuilder.container(image, catalog, recorded, inputs, e.rid(), request.mode(),
                                request.dryRun(), layout.root(), layout.configuration())
                        : CommandBuilder.script(catalog, recorded, inputs, e.rid(), request.mode(), request.dryRun(),
                                layout.checkout());
            } catch (UnsafeValueException ex) {
                blockers.add(ex.getMessage());
            }
        }
        EnvironmentComparison environment = EnvironmentComparer.compare(audit.uvLock(), checkoutLock(checkout),
                audit.environment(), context.machine().facts(), url instanceof WorkflowUrl.DockerImage);
        String runVersion = audit.detail().code() == null ? "" : audit.detail().code().runVersion().text();
        ReproductionPlan.Original original = new ReproductionPlan.Original(e.rid(), e.description(), e.status(),
                e.workflow(), workflow == null ? null : workflow.name(), e.created(), runVersion);
        RunResources resources = RunResources.of(audit.environment().orElse(null));
        List<Check> preflight = command == null ? List.of() : Preflight.checks(request.target(),
                ReproductionPlan.request(id, catalog, original, layout, command, resources, context.environment()),
                catalog, context.credentials(), layout.root());
        return new ReproductionPlan(id, now, catalog, original, request.mode(), request.mode().label(e.rid().value()),
                readiness, verification, checkout, inputs, assets, recorded, config, environment, preflight,
                command, request.target().id(), request.dryRun(), layout, confirmations, blockers, notes, resources);
    }

    /** Writes the plan to its workspace: checkout, pinned configuration, plan and recorded files. */
    public PreparedReproduction prepare(ReproductionPlan plan, Set<String> confirmed) {
        return WorkspaceWriter.write(plan, confirmed, db, context.environment());
    }

    private ReproductionPlan.Checkout checkout(WorkflowUrl.GitBlob blob, CodeVerification v, Rid rid,
                                               List<String> blockers, List<Confirmation> confirmations) {
        if (v == null || v.commit().isEmpty()) {
            blockers.add("The code cannot be checked out: " + (v == null ? "it was not verified." : v.message()));
            return null;
        }
        if (v.verdict() == CodeVerification.Verdict.MISMATCH) {
            confirmations.add(new Confirmation("code_mismatch", "The code that ran (checksum " + v.expected()
                    + ") is not in commit " + v.commit().substring(0, 12) + ": the reproduction would run the "
                    + "committed code, which is not the code that ran. Continue with the committed code?"));
        } else if (v.verdict() == CodeVerification.Verdict.UNVERIFIABLE) {
            confirmations.add(new Confirmation("code_unverified", "The code at commit " + v.commit().substring(0, 12)
                    + " could not be verified (" + v.message() + ") Continue with it?"));
        }
        return new ReproductionPlan.Checkout(v.repository(), blob.remote(), v.commit(), v.commitSource(),
                blob.commit(), blob.path(), "reproduce-" + rid.value());
    }

    private static Optional<byte[]> checkoutLock(ReproductionPlan.Checkout checkout) {
        if (checkout == null) {
            return Optional.empty();
        }
        try (GitReader reader = GitReader.open(Path.of(checkout.repository()))) {
            return reader.file(checkout.commit(), "uv.lock").map(GitReader.FileAt::bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<AssetSpec> assets(ExecutionAudit audit) {
        if (audit.configuration().isPresent()) {
            return audit.configuration().get().assets();
        }
        List<AssetSpec> out = new ArrayList<>();
        for (AssetUse use : audit.detail().assets()) {
            if (use.role() == AssetRole.INPUT && !use.asset().isUnknownProvenance()) {
                out.add(new AssetSpec(use.asset().rid(), null, true));
            }
        }
        return out;
    }
}
