package org.provex.core.reproduce.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.provex.core.model.AssetSpec;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.RunResources;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a reproduction will do, computed before anything is written: the readiness of the original, its
 * verified code and the commit to check out, the pinned inputs and configuration, the environment comparison, the
 * preflight checks and the exact command. {@link ReproductionPlanner#prepare} writes it to the workspace.
 *
 * @param id            the reproduction's id, e.g. {@code 1-AS10-20260601-101500}
 * @param checkout      null when no checkout is needed (a container) or possible (blocked)
 * @param configuration the pinned configuration.json (deriva-ml's ExecutionConfiguration shape)
 * @param command       null when the plan is blocked
 * @param dryRun        the command passes {@code dry_run=true}: deriva-ml runs without recording a new execution
 * @param blockers      why the plan cannot be launched at all (empty when it can)
 * @param confirmations questions a person must answer yes to before a launch (e.g. running committed code that is
 *                      not the code that ran)
 * @param resources     what the original run had (GPUs, CPUs, memory), for targets that ask a scheduler for them
 */
public record ReproductionPlan(String id, Instant plannedAt, CatalogRef catalog, Original original,
                               ReproductionMode mode, String label, Readiness readiness,
                               CodeVerification verification, Checkout checkout, List<PinnedInput> inputs,
                               List<AssetSpec> assets, RecordedCommand recorded, ObjectNode configuration,
                               EnvironmentComparison environment, List<Check> preflight, LaunchCommand command,
                               String target, boolean dryRun, WorkspaceLayout workspace,
                               List<Confirmation> confirmations, List<String> blockers, List<String> notes,
                               RunResources resources) {

    public ReproductionPlan {
        resources = resources == null ? RunResources.NONE : resources;
        inputs = List.copyOf(inputs);
        assets = List.copyOf(assets);
        preflight = List.copyOf(preflight);
        confirmations = List.copyOf(confirmations);
        blockers = List.copyOf(blockers);
        notes = List.copyOf(notes);
    }

    public ReproductionPlan(String id, Instant plannedAt, CatalogRef catalog, Original original, ReproductionMode mode,
                            String label, Readiness readiness, CodeVerification verification, Checkout checkout,
                            List<PinnedInput> inputs, List<AssetSpec> assets, RecordedCommand recorded,
                            ObjectNode configuration, EnvironmentComparison environment, List<Check> preflight,
                            LaunchCommand command, String target, boolean dryRun, WorkspaceLayout workspace,
                            List<Confirmation> confirmations, List<String> blockers, List<String> notes) {
        this(id, plannedAt, catalog, original, mode, label, readiness, verification, checkout, inputs, assets,
                recorded, configuration, environment, preflight, command, target, dryRun, workspace, confirmations,
                blockers, notes, RunResources.NONE);
    }

    /** What a target is asked to run for this plan; null when it is blocked (no command). */
    public LaunchRequest request(Map<String, String> environment) {
        return command == null ? null : request(id, catalog, original, workspace, command, resources, environment);
    }

    static LaunchRequest request(String id, CatalogRef catalog, Original original, WorkspaceLayout workspace,
                                 LaunchCommand command, RunResources resources, Map<String, String> environment) {
        return new LaunchRequest(command.argv(), command.workingDirectory(), environment, workspace.log(),
                new LaunchRequest.Workload(id, original.rid().value(), catalog.name(), original.description(),
                        workspace.root(), command.container(), resources));
    }

    /** The run being reproduced. */
    public record Original(Rid rid, String description, String status, Rid workflow, String workflowName,
                           Instant created, String runVersion) {
    }

    /**
     * The commit to check out.
     *
     * @param repository the clone it is read from
     * @param remote     the remote the Workflow URL recorded; the checkout's {@code origin}
     * @param commit     the full commit id
     * @param urlCommit  the Workflow URL's commit (the last that touched the file), "" when none
     * @param path       the workflow file in the repository
     * @param branch     the branch created at the commit
     */
    public record Checkout(String repository, String remote, String commit, CodeVerification.CommitSource source,
                           String urlCommit, String path, String branch) {
    }

    /** A yes/no question a launch needs answered; {@code id} is stable (e.g. {@code code_mismatch}). */
    public record Confirmation(String id, String question) {
    }

    /** No blockers and a command: it can be launched once its confirmations are given. */
    public boolean launchable() {
        return blockers.isEmpty() && command != null;
    }

    /** Preflight checks that failed (a launch would not start or would fail at once). */
    public List<Check> failedPreflight() {
        return preflight.stream().filter(Check::failed).toList();
    }
}
