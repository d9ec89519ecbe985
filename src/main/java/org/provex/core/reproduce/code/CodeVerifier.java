package org.provex.core.reproduce.code;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.formats.NotebookStripper;
import org.provex.core.formats.WorkflowChecksum;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.UnsafeValueException;
import org.provex.core.reproduce.code.CodeVerification.CommitSource;
import org.provex.core.reproduce.code.CodeVerification.Reason;
import org.provex.core.reproduce.code.CodeVerification.Verdict;

/**
 * Checks a workflow's recorded checksum against git: finds the repository ({@link RepositoryLocator}), the commit the
 * run's code came from (the HEAD its own version names, else the release tag of that version, else the Workflow URL's
 * commit, which is only the last commit that touched the file), and compares the file's git blob hash there (of the
 * output-stripped notebook for {@code .ipynb}) with {@code Workflow.Checksum}. Runs on the caller's thread; it may
 * clone or fetch, so the window calls it off the FX thread.
 */
public final class CodeVerifier {

    private final RepositoryLocator locator;
    private final VerificationCache cache;
    private final Clock clock;

    public CodeVerifier(RepositoryLocator locator, VerificationCache cache, Clock clock) {
        this.locator = Objects.requireNonNull(locator, "locator");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RepositoryLocator locator() {
        return locator;
    }

    /** A workflow row on its own: the commit comes from the version of the run that created the row. */
    public static CodeIdentity identityOf(Workflow workflow) {
        return new CodeIdentity(workflow.rid(), workflow.parsedUrl(), workflow.checksum(),
                ScmVersion.parse(workflow.version()));
    }

    /**
     * The answer without touching git or the network: immediate for containers, REPL, empty URLs and the sentinel,
     * else the last stored result for this checksum, commit and clone, if any. For badges.
     */
    public Optional<CodeVerification> cached(CodeIdentity code) {
        Optional<CodeVerification> immediate = withoutGit(code);
        if (immediate.isPresent()) {
            return immediate;
        }
        WorkflowUrl.GitBlob blob = (WorkflowUrl.GitBlob) code.url();
        return cache.get(cacheKey(code, blob));
    }

    /** Verifies, reusing a stored result that git settles for good (verified or mismatch). */
    public CodeVerification verify(CodeIdentity code) {
        return verify(code, false);
    }

    /**
     * Verifies.
     *
     * @param refresh check again even when a settled result is stored
     */
    public CodeVerification verify(CodeIdentity code, boolean refresh) {
        Optional<CodeVerification> immediate = withoutGit(code);
        if (immediate.isPresent()) {
            return immediate.get();
        }
        WorkflowUrl.GitBlob blob = (WorkflowUrl.GitBlob) code.url();
        String key = cacheKey(code, blob);
        if (!refresh) {
            Optional<CodeVerification> stored = cache.get(key);
            if (stored.isPresent() && stored.get().isDefinitive()) {
                return stored.get();
            }
        }
        CodeVerification result = check(code, blob);
        cache.put(key, result);
        return result;
    }

    /** The commits to try, most telling first: the run's HEAD, the tag of its version, the URL's commit. */
    static List<Candidate> candidates(CodeIdentity code, WorkflowUrl.GitBlob blob) {
        List<Candidate> out = new ArrayList<>();
        ScmVersion v = code.runVersion();
        v.headNode().ifPresent(h -> out.add(new Candidate(h, CommitSource.VERSION_HEAD)));
        if (v.isTagged()) {
            out.add(new Candidate(v.text(), CommitSource.VERSION_TAG));
        }
        if (blob.hasCommit()) {
            out.add(new Candidate(blob.commit(), CommitSource.URL_COMMIT));
        }
        return out;
    }

    /** A commit as the run named it, and how. */
    record Candidate(String name, CommitSource source) {
        String label() {
            return switch (source) {
                case VERSION_HEAD -> "the run's HEAD " + name;
                case VERSION_TAG -> "the release tag of version " + name;
                case URL_COMMIT -> "the Workflow URL's commit " + shortId(name);
            };
        }
    }

    private String cacheKey(CodeIdentity code, WorkflowUrl.GitBlob blob) {
        String names = String.join(",", candidates(code, blob).stream()
                .map(c -> c.source().word() + ":" + c.name()).toList());
        return VerificationCache.key(code.checksum(), blob.path(), names, locator.cacheIdentity(blob.remote()));
    }

    private Optional<CodeVerification> withoutGit(CodeIdentity code) {
        WorkflowUrl url = code.url();
        String checksum = code.checksum() == null ? "" : code.checksum();
        String path = url instanceof WorkflowUrl.GitBlob b ? b.path() : "";
        CodeVerification result = null;
        if (url instanceof WorkflowUrl.DockerImage d) {
            result = containerResult(d, checksum);
        } else if (url instanceof WorkflowUrl.UnknownProvenance) {
            result = unverifiable(Reason.SENTINEL, "This is deriva-ml's unknown-provenance sentinel workflow: no "
                    + "code is recorded, so there is nothing to verify or check out.", path, checksum);
        } else if (url instanceof WorkflowUrl.Repl) {
            result = unverifiable(Reason.REPL, "The code was typed at an interactive prompt (URL 'REPL'); it was "
                    + "never saved in a file or a commit, so it cannot be verified or checked out.", path, checksum);
        } else if (url instanceof WorkflowUrl.Empty) {
            result = unverifiable(Reason.EMPTY_URL, "The workflow has no URL: the script ran outside any git "
                    + "repository, so no commit holds it.", path, checksum);
        } else if (url instanceof WorkflowUrl.GitCommit c) {
            result = unverifiable(Reason.COMMIT_URL, "The URL names commit " + shortId(c.commit()) + " of "
                    + c.repository() + " but no file, so there is no file checksum to compare.", path, checksum);
        } else if (url instanceof WorkflowUrl.Other) {
            result = unverifiable(Reason.UNRECOGNISED_URL, "The workflow URL is not a git file URL or an image "
                    + "digest Provex recognises, so the code cannot be located.", path, checksum);
        }
        return Optional.ofNullable(result);
    }

    private CodeVerification containerResult(WorkflowUrl.DockerImage d, String checksum) {
        List<String> notes = new ArrayList<>();
        if (!checksum.isBlank() && !checksum.equalsIgnoreCase(d.digest())) {
            notes.add("The recorded checksum (" + checksum + ") is not the image digest in the URL.");
        }
        return new CodeVerification(Verdict.CONTAINER, Reason.IMAGE_DIGEST, "The code is the container image "
                + d.image() + " pinned by digest " + d.digest() + "; a reproduction runs that exact image.", "", "",
                null, "", d.digest(), "", notes, clock.instant());
    }

    private CodeVerification unverifiable(Reason reason, String message, String path, String checksum) {
        return CodeVerification.without(Verdict.UNVERIFIABLE, reason, message, path, checksum, clock.instant());
    }

    private CodeVerification check(CodeIdentity code, WorkflowUrl.GitBlob blob) {
        String checksum = code.checksum() == null ? "" : code.checksum().strip().toLowerCase(Locale.ROOT);
        String path;
        try {
            path = org.provex.core.reproduce.UntrustedValues.repositoryPath(blob.path());
        } catch (UnsafeValueException e) {
            return unverifiable(Reason.UNSAFE_URL, e.getMessage(), blob.path(), checksum);
        }
        if (checksum.isEmpty()) {
            return unverifiable(Reason.NO_CHECKSUM, "The workflow has no checksum, so there is nothing to compare "
                    + "the committed file with.", path, checksum);
        }
        List<Candidate> candidates = candidates(code, blob);
        if (candidates.isEmpty()) {
            return new CodeVerification(Verdict.MISMATCH, Reason.UNCOMMITTED_FILE, "The workflow file " + path
                    + " was never committed (the URL names no commit and the run's version names no HEAD), so no "
                    + "commit holds the code that ran.", "", "", null, path, checksum, "", List.of(),
                    clock.instant());
        }
        RepositoryLocator.Located located;
        try {
            located = locator.locate(blob.remote());
        } catch (CodeAccessException e) {
            return unverifiable(e.reason(), e.getMessage(), path, checksum);
        }
        try (GitReader reader = GitReader.open(located.directory())) {
            Optional<Resolved> resolved = resolve(reader, candidates);
            if (resolved.isEmpty() && locator.refresh(located)) {
                try (GitReader fresh = GitReader.open(located.directory())) {
                    return compare(fresh, located, code, blob, path, checksum, candidates);
                }
            }
            return compare(reader, located, code, blob, path, checksum, candidates);
        } catch (IOException e) {
            return unverifiable(Reason.REPOSITORY_UNREACHABLE, "The repository at " + located.directory()
                    + " could not be read (" + e.getMessage() + ").", path, checksum);
        }
    }

    private record Resolved(String commit, Candidate candidate) {
    }

    private static Optional<Resolved> resolve(GitReader reader, List<Candidate> candidates) throws IOException {
        for (Candidate c : candidates) {
            Optional<String> id = c.source() == CommitSource.VERSION_TAG ? reader.resolveTag(c.name())
                    : reader.resolveCommit(c.name());
            if (id.isPresent()) {
                return Optional.of(new Resolved(id.get(), c));
            }
        }
        return Optional.empty();
    }

    private CodeVerification compare(GitReader reader, RepositoryLocator.Located located, CodeIdentity code,
                                     WorkflowUrl.GitBlob blob, String path, String checksum,
                                     List<Candidate> candidates) throws IOException {
        String repo = located.directory().toString();
        Optional<Resolved> found = resolve(reader, candidates);
        if (found.isEmpty()) {
            String named = String.join(" and ", candidates.stream().map(Candidate::label).toList());
            return new CodeVerification(Verdict.UNVERIFIABLE, Reason.COMMIT_UNREACHABLE, "Neither " + named
                    + " is in " + located.describe() + ": the commit was never pushed, or the history was rewritten"
                    + (located.source() == RepositoryLocator.Source.MAPPED ? "; fetch it into your clone (git fetch) "
                    + "and try again." : "."), repo, "", null, path, checksum, "", List.of(), clock.instant());
        }
        Resolved r = found.get();
        List<String> notes = new ArrayList<>();
        if (r.candidate() != candidates.get(0)) {
            notes.add(capitalise(candidates.get(0).label()) + " is not in the repository; " + r.candidate().label()
                    + " was checked instead, which holds this file but may not hold the rest of the run's code.");
        }
        boolean notebook = WorkflowChecksum.isNotebook(path);
        Optional<String> actual;
        try {
            actual = notebook ? reader.file(r.commit(), path).map(f -> WorkflowChecksum.ofFile(path, f.bytes()))
                    : reader.blobId(r.commit(), path);
        } catch (NotebookStripper.NotebookException e) {
            return new CodeVerification(Verdict.UNVERIFIABLE, Reason.NOTEBOOK_UNREADABLE, e.getMessage(), repo,
                    r.commit(), r.candidate().source(), path, checksum, "", notes, clock.instant());
        }
        if (actual.isEmpty()) {
            Reason reason = blob.hasCommit() ? Reason.FILE_NOT_IN_COMMIT : Reason.UNCOMMITTED_FILE;
            return new CodeVerification(Verdict.MISMATCH, reason, "Commit " + shortId(r.commit()) + " has no file "
                    + path + ", so the code that ran is not in that commit" + (code.dirty() ? " (the run's version "
                    + "marks a dirty tree: the file was never committed)." : "."), repo, r.commit(),
                    r.candidate().source(), path, checksum, "", notes, clock.instant());
        }
        String hash = actual.get().toLowerCase(Locale.ROOT);
        if (hash.equals(checksum)) {
            if (code.dirty()) {
                notes.add("The run's version " + code.runVersion().text() + " marks a dirty tree: this file was "
                        + "committed, but other files of the repository had uncommitted changes.");
            }
            return new CodeVerification(Verdict.VERIFIED, Reason.CHECKSUM_MATCHES, path + " at commit "
                    + shortId(r.commit()) + " hashes to the recorded checksum" + (notebook ? " (outputs stripped)"
                    : "") + ": this commit holds the code that ran.", repo, r.commit(), r.candidate().source(), path,
                    checksum, hash, notes, clock.instant());
        }
        Reason reason = code.dirty() ? Reason.DIRTY_TREE : blob.hasCommit() ? Reason.CHECKSUM_DIFFERS
                : Reason.UNCOMMITTED_FILE;
        String why = reason == Reason.DIRTY_TREE ? "the run's version " + code.runVersion().text() + " marks a "
                + "dirty tree: the file was edited and run without committing, so no commit holds the code that ran."
                : reason == Reason.UNCOMMITTED_FILE ? "the URL names no commit: the file was never committed."
                : "the code that ran differs from every commit Provex can see (uncommitted changes, or a rewritten "
                + "history).";
        return new CodeVerification(Verdict.MISMATCH, reason, path + " at commit " + shortId(r.commit())
                + " does not hash to the recorded checksum: " + why, repo, r.commit(), r.candidate().source(), path,
                checksum, hash, notes, clock.instant());
    }

    static String shortId(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
