package org.provex.core.reproduce.plan;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.code.CodeVerification;

/**
 * The readiness checklist of one run, from its audit (the cache alone), a code verification (or none yet) and a
 * snapshot probe (live where the catalog can be asked). Pure: the caller decides how much to look up.
 */
public final class ReadinessChecker {

    private ReadinessChecker() {
    }

    /**
     * @param code      the verification of the run's code, or null when it has not been verified yet
     * @param snapshots answers whether input snapshots can still be read
     */
    public static Readiness check(ExecutionAudit audit, CodeVerification code, SnapshotProbe snapshots) {
        List<Check> checks = new ArrayList<>();
        Execution e = audit.detail().execution();
        checks.add(status(e));
        boolean container = audit.detail().workflow() != null
                && audit.detail().workflow().parsedUrl() instanceof WorkflowUrl.DockerImage;
        checks.add(container ? containerDigest(code) : code(code));
        checks.add(inputsReleased(audit.detail().inputs()));
        checks.add(snapshotsReadable(audit.detail().inputs(), snapshots));
        if (!container) {
            checks.add(uvLock(audit));
        }
        checks.add(configChoices(audit));
        checks.add(command(audit));
        return Readiness.of(checks);
    }

    private static Check status(Execution e) {
        String id = "original_status";
        if (e.isUnknownProvenance()) {
            return Check.fail(id, "This is deriva-ml's unknown-provenance sentinel, not a real run.",
                    "There is nothing to reproduce.", "");
        }
        String s = e.status() == null ? "unknown" : e.status();
        return switch (ExecutionStatus.phaseOf(e.status())) {
            case SUCCEEDED -> Check.pass(id, "The original run finished and uploaded its outputs (" + s + ").");
            case FAILED -> Check.warn(id, "The original run ended as " + s + ".", "A reproduction reruns it, but there "
                    + "are no complete outputs to compare with, and it may fail the same way.", "");
            case DONE -> Check.warn(id, "The original run stopped without uploading its outputs (" + s + ").",
                    "There are no uploaded outputs to compare a reproduction with.", "");
            case ACTIVE -> Check.warn(id, "The original run has not finished (" + s + ").", "Its outputs are "
                    + "incomplete; compare a reproduction with it after it finishes.", "");
            case UNKNOWN -> Check.warn(id, "The original run's status is " + s + ".", "Whether it succeeded is "
                    + "unknown.", "");
        };
    }

    private static Check containerDigest(CodeVerification code) {
        String id = "container_digest";
        if (code != null && code.verdict() == CodeVerification.Verdict.CONTAINER) {
            return Check.pass(id, "The code is a container image pinned by digest " + code.expected() + ".");
        }
        return Check.fail(id, "The container image is not pinned by a digest.", "A tag can point to a different "
                + "image today; the exact code cannot be run.", "");
    }

    private static Check code(CodeVerification code) {
        String id = "code_verified";
        if (code == null) {
            return Check.unknown(id, "The code has not been verified against git yet.", "Verify it to know whether "
                    + "a commit holds the code that ran.");
        }
        return switch (code.verdict()) {
            case VERIFIED -> Check.pass(id, code.message());
            case CONTAINER -> Check.pass(id, code.message());
            case MISMATCH -> Check.fail(id, code.message(), "The code that ran is in no commit; a reproduction can "
                    + "only run the committed code, which differs from it.", "Find the edited file (its blob hash is "
                    + code.expected() + "), or accept running the committed code.");
            case UNVERIFIABLE -> unverifiable(id, code);
        };
    }

    private static Check unverifiable(String id, CodeVerification code) {
        return switch (code.reason()) {
            case REPL, EMPTY_URL, SENTINEL, UNCOMMITTED_FILE -> Check.fail(id, code.message(), "There is no commit "
                    + "to check out, so the code cannot be run again.", "");
            case REPOSITORY_UNREACHABLE, SSH_NO_ACCESS, COMMIT_UNREACHABLE -> Check.warn(id, code.message(),
                    "Whether a commit holds the code that ran is unknown until the repository can be read.",
                    "Map a local clone: provex repo map REMOTE DIR");
            default -> Check.warn(id, code.message(), "Whether a commit holds the code that ran is unknown.", "");
        };
    }

