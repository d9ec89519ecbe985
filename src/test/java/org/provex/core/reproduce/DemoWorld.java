package org.provex.core.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.demo.DemoRepository;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;

/**
 * A private Provex data folder with the demo catalog installed (its cache, its real git repository and the mapping of
 * the demo remote to it), and the reproduce services wired on it. Tests find demo runs by what they are, not by RID.
 */
public final class DemoWorld {

    public final Workspace workspace;
    public final ReproduceServices services;

    private DemoWorld(Workspace workspace, ReproduceServices services) {
        this.workspace = workspace;
        this.services = services;
    }

    public static DemoWorld create(Path dir, Map<String, String> environment, Clock clock) throws IOException {
        Workspace ws = DemoWorkspace.create(dir);
        return new DemoWorld(ws, new ReproduceServices(ws, new CredentialFile(dir.resolve("credential.json")),
                environment, clock));
    }

    public CacheDatabase open() throws IOException {
        return workspace.openCache(Workspace.DEMO);
    }

    /** Every run's audit, oldest first. */
    public static List<ExecutionAudit> audits(CacheDatabase db) {
        List<ExecutionAudit> out = new ArrayList<>();
        ExecutionAuditor auditor = new ExecutionAuditor(db);
        for (ExecutionRow r : new ExecutionQueries(db).list(ExecutionFilter.ALL,
                ExecutionSort.asc(org.provex.core.cache.query.ExecutionColumn.CREATED), 100_000, 0)) {
            auditor.audit(r.rid()).ifPresent(out::add);
        }
        return out;
    }

    public static ExecutionAudit find(CacheDatabase db, String what, Predicate<ExecutionAudit> test) {
        Optional<ExecutionAudit> found = audits(db).stream().filter(test).findFirst();
        return found.orElseThrow(() -> new IllegalStateException("the demo has no " + what));
    }

    /** An uploaded script run whose own HEAD is a later commit than its Workflow URL's, with an overrides file. */
    public static boolean headAfterUrlCommit(ExecutionAudit a) {
        var code = a.detail().code();
        return code != null && "Uploaded".equals(a.detail().execution().status()) && !code.dirty()
                && a.detail().parent() == null && !a.hydraOverrides().isEmpty()
                && code.headCommit().isPresent() && code.fileCommit().isPresent()
                && !code.fileCommit().get().startsWith(code.headCommit().get())
                && !(code.url() instanceof WorkflowUrl.GitBlob b && b.path().endsWith(".ipynb"));
    }

    public static boolean dirty(ExecutionAudit a) {
        return a.detail().code() != null && a.detail().code().dirty();
    }

    public static boolean container(ExecutionAudit a) {
        return a.detail().code() != null && a.detail().code().url() instanceof WorkflowUrl.DockerImage;
    }

    public static boolean notebook(ExecutionAudit a) {
        return a.detail().code() != null && a.detail().code().url() instanceof WorkflowUrl.GitBlob b
                && b.path().endsWith(".ipynb");
    }

    /** The full id of the demo commit a run's HEAD abbreviation names. */
    public static String demoCommit(String abbreviation) {
        return DemoRepository.get().commits().stream().map(DemoRepository.Commit::id)
                .filter(id -> id.startsWith(abbreviation)).findFirst().orElseThrow();
    }
}
