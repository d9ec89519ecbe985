package org.provex.core.reproduce.code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.provex.core.diff.TextDiff;
import org.provex.core.model.WorkflowUrl;

/**
 * What changed in a workflow's code between two of its versions (code drift): the file of each version read from
 * the user's clone of its repository (the clone mapped to the remote in the settings, which for the demo catalog is
 * the demo repository) and diffed line by line. Reads only: it never clones, fetches or checks anything out.
 */
public final class WorkflowCodeDiff {

    /**
     * @param older      the earlier version's file (commit and path)
     * @param newer      the later version's file
     * @param repository the clone both were read from
     */
    public record Result(WorkflowUrl.GitBlob older, WorkflowUrl.GitBlob newer, TextDiff diff, Path repository) {

        /** A unified diff with the commits in its file headers. */
        public String unified() {
            return diff.unified(label(older), label(newer), 3);
        }

        private static String label(WorkflowUrl.GitBlob b) {
            return b.path() + " @ " + b.commit().substring(0, Math.min(10, b.commit().length()));
        }
    }

    private WorkflowCodeDiff() {
    }

    /**
     * @param mappings remote to local clone, as in the settings (any spelling of a remote matches)
     * @throws IllegalStateException with what to do when no clone is mapped or a commit or file is not in it
     */
    public static Result between(Map<String, String> mappings, WorkflowUrl.GitBlob older, WorkflowUrl.GitBlob newer)
            throws IOException {
        RepositoryLocator locator = new RepositoryLocator(() -> mappings, Path.of("."), 0);
        Path clone = locator.mapping(newer.remote()).orElseThrow(() -> new IllegalStateException("No local clone of "
                + newer.remote() + " is known to Provex; map yours with 'provex repo map " + newer.remote()
                + " <folder>' and try again."));
        try (GitReader git = GitReader.open(clone)) {
            return new Result(older, newer, TextDiff.of(text(git, older, clone), text(git, newer, clone)), clone);
        }
    }

    private static String text(GitReader git, WorkflowUrl.GitBlob b, Path clone) throws IOException {
        Optional<String> commit = git.resolveCommit(b.commit());
        if (commit.isEmpty()) {
            throw new IllegalStateException("Commit " + b.commit() + " is not in the clone at " + clone
                    + "; fetch it there (git fetch) and try again.");
        }
        return git.file(commit.get(), b.path()).map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException(b.path() + " is not in commit " + b.commit()
                        + " of the clone at " + clone + "."));
    }
}
