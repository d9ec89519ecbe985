package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads commits and files of one local repository without checking anything out. Close it after use. */
public final class GitReader implements AutoCloseable {

    /**
     * A file at a commit.
     *
     * @param blobId the git blob hash of the committed bytes
     */
    public record FileAt(String commit, String path, String blobId, byte[] bytes) {
    }

    /** Larger files are refused rather than read into memory (workflow files and lock files are far smaller). */
    private static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

    private final Repository repo;

    private GitReader(Repository repo) {
        this.repo = repo;
    }

    /** Opens a working tree (its {@code .git} is found) or a bare repository. */
    public static GitReader open(Path dir) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        Path dotGit = dir.resolve(".git");
        if (java.nio.file.Files.exists(dotGit)) {
            builder.setWorkTree(dir.toFile()).setGitDir(dotGit.toFile());
        } else {
            builder.setGitDir(dir.toFile());
        }
        return new GitReader(builder.build());
    }

    /**
     * The full id of a commit named by a full or abbreviated id; empty when no commit has it, or when an
     * abbreviation names several objects (then nothing can be said for sure).
     */
    public Optional<String> resolveCommit(String idOrAbbreviation) throws IOException {
        if (idOrAbbreviation == null || !idOrAbbreviation.matches("[0-9a-fA-F]{4,40}")) {
            return Optional.empty();
        }
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            Collection<ObjectId> candidates = reader.resolve(AbbreviatedObjectId.fromString(
                    idOrAbbreviation.toLowerCase(java.util.Locale.ROOT)));
            List<ObjectId> commits = new java.util.ArrayList<>();
            for (ObjectId id : candidates) {
                if (reader.open(id).getType() == Constants.OBJ_COMMIT) {
                    commits.add(id);
                }
            }
            return commits.size() == 1 ? Optional.of(commits.get(0).name()) : Optional.empty();
        } catch (MissingObjectException | AmbiguousObjectException e) {
            return Optional.empty();
        }
    }

    /** The commit a release tag points at: {@code v1.2.3} or {@code 1.2.3}. */
    public Optional<String> resolveTag(String version) throws IOException {
        if (version == null || !version.matches("[0-9A-Za-z.+_-]{1,64}")) {
            return Optional.empty();
        }
        for (String name : List.of("v" + version, version)) {
            try {
                Ref ref = repo.exactRef(Constants.R_TAGS + name);
                if (ref != null) {
                    Ref peeled = repo.getRefDatabase().peel(ref);
                    ObjectId id = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
                    try (RevWalk walk = new RevWalk(repo)) {
                        return Optional.of(walk.parseCommit(id).name());
                    }
                }
            } catch (RevisionSyntaxException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The file at a path of a commit (the commit must exist; see {@link #resolveCommit}). */
    public Optional<FileAt> file(String commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
                if (tw == null || (tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB)) {
                    return Optional.empty();
                }
                ObjectId blob = tw.getObjectId(0);
                return Optional.of(new FileAt(c.name(), path, blob.name(), repo.open(blob, Constants.OBJ_BLOB)
                        .getBytes(MAX_FILE_BYTES)));
            }
        }
    }

    /** Only the blob id of a file at a commit: no bytes are read. */
    public Optional<String> blobId(String commit, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tw = TreeWalk.forPath(repo, path, c.getTree())) {
                if (tw == null || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    return Optional.empty();
                }
                return Optional.of(tw.getObjectId(0).name());
            }
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
