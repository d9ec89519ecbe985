package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import org.provex.ui.common.Messages;
import org.provex.ui.detail.DetailContent.Code;
import org.provex.ui.detail.DetailContent.Field;

/** The "Code" part of the page: where the code is, its identity, and the run's own version. */
final class CodeFacts {

    private final Messages m;

    CodeFacts(Messages messages) {
        this.m = messages;
    }

    Code code(ExecutionDetail d) {
        Workflow w = d.workflow();
        if (w == null) {
            return new Code(null, null, "", m.get("code.kind.other"), List.of(), m.get("code.noWorkflow"), List.of(),
                    false);
        }
        WorkflowUrl url = w.parsedUrl();
        List<Field> location = new ArrayList<>();
        String explanation = location(url, location);
        List<Field> identity = new ArrayList<>();
        boolean git = url instanceof WorkflowUrl.GitBlob || url instanceof WorkflowUrl.GitCommit;
        identity.add(new Field(m.get(git ? "code.checksum.git" : "code.checksum"), orNone(w.checksum()), true));
        ScmVersion run = d.code() == null ? ScmVersion.parse(null) : d.code().runVersion();
        if (run.isEmpty()) {
            identity.add(new Field(m.get("code.runVersion"), m.get("code.runVersion.none"), false));
        } else {
            identity.add(new Field(m.get("code.runVersion"), run.text(), true, m.get("code.runVersion.source")
                    + (run.dirty() ? " \u00b7 " + m.get("code.runVersion.dirty") : "")));
            run.headNode().ifPresent(h -> identity.add(new Field(m.get("code.head"), h, true)));
        }
        identity.add(new Field(m.get("code.catalogVersion"), orNone(w.version()), true,
                m.get("code.catalogVersion.note")));
        return new Code(w.rid(), w.name() == null ? w.rid().value() : w.name(), String.join(", ", w.types()),
                kind(url), location, explanation, identity, run.dirty());
    }

    /** Fills the location fields and returns what the URL kind means, or null when it speaks for itself. */
    private String location(WorkflowUrl url, List<Field> out) {
        if (url instanceof WorkflowUrl.GitBlob b) {
            out.add(new Field(m.get("code.repository"), b.remote(), false));
            out.add(new Field(m.get("code.commit"), b.hasCommit() ? b.commit() : m.get("code.commit.none"),
                    b.hasCommit()));
            out.add(new Field(m.get("code.path"), b.path(), true));
            return b.hasCommit() ? null : m.get("code.explain.uncommitted");
        }
        if (url instanceof WorkflowUrl.GitCommit c) {
            out.add(new Field(m.get("code.repository"), c.repository(), false));
            out.add(new Field(m.get("code.commit"), c.commit(), true));
            return null;
        }
        if (url instanceof WorkflowUrl.DockerImage dk) {
            out.add(new Field(m.get("code.image"), dk.image(), true));
            out.add(new Field(m.get("code.digest"), dk.digest(), true));
            return m.get("code.explain.docker");
        }
        if (url instanceof WorkflowUrl.Repl) {
            return m.get("code.explain.repl");
        }
        if (url instanceof WorkflowUrl.Empty) {
            return m.get("code.explain.empty");
        }
        if (url instanceof WorkflowUrl.UnknownProvenance) {
            return m.get("code.explain.sentinel");
        }
        out.add(new Field(m.get("code.url"), url.raw(), true));
        return null;
    }

    private String kind(WorkflowUrl url) {
        return m.get(switch (url.kind()) {
            case GIT_BLOB -> "code.kind.git";
            case GIT_COMMIT -> "code.kind.commit";
            case DOCKER_IMAGE -> "code.kind.docker";
            case REPL -> "code.kind.repl";
            case EMPTY -> "code.kind.empty";
            case UNKNOWN_PROVENANCE -> "code.kind.sentinel";
            case OTHER -> "code.kind.other";
        });
    }

    private String orNone(String s) {
        return s == null || s.isBlank() ? m.get("code.none") : s;
    }
}
