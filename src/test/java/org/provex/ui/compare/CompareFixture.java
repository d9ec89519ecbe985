package org.provex.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.DialogService;
import org.provex.ui.common.Navigator;
import org.provex.ui.common.Notifications;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;

/**
 * The demo catalog in a temporary folder, its runs audited once (to pick runs with designed differences), and a
 * view context whose dialogs, navigator and notifications record what they are asked.
 */
final class CompareFixture {

    /** The demo's fake secrets: none may appear unless revealed. */
    static final List<String> FAKE_SECRETS = List.of("fake-demo-key-not-real", "AKIAFAKEDEMO",
            "FAKE-demo-aws-secret");

    final Workspace workspace;
    final CacheDatabase db;
    final List<ExecutionAudit> audits;

    CompareFixture(Path dir) throws IOException {
        workspace = new Workspace(new DataDirectory(dir).ensureExists());
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

    Context context(TaskRunner tasks) {
        return new Context(tasks, workspace);
    }

    /** Dialogs answer as told ({@link #confirm}, {@link #saveTo}) and record the rest. */
    static final class Context implements Navigator, Notifications, DialogService {
        final ObjectProperty<CatalogSession> session = new SimpleObjectProperty<>();
        final List<String> navigations = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> clipboard = new ArrayList<>();
        final List<String> confirmations = new ArrayList<>();
        final List<String> browser = new ArrayList<>();
        boolean confirm;
        Path saveTo;
        final ViewContext ctx;

        Context(TaskRunner tasks, Workspace workspace) {
            ctx = new ViewContext(tasks, this, this, this, workspace, session);
        }

        @Override
        public void showExecution(Rid execution) {
            navigations.add("execution " + execution);
        }

        @Override
        public void showWorkflow(Rid workflow) {
            navigations.add("workflow " + workflow);
        }

        @Override
        public void showDataset(Rid dataset, Rid version) {
            navigations.add("dataset " + dataset);
        }

        @Override
        public void open(Rid rid) {
            navigations.add("open " + rid);
        }

        @Override
        public void compare(List<Rid> executions) {
            navigations.add("compare " + executions);
        }

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }

        @Override
        public void showError(String title, String message, String details) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            confirmations.add(title);
            return confirm;
        }

        @Override
        public Optional<String> prompt(String title, String message, String initialValue) {
            return Optional.empty();
        }

        @Override
        public void copyToClipboard(String text) {
            clipboard.add(text);
        }

        @Override
        public void openInBrowser(String url) {
            browser.add(url);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                             String extension) {
            return Optional.ofNullable(saveTo).map(dir -> dir.resolve(suggestedName));
        }
    }
}