    private static Check inputsReleased(List<InputDetail> inputs) {
        String id = "inputs_released";
        if (inputs.isEmpty()) {
            return Check.pass(id, "The run declared no input datasets.");
        }
        List<String> problems = new ArrayList<>();
        for (InputDetail in : inputs) {
            ExecutionInput i = in.input();
            if (in.dev()) {
                problems.add(in.datasetLabel() + " at dev version " + i.version());
            } else if (i.source() == ExecutionInput.Source.UNPINNED || i.version() == null) {
                problems.add(in.datasetLabel() + " with no version");
            }
        }
        if (problems.isEmpty()) {
            return Check.pass(id, "Every input dataset is pinned to a released version (" + inputs.size() + ").");
        }
        return Check.fail(id, "Not pinned to a release: " + String.join("; ", problems) + ".", "A dev or unpinned "
                + "version has no snapshot: its contents may have changed since the run, so the same data cannot be "
                + "read again. A reproduction uses the release that was current when the run was created.",
                "Release the dataset versions a run consumes before running it.");
    }

    private static Check snapshotsReadable(List<InputDetail> inputs, SnapshotProbe probe) {
        String id = "snapshots_readable";
        List<String> expired = new ArrayList<>();
        String notChecked = null;
        int checked = 0;
        for (InputDetail in : inputs) {
            if (in.input().snapshot() == null) {
                continue;
            }
            SnapshotProbe.Answer a = probe.probe(in.input().snapshot());
            switch (a.state()) {
                case READABLE -> checked++;
                case EXPIRED -> expired.add(in.datasetLabel() + "@" + in.input().version() + " (snapshot "
                        + in.input().snapshot() + ")");
                case NOT_CHECKED -> notChecked = a.detail();
            }
        }
        if (!expired.isEmpty()) {
            return Check.fail(id, "Older than the catalog's retained history: " + String.join("; ", expired) + ".",
                    "The data as of these versions can no longer be downloaded, so they cannot be consumed again.",
                    "Ask the catalog's owner whether the history can be kept longer, or use a newer release.");
        }
        if (notChecked != null) {
            return Check.unknown(id, "Input snapshots were not checked: " + notChecked + ".", "Whether the data "
                    + "can still be downloaded is checked when the catalog can be reached.");
        }
        return Check.pass(id, checked == 0 ? "No input snapshots to read." : "Every input snapshot can still be "
                + "read (" + checked + ").");
    }

    private static Check uvLock(ExecutionAudit audit) {
        String id = "uv_lock_recorded";
        if (hasFile(audit, MetadataKind.UV_LOCK)) {
            return Check.pass(id, "The run recorded its uv.lock.");
        }
        return Check.warn(id, "No uv.lock was recorded.", "Exact package versions are known only from the "
                + "environment snapshot; 'uv run --frozen' installs what the checkout's uv.lock says, which may "
                + "differ.", "Commit uv.lock in the project so deriva-ml records it with every run.");
    }

    private static Check configChoices(ExecutionAudit audit) {
        String id = "config_choices_recorded";
        if (audit.configuration().isEmpty()) {
            return Check.fail(id, "No configuration.json was read for this run" + (hasFile(audit,
                    MetadataKind.CONFIGURATION) ? " (it is in the catalog but not in the cache)" : "") + ".",
                    "Its datasets, versions and Hydra config choices are unknown.",
                    hasFile(audit, MetadataKind.CONFIGURATION)
                            ? "Sync the catalog (provex sync), which downloads its files." : "");
        }
        ExecutionConfiguration c = audit.configuration().get();
        long groups = c.configChoices().keySet().stream().filter(k -> !k.startsWith("hydra/")).count();
        if (groups == 0) {
            return Check.warn(id, "configuration.json records no Hydra config choices.", "The run's configuration "
                    + "can only be cross-checked through its overrides.", "");
        }
        return Check.pass(id, "configuration.json records " + groups + " config choices.");
    }

    private static Check command(ExecutionAudit audit) {
        String id = "command_recorded";
        if (!audit.hydraOverrides().isEmpty()) {
            return Check.pass(id, "The run's Hydra overrides file records its command-line overrides ("
                    + audit.hydraOverrides().size() + ").");
        }
        if (audit.configuration().map(c -> c.argv().size() > 0).orElse(false)) {
            return Check.pass(id, "configuration.json records the run's command line (argv).");
        }
        if (audit.configuration().map(c -> !c.configChoices().isEmpty()).orElse(false)) {
            return Check.warn(id, "Neither a Hydra overrides file nor the command line was recorded.", "The command "
                    + "is rebuilt from the config choices, which lose '+' and value overrides.", "");
        }
        return Check.fail(id, "No overrides, command line or config choices were recorded.", "The command that "
                + "started the run cannot be rebuilt.", "");
    }

    private static boolean hasFile(ExecutionAudit audit, MetadataKind kind) {
        return audit.files().stream().anyMatch(f -> f.use().asset().kind() == kind);
    }
}
