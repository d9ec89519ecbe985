package org.provex.core.reproduce.code;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What checking a workflow's recorded checksum against git found.
 *
 * @param message         one sentence for people; says what to do where something can be done
 * @param repository      where the code was read: the mapped clone or Provex's clone, or "" when none was reached
 * @param commit          the full commit id that was checked, or "" when none was resolved
 * @param commitSource    how that commit was chosen, or null when none was resolved
 * @param path            the workflow file's path in the repository ("" for containers and URL kinds without one)
 * @param expected        the recorded checksum (a git blob hash), or the image digest for a container
 * @param actual          the blob hash found at the commit ("" when nothing was read)
 * @param notes           further remarks, e.g. that the run's own HEAD was not found and the URL's commit was used
 * @param checkedAt       when the check ran
 */
public record CodeVerification(Verdict verdict, Reason reason, String message, String repository, String commit,
                               CommitSource commitSource, String path, String expected, String actual,
                               List<String> notes, Instant checkedAt) {

    /** The four answers. */
    public enum Verdict {
        /** The file at the commit hashes to the recorded checksum: this commit holds the code that ran. */
        VERIFIED,
        /** The recorded checksum matches no committed file: the signature of a run made from uncommitted code. */
        MISMATCH,
        /** The check could not be made; {@link Reason} says why. */
        UNVERIFIABLE,
        /** The code is a container image, identified by its digest rather than by git. */
        CONTAINER;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why, as a stable snake_case word (JSON {@code reason}). */
    public enum Reason {
        CHECKSUM_MATCHES, DIRTY_TREE, CHECKSUM_DIFFERS, UNCOMMITTED_FILE, FILE_NOT_IN_COMMIT,
        REPOSITORY_UNREACHABLE, SSH_NO_ACCESS, COMMIT_UNREACHABLE, EMPTY_URL, REPL, SENTINEL, NO_CHECKSUM,
        NOTEBOOK_UNREADABLE, UNSAFE_URL, UNRECOGNISED_URL, COMMIT_URL, IMAGE_DIGEST;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the checked commit was found. */
    public enum CommitSource {
        /** The {@code +g<sha>} of the per-run setuptools-scm version: the repository HEAD when the run started. */
        VERSION_HEAD,
        /** A version exactly at a release tag ({@code 0.2.0} = tag {@code v0.2.0}): HEAD was the tagged commit. */
        VERSION_TAG,
        /** The commit inside the Workflow URL: only the last commit that touched the file. */
        URL_COMMIT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CodeVerification {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        message = message == null ? "" : message;
        repository = repository == null ? "" : repository;
        commit = commit == null ? "" : commit;
        path = path == null ? "" : path;
        expected = expected == null ? "" : expected;
        actual = actual == null ? "" : actual;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A verdict that git content fixes for good (it cannot change unless the repository is rewritten). */
    public boolean isDefinitive() {
        return verdict == Verdict.VERIFIED || verdict == Verdict.MISMATCH;
    }

    static CodeVerification without(Verdict verdict, Reason reason, String message, String path, String expected,
                                    Instant at) {
        return new CodeVerification(verdict, reason, message, "", "", null, path, expected, "", List.of(), at);
    }
}
