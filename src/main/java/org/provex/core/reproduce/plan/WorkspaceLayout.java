package org.provex.core.reproduce.plan;

import java.nio.file.Path;

/**
 * The folders and files of one reproduction. The plan files sit beside the checkout, never inside it: an untracked
 * file in the checkout would make deriva-ml refuse a dirty tree.
 *
 * <pre>
 * root/
 *   checkout/           the exact commit (a git working tree)
 *   configuration.json  the pinned ExecutionConfiguration
 *   plan.json           the whole plan: checks, inputs, command
 *   recorded/           the original's configuration.json, overrides and uv.lock, for reference
 *   output.log          everything the command printed
 * </pre>
 */
public record WorkspaceLayout(Path root) {

    public WorkspaceLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path checkout() {
        return root.resolve("checkout");
    }

    public Path configuration() {
        return root.resolve("configuration.json");
    }

    public Path plan() {
        return root.resolve("plan.json");
    }

    public Path recorded() {
        return root.resolve("recorded");
    }

    public Path log() {
        return root.resolve("output.log");
    }
}
