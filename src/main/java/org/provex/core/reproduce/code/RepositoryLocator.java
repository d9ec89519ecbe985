package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FileUtils;
import org.provex.core.reproduce.code.CodeVerification.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the git repository behind a Workflow URL's remote: a local clone the user mapped to it (settings; researchers
 * often have one, and clusters often cannot reach the hosting service), else Provex's own bare clone in its data
 * folder, made on first use from an https or {@code file://} remote. Provex never clones over SSH: it keeps no SSH
 * keys, so an SSH remote needs a mapped clone. Nothing here writes to a mapped clone.
 */
public final class RepositoryLocator {

    /** Where the code was found. */
    public enum Source { MAPPED, CACHED_CLONE, NEW_CLONE }

    /**
     * A repository to read.
     *
     * @param directory the clone's folder (a working tree or a bare repository)
     * @param remote    the remote as the Workflow URL recorded it
     */
    public record Located(Path directory, Source source, String remote) {
        public String describe() {
            return switch (source) {
                case MAPPED -> "your clone " + directory;
                case CACHED_CLONE, NEW_CLONE -> "Provex's clone " + directory;
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryLocator.class);
    private static final RefSpec ALL_BRANCHES = new RefSpec("+refs/heads/*:refs/heads/*");
    private static final RefSpec ALL_TAGS = new RefSpec("+refs/tags/*:refs/tags/*");

    private final Supplier<Map<String, String>> mappings;
    private final Path cloneRoot;
    private final int timeoutSeconds;
    private final Map<String, CodeAccessException> failedClones = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> refreshed = new ConcurrentHashMap<>();

    /**
     * @param mappings       remote to local clone, read afresh on every look-up (the settings may change)
     * @param cloneRoot      the folder for Provex's own clones
     * @param timeoutSeconds network timeout of a clone or fetch
     */
    public RepositoryLocator(Supplier<Map<String, String>> mappings, Path cloneRoot, int timeoutSeconds) {
        this.mappings = mappings;
        this.cloneRoot = cloneRoot.toAbsolutePath().normalize();
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The clone the user mapped to this remote (any spelling of it), if any. Never touches git. */
    public Optional<Path> mapping(String remote) {
        Optional<RemoteName> name = RemoteName.parse(remote);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : mappings.get().entrySet()) {
            Optional<RemoteName> mapped = RemoteName.parse(e.getKey());
            if (mapped.isPresent() && mapped.get().sameAs(name.get())) {
                return Optional.of(Path.of(e.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Where Provex keeps (or would keep) its own clone of a remote. Never touches git. */
    public Optional<Path> clonePath(String remote) {
        return RemoteName.parse(remote).map(n -> cloneRoot.resolve(n.folderName() + ".git"));
    }

    /** The clone that {@link #locate} would read without cloning, as a cache key: mapped, else Provex's clone path. */
    public String cacheIdentity(String remote) {
        return mapping(remote).map(p -> "mapped:" + p.toAbsolutePath().normalize())
                .or(() -> clonePath(remote).map(p -> "clone:" + p))
                .orElse("none:" + remote);
    }

    /**
     * The repository of a remote: the mapped clone, Provex's clone, or a new clone of an https or file remote.
     *
     * @throws CodeAccessException with {@link Reason#SSH_NO_ACCESS} for an unmapped SSH remote, or
     *     {@link Reason#REPOSITORY_UNREACHABLE} when the mapped clone is gone or the remote cannot be cloned
     */
    public Located locate(String remote) {
        Optional<Path> mapped = mapping(remote);
        if (mapped.isPresent()) {
            Path dir = mapped.get();
            if (!isRepository(dir)) {
                throw new CodeAccessException(Reason.REPOSITORY_UNREACHABLE, "The clone mapped to " + remote + " ("
                        + dir + ") is not a git repository any more; map the right folder with 'provex repo map "
                        + remote + " DIR'.", null);
            }
            return new Located(dir, Source.MAPPED, remote);
        }
        Path clone = clonePath(remote).orElseThrow(() -> new CodeAccessException(Reason.REPOSITORY_UNREACHABLE,
                "'" + remote + "' is not a git remote Provex can read.", null));
        if (isRepository(clone)) {
            return new Located(clone, Source.CACHED_CLONE, remote);
        }
        CodeAccessException earlier = failedClones.get(remote);
        if (earlier != null) {
            throw earlier;
        }
        try {
            cloneInto(remote, clone);
            return new Located(clone, Source.NEW_CLONE, remote);
        } catch (CodeAccessException e) {
            failedClones.put(remote, e);
            throw e;
        }
    }

    /**
     * Fetches new commits into Provex's own clone, once per locator; a mapped clone is never changed (the user's
     * clone is theirs to fetch).
     *
     * @return true when a fetch ran and succeeded
     */
    public boolean refresh(Located located) {
        if (located.source() == Source.MAPPED || refreshed.putIfAbsent(located.directory(), Boolean.TRUE) != null) {
            return false;
        }
        try (Git git = Git.open(located.directory().toFile())) {
            git.fetch().setRemote("origin").setRefSpecs(ALL_BRANCHES, ALL_TAGS).setTagOpt(TagOpt.FETCH_TAGS)
                    .setTimeout(timeoutSeconds).call();
            return true;
        } catch (IOException | GitAPIException | JGitInternalException e) {
            LOG.info("Fetching {} into {} failed: {}", located.remote(), located.directory(), e.getMessage());
            return false;
        }
    }

    static boolean isRepository(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        return RepositoryCache.FileKey.isGitRepository(dir.toFile(), FS.DETECTED)
                || RepositoryCache.FileKey.isGitRepository(dir.resolve(".git").toFile(), FS.DETECTED);
    }

    private void cloneInto(String remote, Path target) {
        String uri = cloneUri(remote);
        Path temp = null;
        try {
            Files.createDirectories(cloneRoot);
            temp = Files.createTempDirectory(cloneRoot, ".clone-");
            LOG.info("Cloning {} into {}", remote, target);
            try (Git ignored = Git.cloneRepository().setURI(uri).setDirectory(temp.toFile()).setBare(true)
                    .setCloneAllBranches(true).setTagOption(TagOpt.FETCH_TAGS).setTimeout(timeoutSeconds).call()) {
                LOG.debug("Cloned {}", remote);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
        } catch (GitAPIException | JGitInternalException e) {
            throw new CodeAccessException(Reason.REPOSITORY_UNREACHABLE, "The repository " + remote + " could not be "
                    + "cloned (" + rootMessage(e) + "). If you have a clone, map it: provex repo map " + remote
                    + " DIR", e);
        } catch (IOException e) {
            throw new CodeAccessException(Reason.REPOSITORY_UNREACHABLE, "Provex could not make a clone of " + remote
                    + " in " + cloneRoot + " (" + e.getMessage() + ").", e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** The URI to clone: https remotes as recorded, file remotes as the folder that exists (with or without .git). */
    private static String cloneUri(String remote) {
        String r = remote.strip();
        if (r.startsWith("https://") || r.startsWith("http://")) {
            return r;
        }
        if (r.startsWith("file://")) {
            Path p = Path.of(java.net.URI.create(r));
            if (!Files.isDirectory(p) && Files.isDirectory(Path.of(p + ".git"))) {
                return Path.of(p + ".git").toUri().toString();
            }
            return p.toUri().toString();
        }
        throw new CodeAccessException(Reason.SSH_NO_ACCESS, "The workflow's repository is an SSH remote (" + remote
                + "); Provex keeps no SSH keys and does not clone over SSH. Map your clone of it: provex repo map "
                + remote + " DIR", null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void deleteQuietly(Path root) {
        try {
            FileUtils.delete(root.toFile(), FileUtils.RECURSIVE | FileUtils.IGNORE_ERRORS);
        } catch (IOException e) {
            LOG.debug("Could not remove {}", root, e);
        }
    }
}
