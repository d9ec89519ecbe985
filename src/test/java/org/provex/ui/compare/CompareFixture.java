package org.provex.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.Rid;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.testing.TestContext;

/**
 * A copy of the demo workspace, its runs audited once (to pick runs with designed differences), and test contexts
 * whose dialogs, navigator and notifications record what they are asked.
 */
final class CompareFixture {

    /** The demo's fake secrets: none may appear unless revealed. */
    static final List<String> FAKE_SECRETS = List.of("fake-demo-key-not-real", "AKIAFAKEDEMO",
            "FAKE-demo-aws-secret");

    final Workspace workspace;
    final CacheDatabase db;
    final List<ExecutionAudit> audits;

    CompareFixture(Path dir) throws IOException {
        workspace = DemoWorkspace.create(dir);
        db = workspace.openCache(Workspace.DEMO);
        List<Rid> rids = new ExecutionQueries(db).list(ExecutionFilter.ALL, ExecutionSort.asc(ExecutionColumn.CREATED),
                Integer.MAX_VALUE, 0).stream().map(ExecutionRow::rid).toList();
        audits = new ExecutionComparer(db).audits(rids);
    }

    CatalogSession session(String name) {
        CacheMeta meta = new LookupQueries(db).meta();
        return new CatalogSession(name, db, meta, RecordLinks.demo(meta.snaptime()));
    }

    Rid first(Predicate<ExecutionAudit> p) {
        return audits.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no such demo run"))
                .detail().execution().rid();
    }

    /** A finished top-level training run of a code version and Hydra experiment. */
    static Predicate<ExecutionAudit> training(String runVersion, String experiment) {
        return a -> "Uploaded".equals(a.detail().execution().status()) && a.detail().code() != null
                && a.detail().code().runVersion().text().equals(runVersion) && a.hydraConfig().isPresent()
                && a.configuration().map(c -> experiment.equals(c.configChoices().get("experiment"))).orElse(false)
                && a.detail().parent() == null;
    }

    /** A fresh test context on this fixture's workspace (no session until the test sets one). */
    TestContext context() {
        return new TestContext(workspace);
    }
}
