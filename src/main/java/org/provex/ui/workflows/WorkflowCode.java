package org.provex.ui.workflows;

import java.util.Locale;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.ui.common.Messages;

/**
 * What a workflow's URL says about its code, split for display: repository / commit / path for a git
 * file, image / digest for a container. Fields that do not apply are empty strings.
 *
 * @param notebook a git file that is a Jupyter notebook (its checksum is taken after output stripping)
 */
public record WorkflowCode(WorkflowUrl.Kind kind, boolean notebook, String repository, String commit, String path,
                           String image, String digest, String raw) {

    private static final Messages TEXT = Messages.of(WorkflowCode.class);

    public static WorkflowCode of(Workflow w) {
        WorkflowUrl url = w.parsedUrl();
        if (url instanceof WorkflowUrl.GitBlob b) {
            return new WorkflowCode(url.kind(), b.path().toLowerCase(Locale.ROOT).endsWith(".ipynb"),
                    b.webUrl().orElse(b.remote()), b.commit(), b.path(), "", "", url.raw());
        }
        if (url instanceof WorkflowUrl.GitCommit c) {
            return new WorkflowCode(url.kind(), false, c.repository(), c.commit(), "", "", "", url.raw());
        }
        if (url instanceof WorkflowUrl.DockerImage d) {
            return new WorkflowCode(url.kind(), false, "", "", "", d.image(), d.digest(), url.raw());
        }
        return new WorkflowCode(url.kind(), false, "", "", "", "", "", url.raw());
    }

    /** "Git file", "Git notebook", "Container", "REPL", "No URL", "Sentinel", ... */
    public String kindLabel() {
        return notebook ? TEXT.get("kind.NOTEBOOK") : TEXT.get("kind." + kind.name());
    }

    /** The commit for git code, the digest for a container, else empty. */
    public String identity() {
        return commit.isEmpty() ? digest : commit;
    }

    /** A git file whose URL has no commit: it ran from a file that was never committed. */
    public boolean uncommitted() {
        return kind == WorkflowUrl.Kind.GIT_BLOB && commit.isEmpty();
    }
}
