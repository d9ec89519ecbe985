package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.provex.core.reproduce.ReproduceException;

/**
 * Puts one commit of a repository into a fresh working tree: a new repository that fetches the source's branches,
 * remote-tracking branches and tags (tags matter: setuptools-scm derives the run's version from them), then checks
 * out a branch at the commit. Its {@code origin} is the remote the Workflow URL recorded, so deriva-ml computes the
 * same URL for the new run; the source folder is only read.
 */
public final class GitCheckout {

    private static final String SOURCE = "provex-source";
    private static final String SOURCE_REFS = "refs/provex-source/";

    private GitCheckout() {
    }

    /**
     * Checks out {@code commit} into {@code target}, which must not exist or be empty.
     *
     * @param branch the branch to create at the commit, e.g. {@code reproduce-1-AS10}
     * @param origin the remote URL to record as {@code origin}, or null for none
     * @throws ReproduceException when the folder is not empty, the commit is not in the source, or git fails
     */
    public static Path checkout(Path source, String commit, Path target, String branch, String origin) {
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
                throw new ReproduceException("The checkout folder " + target + " already exists and is not empty; "
                        + "choose a new workspace folder.");
            }
            Files.createDirectories(target);
            try (Git git = Git.init().setDirectory(target.toFile()).setInitialBranch(branch).call()) {
                Repository repo = git.getRepository();
                StoredConfig config = repo.getConfig();
                // line-ending conversion must never turn committed bytes into different ones
                config.setBoolean("core", null, "autocrlf", false);
                config.setString("remote", SOURCE, "url", source.toUri().toString());
                config.save();
                git.fetch().setRemote(SOURCE).setTagOpt(TagOpt.FETCH_TAGS).setRefSpecs(
                        new RefSpec("+refs/heads/*:" + SOURCE_REFS + "heads/*"),
                        new RefSpec("+refs/remotes/*:" + SOURCE_REFS + "remotes/*"),
                        new RefSpec("+refs/tags/*:refs/tags/*")).call();
                ObjectId id = ObjectId.fromString(commit);
                if (!repo.getObjectDatabase().has(id)) {
                    throw new ReproduceException("Commit " + commit + " is not reachable from any branch or tag of "
                            + source + "; fetch it there and try again.");
                }
                git.branchCreate().setName(branch).setStartPoint(commit).setForce(true).call();
                git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef(commit).call();
                dropSourceRefs(repo);
                config = repo.getConfig();
                config.unsetSection("remote", SOURCE);
                if (origin != null && !origin.isBlank()) {
                    config.setString("remote", "origin", "url", origin);
                }
                config.save();
            }
            return target;
        } catch (GitAPIException | JGitInternalException | IOException e) {
            throw new ReproduceException("Could not check out commit " + commit + " into " + target + " ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void dropSourceRefs(Repository repo) throws IOException {
        List<Ref> refs = repo.getRefDatabase().getRefsByPrefix(SOURCE_REFS);
        for (Ref ref : refs) {
            RefUpdate update = repo.updateRef(ref.getName());
            update.setForceUpdate(true);
            update.delete();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
