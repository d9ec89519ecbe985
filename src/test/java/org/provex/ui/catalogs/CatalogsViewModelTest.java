package org.provex.ui.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.sync.SyncProgress;
import org.provex.core.workspace.Workspace;
import org.provex.testserver.DerivaTestServer;
import org.provex.testserver.EditedCatalog;
import org.provex.ui.common.CatalogSession;

/** Add, remove, sync now and the connection badge, against the test server with the synchronous task runner. */
class CatalogsViewModelTest {

    private static final Snaptime DEMO_SNAP = Snaptime.parse(LiveWindow.DEMO.snaptime());

    @TempDir
    Path dir;
    private LiveWindow w;

    @BeforeEach
    void open() throws Exception {
        w = new LiveWindow(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void addingChecksTheFormThenTheCatalogAndSavesIt() {
        AddCatalogViewModel form = w.catalogs.newAddForm();
        assertThat(form.canSubmit().get()).isFalse();

        form.serverProperty().set(w.server.origin());
        form.submit();
        assertThat(form.errorProperty().get()).startsWith("Enter the catalog id or alias");

        form.serverProperty().set("http://www.example.org");
        form.catalogIdProperty().set("1");
        form.submit();
        assertThat(form.errorProperty().get()).contains("Plain http:// is allowed only for this computer");

        form.serverProperty().set(w.server.origin());
        form.catalogIdProperty().set("7");
        form.submit();
        assertThat(form.errorProperty().get()).contains("was not found");
        assertThat(form.doneProperty().get()).isFalse();
        assertThat(w.workspace.settings().catalogs()).isEmpty();

        form.catalogIdProperty().set("1");
        assertThat(form.defaultNameProperty().get()).isEqualTo("127.0.0.1-" + w.server.port() + "-1");
        form.nameProperty().set("local");
        form.syncNowProperty().set(false);
        form.submit();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.doneProperty().get()).isTrue();
        assertThat(w.workspace.settings().catalog("local")).isPresent();
        assertThat(w.shell.catalogNames()).containsExactly(Workspace.DEMO, "local");
        assertThat(w.shell.catalogProperty().get()).isEqualTo("local");
        assertThat(w.infos).contains("Added catalog local.");

        // never synced: no session, no error, the window offers Sync now; the server answered, so changes wait
        assertThat(w.session.get()).isNull();
        assertThat(w.status.errorProperty().get()).isFalse();
        assertThat(w.catalogs.notSyncedProperty().get()).isTrue();
        assertThat(w.shell.catalogText().get()).isEqualTo("local");
        assertThat(w.shell.snapshotText().get()).isEqualTo("Not synced yet");
        assertThat(w.catalogs.connectionProperty().get()).isEqualTo(Connection.CHANGES);

        AddCatalogViewModel again = w.catalogs.newAddForm();
        again.serverProperty().set(w.server.origin() + "/chaise/recordset/#1/deriva-ml:Execution");
        again.submit();
        assertThat(again.errorProperty().get()).isEqualTo("127.0.0.1:" + w.server.port()
                + "/1 is already added as \u201Clocal\u201D.");
    }

    @Test
    void aCatalogThatNeedsALoginOffersLogInAndIsAddedAfterIt() throws Exception {
        w.server.catalogAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        AddCatalogViewModel form = w.catalogs.newAddForm();
        form.serverProperty().set(w.server.origin());
        form.catalogIdProperty().set("1");
        form.syncNowProperty().set(false);
        form.submit();
        assertThat(form.loginNeededProperty().get()).isTrue();
        assertThat(form.loginTargetProperty().get()).isEqualTo(w.server.origin());
        assertThat(form.errorProperty().get()).contains("requires a login");

        w.server.acceptCookie("session-abc");
        w.credentials.putCookie("127.0.0.1", "session-abc");
        form.loggedIn();
        assertThat(form.doneProperty().get()).isTrue();
        assertThat(w.workspace.settings().catalogs()).hasSize(1);
        assertThat(w.catalogs.loggedInProperty().get()).isTrue();
        assertThat(w.catalogs.userProperty().get()).contains("Test User");
    }

    @Test
    void syncNowFillsTheCacheAndReopensTheSessionWithItsSnapshot() throws Exception {
        w.add("local");
        int before = w.tasks.startedCount();
        w.catalogs.sync().syncNow();
        assertThat(w.tasks.startedCount()).isGreaterThan(before);

        CatalogSession s = w.session.get();
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("local");
        assertThat(s.meta().snaptime()).isEqualTo(DEMO_SNAP);
        assertThat(s.meta().counts().get("executions")).isEqualTo(51L);
        assertThat(s.files().available()).isTrue();
        assertThat(w.catalogs.notSyncedProperty().get()).isFalse();
        assertThat(w.lastInfo()).isEqualTo("Synced local: 51 executions at snapshot " + DEMO_SNAP.value() + ".");
        assertThat(w.shell.snapshotText().get()).startsWith("Snapshot " + DEMO_SNAP.value()).contains("synced");
        assertThat(w.shell.connectionText().get()).isEqualTo("Online");
        assertThat(w.catalogs.sync().busyProperty().get()).isFalse();
        assertThat(w.catalogs.sync().progressProperty().get()).isEmpty();

        w.catalogs.sync().syncNow();   // unchanged: one request, the panes keep their session
        assertThat(w.session.get()).isSameAs(s);
        assertThat(w.lastInfo()).isEqualTo("local is up to date (snapshot " + DEMO_SNAP.value() + ").");
    }

    @Test
    void aFailingSyncKeepsTheOldSessionAndSaysWhatHappened() throws Exception {
        w.add("local");
        w.catalogs.sync().syncNow();
        CatalogSession synced = w.session.get();
        EditedCatalog later = laterCatalog();
        w.server.publish(later);

        w.server.faults().failNext(100, 500, "/entity/");
        w.catalogs.sync().syncNow();
        assertThat(w.session.get()).isSameAs(synced);
        assertThat(w.lastError()).startsWith("Sync of local failed: The server 127.0.0.1").contains("HTTP 500");
        assertThat(w.catalogs.connectionProperty().get()).isEqualTo(Connection.ERROR);
        assertThat(w.catalogs.sync().busyProperty().get()).isFalse();

        w.server.faults().reset();
        w.catalogs.sync().syncNow();
        assertThat(w.session.get()).isNotSameAs(synced);
        assertThat(w.session.get().meta().snaptime()).isEqualTo(later.at());
        assertThat(w.lastInfo()).startsWith("Synced local: 1 rows changed");
        assertThat(w.shell.connectionText().get()).isEqualTo("Online");
    }

    @Test
    void aSyncCanBeCancelledAndLeavesTheCacheAsItWas() throws Exception {
        w.add("local");
        w.catalogs.sync().progressProperty().addListener((o, was, now) -> {
            if (now.contains("Reading")) {
                w.catalogs.sync().cancel();
            }
        });
        w.catalogs.sync().syncNow();
        assertThat(w.lastInfo()).isEqualTo("The sync of local was cancelled; the cache is as it was before.");
        assertThat(w.errors).isEmpty();
        assertThat(w.session.get()).isNull();
        assertThat(w.catalogs.notSyncedProperty().get()).isTrue();
    }

    @Test
    void anUnreachableServerShowsOfflineAndBrowsingGoesOnFromTheCache() throws Exception {
        w.add("local");
        w.catalogs.sync().syncNow();
        CatalogSession synced = w.session.get();
        w.server.close();

        w.catalogs.checkConnection();
        assertThat(w.shell.connectionText().get()).isEqualTo("Offline (cached)");
        assertThat(w.catalogs.connectionDetailProperty().get()).startsWith("Cannot reach 127.0.0.1");

        w.catalogs.sync().syncNow();
        assertThat(w.session.get()).isSameAs(synced);
        assertThat(w.lastError()).startsWith("Sync of local failed: Cannot reach 127.0.0.1")
                .contains("keeps working from its cache");
        assertThat(w.shell.connectionText().get()).isEqualTo("Offline (cached)");
    }

    @Test
    void theBadgeSaysWhetherTheCatalogMovedOnOrNeedsALogin() throws Exception {
        w.shell.start();
        assertThat(w.shell.connectionText().get()).isEqualTo("Offline demo");
        w.add("local");
        w.catalogs.sync().syncNow();
        assertThat(w.catalogs.connectionProperty().get()).isEqualTo(Connection.ONLINE);
        assertThat(w.catalogs.connectionDetailProperty().get()).contains("snapshot " + DEMO_SNAP.value());

        w.server.publish(laterCatalog());
        w.catalogs.checkConnection();
        assertThat(w.shell.connectionText().get()).isEqualTo("Changes available");
        assertThat(w.catalogs.connectionDetailProperty().get()).contains("Sync now");

        w.server.catalogAccess(DerivaTestServer.Access.LOGIN_REQUIRED);
        w.catalogs.checkConnection();
        assertThat(w.shell.connectionText().get()).isEqualTo("Login needed");
        assertThat(w.catalogs.connectionDetailProperty().get()).contains("requires a login");

        w.shell.catalogProperty().set(Workspace.DEMO);
        assertThat(w.shell.connectionText().get()).isEqualTo("Offline demo");
        assertThat(w.catalogs.liveProperty().get()).isFalse();
    }

    @Test
    void removingAsksThenGoesBackToTheDemoAndDeletesTheCache() throws Exception {
        w.shell.start();
        w.add("local");
        w.catalogs.sync().syncNow();
        Path folder = w.workspace.data().catalogDirectory("local");
        assertThat(folder).exists();

        w.dialogs.confirm = false;
        w.catalogs.removeCurrent();
        assertThat(w.dialogs.confirmations).hasSize(1);
        assertThat(w.session.get().name()).isEqualTo("local");

        w.dialogs.confirm = true;
        CatalogSession local = w.session.get();
        w.catalogs.removeCurrent();
        assertThat(w.session.get().isDemo()).isTrue();
        assertThat(Files.exists(folder)).isFalse();
        assertThat(w.workspace.settings().catalogs()).isEmpty();
        assertThat(w.shell.catalogNames()).containsExactly(Workspace.DEMO);
        assertThat(w.shell.catalogProperty().get()).isEqualTo(Workspace.DEMO);
        assertThat(w.lastInfo()).isEqualTo("Removed catalog local and its cache.");
        assertThat(local.db()).isNotNull();

        w.catalogs.removeCurrent();   // the demo is never removed
        assertThat(w.dialogs.confirmations).hasSize(2);
    }

    @Test
    void aNeverSyncedLastCatalogOpensIntoSyncNowAndSyncsFromThere() throws Exception {
        w.workspace.updateSettings(s -> s.withCatalog(new CatalogEntry("local", w.server.origin(), "1"))
                .withLastCatalog("local"));
        w.shell.start();
        assertThat(w.shell.catalogProperty().get()).isEqualTo("local");
        assertThat(w.session.get()).isNull();
        assertThat(w.catalogs.notSyncedProperty().get()).isTrue();
        assertThat(w.status.errorProperty().get()).isFalse();
        w.catalogs.sync().syncNow();
        assertThat(w.session.get().meta().counts().get("executions")).isEqualTo(51L);
        assertThat(w.catalogs.notSyncedProperty().get()).isFalse();
    }

    @Test
    void downloadingAllFilesStoresThemAndReloadsThePanes() throws Exception {
        w.add("local");
        w.server.faults().failNext(100_000, 403, LiveWindow.ALL_BUT_CONFIGURATIONS);
        w.catalogs.sync().syncNow();
        int runs = LiveWindow.DEMO.rowsOf("deriva-ml:Execution").size();
        assertThat(w.errors).singleElement().asString().startsWith("Synced local: " + runs + " executions at snapshot ")
                .containsPattern("\\d+ metadata files were not downloaded \\(first: [^:]+: Your login has no access")
                .endsWith("the next sync tries them again.");
        w.errors.clear();
        w.server.reset();
        CatalogSession synced = w.session.get();
        w.catalogs.sync().fetchAllFiles();
        assertThat(w.errors).isEmpty();
        assertThat(w.lastInfo()).matches("Downloaded \\d+ metadata files of local \\(.+\\)\\.");
        assertThat(w.session.get()).isNotSameAs(synced);

        w.catalogs.sync().fetchAllFiles();   // nothing left to fetch: the panes keep their session
        assertThat(w.lastInfo()).startsWith("Downloaded 0 metadata files of local");
    }

    @Test
    void loggingOutForgetsTheHostsLogin() throws Exception {
        w.server.acceptCookie("session-abc");
        w.credentials.putCookie("127.0.0.1", "session-abc");
        w.credentials.putBearerToken("other.example.org", "keep");
        w.add("local");
        assertThat(w.catalogs.loggedInProperty().get()).isTrue();
        assertThat(w.catalogs.loginTarget()).contains(w.server.origin());

        w.catalogs.logout();
        assertThat(w.catalogs.loggedInProperty().get()).isFalse();
        assertThat(w.catalogs.userProperty().get()).isEmpty();
        assertThat(w.lastInfo()).isEqualTo("Logged out of 127.0.0.1; its login was removed from the credential file.");
        assertThat(w.credentials.read().forHost("127.0.0.1")).isEmpty();
        assertThat(w.credentials.read().forHost("other.example.org")).isPresent();
    }

    @Test
    void progressLinesCountRowsFilesAndBytes() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        SyncProgressText p = new SyncProgressText(lines::add);
        p.step("Checking 127.0.0.1/1");
        p.tableStarted("deriva-ml:Execution", 3, 21);
        p.rowsRead(12_345);
        assertThat(p.text()).isEqualTo("Reading deriva-ml:Execution (3/21) \u00b7 12,345 rows");
        p.filesPlanned(3, 3 * 1024 * 1024);
        p.fileFetched("configuration.json", 4_200);
        p.fileFetched("uv.lock", 2 * 1024 * 1024);
        assertThat(p.text()).isEqualTo("Reading deriva-ml:Execution (3/21) \u00b7 12,345 rows \u00b7 2 of 3 files,"
                + " 2.0 MB");
        assertThat(lines).startsWith("Checking 127.0.0.1/1", "Reading deriva-ml:Execution (3/21)");
        p.rowsExpected(1_000_000);
        assertThat(p.text()).startsWith("Reading deriva-ml:Execution (3/21) \u00b7 12,345 of 1,000,000 rows \u00b7 "
                + "2 of 3 files, 2.0 MB \u00b7 about ").endsWith(" left");
        assertThat(SyncProgress.describe(Duration.ofSeconds(185))).isEqualTo("3 min 5 s");
    }

    /** One execution's description changed two hours after the demo's snapshot. */
    private static EditedCatalog laterCatalog() throws java.io.IOException {
        EditedCatalog later = EditedCatalog.of(LiveWindow.DEMO, DEMO_SNAP.toInstant().plus(Duration.ofHours(2)));
        TableRef execution = new TableRef("deriva-ml", "Execution");
        String rid = later.rowsOf(execution).get(5).path("RID").asString();
        later.update(execution, rid, Map.of("Description", "renamed"));
        return later;
    }
}
