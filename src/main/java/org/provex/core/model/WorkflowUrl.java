package org.provex.core.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Workflow.URL} names. deriva-ml writes a GitHub blob URL
 * ({@code https://github.com/org/repo/blob/<commit>/<path>}), the same from an SSH remote
 * ({@code git@github.com:org/repo/blob/<commit>/<path>}) or a local one ({@code file:///srv/git/repo/blob/...}:
 * deriva-ml writes whatever {@code git remote get-url origin} says), a Docker image reference pinned by
 * digest, an empty string, {@code REPL}, or the unknown-provenance sentinel tag.
 */
public sealed interface WorkflowUrl {

    /** The URL kinds, for display and filtering. */
    enum Kind { GIT_BLOB, GIT_COMMIT, DOCKER_IMAGE, REPL, EMPTY, UNKNOWN_PROVENANCE, OTHER }

    String UNKNOWN_PROVENANCE_TAG = "tag:deriva-ml,unknown-provenance:workflow";

    Kind kind();

    /** The text as stored in the catalog. */
    String raw();

    /**
     * A file at a commit of a git repository.
     *
     * @param remote     the remote as recorded (https URL or SSH form), without {@code .git}
     * @param webUrl     an https URL for the repository, when one can be derived
     * @param commit     the last commit that touched the file; empty when the file was never committed
     * @param path       the file's path in the repository
     */
    record GitBlob(String raw, String remote, Optional<String> webUrl, String commit, String path)
            implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.GIT_BLOB;
        }

        public boolean hasCommit() {
            return !commit.isEmpty();
        }

        public boolean isSsh() {
            return remote.startsWith("ssh://") || !remote.contains("://");
        }

        /** A remote on this computer ({@code file://}), which needs no network to read. */
        public boolean isLocal() {
            return remote.startsWith("file://");
        }
    }

    /** A commit URL without a file, as written for the MCP container when no digest is known. */
    record GitCommit(String raw, String repository, String commit) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.GIT_COMMIT;
        }
    }

    /** A container image pinned by digest: the digest is the code identity. */
    record DockerImage(String raw, String image, String digest) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.DOCKER_IMAGE;
        }
    }

    /** Code typed at an interactive prompt; nothing to check out. */
    record Repl(String raw) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.REPL;
        }
    }

    /** No URL (a script outside any git repository, run with allow_dirty). */
    record Empty(String raw) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.EMPTY;
        }
    }

    /** The sentinel workflow deriva-ml seeds for artifacts with no known producer. */
    record UnknownProvenance(String raw) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.UNKNOWN_PROVENANCE;
        }
    }

    /** Anything else, kept verbatim. */
    record Other(String raw) implements WorkflowUrl {
        @Override
        public Kind kind() {
            return Kind.OTHER;
        }
    }

    Pattern HTTP_BLOB = Pattern.compile("^(https?://[^\\s]+?)/blob/([0-9a-fA-F]*)/(.+)$");
    Pattern FILE_BLOB = Pattern.compile("^(file://[^\\s]+?)/blob/([0-9a-fA-F]*)/(.+)$");
    Pattern SSH_BLOB = Pattern.compile("^([\\w.+-]+@([\\w.-]+):([^\\s]+?))/blob/([0-9a-fA-F]*)/(.+)$");
    Pattern COMMIT = Pattern.compile("^(https?://[^\\s]+?)/commit/([0-9a-fA-F]{7,64})/?$");
    Pattern DOCKER = Pattern.compile("^([^\\s@]+)@(sha256:[0-9a-fA-F]{64})$");

    static WorkflowUrl parse(String text) {
        if (text == null || text.isBlank()) {
            return new Empty(text == null ? "" : text);
        }
        String t = text.trim();
        if (t.equals("REPL")) {
            return new Repl(t);
        }
        if (t.equals(UNKNOWN_PROVENANCE_TAG)) {
            return new UnknownProvenance(t);
        }
        Matcher m = HTTP_BLOB.matcher(t);
        if (m.matches()) {
            String remote = stripGit(m.group(1));
            return new GitBlob(t, remote, Optional.of(remote), m.group(2).toLowerCase(), m.group(3));
        }
        m = FILE_BLOB.matcher(t);
        if (m.matches()) {
            return new GitBlob(t, stripGit(m.group(1)), Optional.empty(), m.group(2).toLowerCase(), m.group(3));
        }
        m = SSH_BLOB.matcher(t);
        if (m.matches()) {
            String remote = stripGit(m.group(1));
            String web = "https://" + m.group(2) + "/" + stripGit(m.group(3));
            return new GitBlob(t, remote, Optional.of(web), m.group(4).toLowerCase(), m.group(5));
        }
        m = COMMIT.matcher(t);
        if (m.matches()) {
            return new GitCommit(t, stripGit(m.group(1)), m.group(2).toLowerCase());
        }
        m = DOCKER.matcher(t);
        if (m.matches()) {
            return new DockerImage(t, m.group(1), m.group(2).toLowerCase());
        }
        return new Other(t);
    }

    private static String stripGit(String remote) {
        return remote.endsWith(".git") ? remote.substring(0, remote.length() - 4) : remote;
    }
}
