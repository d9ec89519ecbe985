package org.provex.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.settings.DataDirectory;
import org.provex.core.settings.Settings.WindowState;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.testing.TestContext;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private record Window(TestContext c, ViewContext ctx, MainWindowViewModel vm, StatusNotifications notes) {
    }

    /** A window over an empty workspace: the first launch. */
    private Window window(Path home) {
        return window(new TestContext(new Workspace(new DataDirectory(home))));
    }

    /** A window over a workspace that already holds the demo. */
    private Window demoWindow(Path home) {
        return window(new TestContext(DemoWorkspace.create(home)));
    }

    private Window window(TestContext c) {
        c.dialogs.failOnErrorDialog();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        StatusNotifications notes = new StatusNotifications();
        MainWindowViewModel vm = new MainWindowViewModel(ctx, c.session, new ExecutionsViewModel(ctx), notes);
        return new Window(c, ctx, vm, notes);
    }

    @Test
    void firstLaunchPreparesTheDemoInTheBackgroundAndOpensIt() {
        Window w = window(dir);
        List<String> progress = new ArrayList<>();
        w.vm().openingTextProperty().addListener((o, a, b) -> progress.add(b));
        assertThat(w.c().workspace.hasCache(Workspace.DEMO)).isFalse();
        w.vm().start();
        assertThat(progress).anySatisfy(p -> assertThat(p).contains("Preparing the demo catalog"));
        CatalogSession s = w.c().session.get();
        assertThat(s).isNotNull();
        assertThat(s.isDemo()).isTrue();
        assertThat(w.vm().catalogProperty().get()).isEqualTo(Workspace.DEMO);
        assertThat(w.vm().openingProperty().get()).isFalse();
        long total = s.meta().counts().get("executions");
        assertThat(w.vm().connectionText().get()).isEqualTo("Offline demo");
        assertThat(w.vm().catalogText().get()).isEqualTo("demo");
        assertThat(w.vm().rowsText().get()).isEqualTo(total + " of " + total + " executions");
        assertThat(w.vm().snapshotText().get()).startsWith("Snapshot " + s.meta().snaptime().value());
        assertThat(w.c().workspace.settings().lastCatalog()).isEqualTo(Workspace.DEMO);
        w.vm().executions().statuses().add("Failed");
        assertThat(w.vm().rowsText().get()).matches("\\d+ of " + total + " executions")
                .isNotEqualTo(total + " of " + total + " executions");
        w.vm().close();
    }

    @Test
    void anUnknownLastCatalogFallsBackToTheDemo() throws Exception {
        Window w = demoWindow(dir);
        w.c().workspace.updateSettings(s -> s.withLastCatalog("gone"));
        w.vm().start();
        assertThat(w.c().session.get().name()).isEqualTo(Workspace.DEMO);
        w.vm().close();
    }

    @Test
    void aCatalogThatCannotBeOpenedIsReportedInTheStatusBar() throws Exception {
        Window w = demoWindow(dir);
        w.vm().start();
        CatalogSession demo = w.c().session.get();
        w.c().workspace.updateSettings(s -> s.withCatalog(
                new org.provex.core.settings.Settings.CatalogEntry("eye-ai", "https://www.eye-ai.org", "2")));
        // a cache file that is not a database (a never-synced catalog is not an error: it offers Sync now)
        java.nio.file.Path file = w.c().workspace.data().cacheDatabase("eye-ai");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, "not a database, not even close; ".repeat(40));
        w.vm().catalogProperty().set("eye-ai");
        assertThat(w.notes().errorProperty().get()).isTrue();
        assertThat(w.notes().messageProperty().get()).contains("eye-ai could not be opened");
        assertThat(w.c().session.get()).isSameAs(demo);
        assertThat(w.vm().catalogProperty().get()).isEqualTo(Workspace.DEMO);
        w.vm().close();
    }

    @Test
    void themeAndWindowStateAreRemembered() {
        Window w = window(dir);
        assertThat(w.vm().darkProperty().get()).isFalse();
        w.vm().darkProperty().set(true);
        assertThat(w.c().workspace.settings().window().dark()).isTrue();
        w.vm().saveWindowState(new WindowState(10, 20, 1200, 800, true, Map.of("executions.detail", 0.55)));
        WindowState saved = new Workspace(w.c().workspace.data()).settings().window();
        assertThat(saved.width()).isEqualTo(1200);
        assertThat(saved.maximized()).isTrue();
        assertThat(saved.dividers()).containsEntry("executions.detail", 0.55);
        assertThat(saved.dark()).isTrue();
        Window again = window(dir);
        assertThat(again.vm().darkProperty().get()).isTrue();
        assertThat(again.vm().savedWindowState().dividers()).containsEntry("executions.detail", 0.55);
    }

    @Test
    void closingClosesTheCache() {
        Window w = demoWindow(dir);
        w.vm().start();
        CatalogSession s = w.c().session.get();
        w.vm().close();
        assertThatThrownBy(() -> new LookupQueries(s.db()).meta()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void backgroundWorkIsShown() {
        Window w = window(dir);
        assertThat(w.vm().workText().get()).isEmpty();
        SimpleObjectProperty<String> seen = new SimpleObjectProperty<>();
        w.ctx().tasks().task("Counting sheep", ctx -> {
            seen.set(w.vm().workText().get());
            return null;
        }).start();
        assertThat(seen.get()).isEqualTo("Counting sheep\u2026");
        assertThat(w.vm().workText().get()).isEmpty();
    }
}
