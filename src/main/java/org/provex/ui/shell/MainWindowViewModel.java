package org.provex.ui.shell;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.IngestListener;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.demo.DemoOptions;
import org.provex.core.links.LinkedRecords;
import org.provex.core.links.RecordLink;
import org.provex.core.links.RecordLinks;
import org.provex.core.live.CatalogService;
import org.provex.core.model.Rid;
import org.provex.core.settings.Settings.WindowState;
import org.provex.core.settings.Settings;
import org.provex.core.workspace.DemoInstaller;
import org.provex.core.workspace.Workspace;
import org.provex.ui.catalogs.CatalogShell;
import org.provex.ui.catalogs.CatalogsViewModel;
import org.provex.ui.catalogs.SyncProgressText;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;
import org.provex.ui.executions.ExecutionsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window around the features: which catalog is open (the one writer of the session), which section
 * is shown, the theme, the status bar's texts and the window state kept in the settings.
 */
public final class MainWindowViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);
    private final Messages msg = Messages.of(MainWindowViewModel.class);
    private final ViewContext ctx;
    private final ObjectProperty<CatalogSession> session;
    private final ExecutionsViewModel executions;
    private final StatusNotifications notifications;
    private final SearchViewModel search;
    private final CatalogService live;
    private final CatalogsViewModel catalogs;
    private final ObjectProperty<MainSection> section = new SimpleObjectProperty<>(this, "section",
            MainSection.EXECUTIONS);
    private final ObservableList<String> catalogNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> catalog = new SimpleObjectProperty<>(this, "catalog");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ReadOnlyStringWrapper openingText = new ReadOnlyStringWrapper(this, "openingText", "");
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TaskSlot openTask;
    private final TaskSlot linkTask;
    /** The record a link named, shown once its catalog is open. */
    private Rid pendingRecord;
    private final BooleanBinding busy;

    /**
     * @param session the context's session, writable: this view model is its only writer
     * @param notifications the context's notifications, whose latest message the status bar shows
     */
    public MainWindowViewModel(ViewContext ctx, ObjectProperty<CatalogSession> session,
                               ExecutionsViewModel executions, StatusNotifications notifications) {
        this.ctx = ctx;
        this.openTask = ctx.tasks().slot();
        this.linkTask = ctx.tasks().slot();
        this.busy = ctx.tasks().runningCount().greaterThan(0);
        this.live = ctx.catalogs();
        this.session = session;
        this.executions = executions;
        this.notifications = notifications;
        this.search = new SearchViewModel(ctx, executions, section);
        Settings settings = ctx.workspace().settings();
        dark.set(settings.window() != null && settings.window().dark());
        dark.addListener((o, was, now) -> saveTheme(now));
        catalogNames.setAll(ctx.workspace().catalogNames());
        catalog.addListener((o, was, now) -> {
            if (now != null && (session.get() == null || !now.equals(session.get().name()))) {
                open(now);
            }
        });
        ctx.workspace().warnings().forEach(notifications::error);
        catalogs = new CatalogsViewModel(ctx, new Control());
    }

    /** Opens the catalog shown last, or the demo (prepared in the background on first launch). */
    public void start() {
        start(null);
    }

    /**
     * Opens the record a link names: finds it in the cache of the link's catalog (syncing that catalog first when
     * the record is not cached), opens the catalog and shows the record. A link into a catalog that is not added
     * says how to add it and opens the last catalog; null opens the last catalog.
     */
    public void start(RecordLink link) {
        if (link == null || !openLink(link)) {
            catalog.set(ctx.workspace().startCatalog());
        }
    }

    /**
     * Opens the record a link names in this window, as {@link #start(RecordLink)} does; a running window is handed
     * the links of later starts this way. A link into a catalog that is not added says how to add it and leaves the
     * window as it is.
     *
     * @return false when the link's catalog is not added
     */
    public boolean openLink(RecordLink link) {
        Optional<String> linked = link.catalogIn(ctx.workspace().settings());
        if (linked.isEmpty()) {
            ctx.notifications().error(msg.get("link.notAdded", link.location().describe(), link.location().origin(),
                    link.location().catalogId()));
            return false;
        }
        String name = linked.get();
        opening.set(true);
        openingText.set(msg.get("link.finding", link.rid(), name));
        linkTask.task(msg.get("task.link", link.rid()), c -> new LinkedRecords(ctx.workspace(), n -> live.sync(n,
                        new SyncProgressText(line -> c.progress(-1, line)), c::isCancelled)).find(link))
                .onProgress((f, m) -> openingText.set(m))
                .onSuccess(found -> {
                    if (found.synced()) {
                        ctx.notifications().info(msg.get("link.synced", name, link.rid()));
                    }
                    pendingRecord = found.record().rid();
                    openLinked(name);
                })
                .onError(e -> {
                    ctx.notifications().error(msg.get("error.link", link.describe(), Errors.message(e)));
                    openLinked(name);
                })
                .start();
        return true;
    }

    private void openLinked(String name) {
        opening.set(false);
        if (name.equals(catalog.get())) {
            open(name);
        } else {
            catalog.set(name);
        }
    }

    /** Opens the list of reproduction attempts. */
    public void showReproductions() {
        ctx.navigator().showReproductions();
    }

    public ObjectProperty<MainSection> sectionProperty() {
        return section;
    }

    public ObservableList<String> catalogNames() {
        return catalogNames;
    }

    /** The catalog chosen in the selector; choosing one opens it. */
    public ObjectProperty<String> catalogProperty() {
        return catalog;
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** What opening the catalog is doing ("Preparing the demo catalog…"). */
    public ReadOnlyStringProperty openingTextProperty() {
        return openingText.getReadOnlyProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The open catalog, or null while none is open; this view model is its only writer. */
    public javafx.beans.property.ReadOnlyObjectProperty<CatalogSession> sessionProperty() {
        return ctx.session();
    }

    public SearchViewModel search() {
        return search;
    }

    public ExecutionsViewModel executions() {
        return executions;
    }

    public StatusNotifications notifications() {
        return notifications;
    }

    /** True while any background task runs (the status bar's progress indicator). */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** The catalog commands (add, remove, sync, login) and the connection badge. */
    public CatalogsViewModel catalogs() {
        return catalogs;
    }

    // ---- status bar -------------------------------------------------------------------------------

    public StringBinding catalogText() {
        return Bindings.createStringBinding(() -> session.get() != null ? session.get().name()
                : catalog.get() != null ? catalog.get() : msg.get("status.nocatalog"), session, catalog);
    }

    /** Online, offline (cached), changes available, ...; the demo is always an offline demo. */
    public StringBinding connectionText() {
        return catalogs.connectionText();
    }

    public StringBinding snapshotText() {
        return Bindings.createStringBinding(() -> {
            CatalogSession s = session.get();
            if (s == null || s.meta().snaptime() == null) {
                return catalogs.notSyncedProperty().get() ? msg.get("status.notsynced") : "";
            }
            String snapshot = msg.get("status.snapshot", s.meta().snaptime().value(),
                    minute.format(s.meta().snaptime().toInstant()));
            return s.isDemo() || s.meta().syncedAt() == null ? snapshot
                    : snapshot + msg.get("status.synced", minute.format(s.meta().syncedAt()));
        }, session, catalogs.notSyncedProperty());
    }

    public StringBinding rowsText() {
        return Bindings.createStringBinding(() -> session.get() == null ? ""
                        : executions.matchingCountProperty().get() < 0   // first page shown, rows being counted
                        ? msg.get("status.rowsCounting", executions.totalCountProperty().get())
                        : msg.get("status.rows", executions.matchingCountProperty().get(),
                        executions.totalCountProperty().get()),
                session, executions.matchingCountProperty(), executions.totalCountProperty());
    }

    public StringBinding workText() {
        return Bindings.createStringBinding(() -> {
            int n = ctx.tasks().runningCount().get();
            if (n == 0) {
                return "";
            }
            String title = ctx.tasks().currentTitle().get();
            return n == 1 ? title + "\u2026" : msg.get("status.work.more", title, n - 1);
        }, ctx.tasks().runningCount(), ctx.tasks().currentTitle());
    }

    // ---- catalogs ---------------------------------------------------------------------------------

    private void open(String name) {
        open(name, false);
    }

    /** Opens a catalog; {@code quietly} (after a sync) without covering the window or announcing it. */
    private void open(String name, boolean quietly) {
        openTask.cancel();
        Workspace ws = ctx.workspace();
        if (live.isLive(name) && !ws.hasCache(name)) {
            notSynced(name);
            return;
        }
        opening.set(!quietly);
        openingText.set(msg.get("opening", name));
        openTask.task(msg.get("task.open", name), c -> {
            if (Workspace.DEMO.equals(name)) {
                ws.awaitPreopen();    // a first launch prepares the demo on the start-up thread
            }
            if (Workspace.DEMO.equals(name) && !ws.hasCache(Workspace.DEMO)) {
                c.progress(-1, msg.get("opening.demo"));
                new DemoInstaller(ws).install(DemoOptions.normal(), new IngestListener() {
                    @Override
                    public void tableStarted(String table) {
                        c.progress(-1, msg.get("opening.demo.table", table));
                    }
                });
            }
            CacheDatabase db = ws.openCache(name);
            try {
                CacheMeta meta = new LookupQueries(db).meta();
                if (c.isCancelled()) {
                    db.close();
                    return null;
                }
                return new CatalogSession(name, db, meta, links(name, meta),
                        live.isLive(name) ? live.files(name, db) : null);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }).onProgress((f, m) -> openingText.set(m))
                .onSuccess(opened -> install(opened, quietly))
                .onError(e -> {
                    notifications.error(msg.get("error.open", name, Errors.message(e)));
                    catalog.set(session.get() == null ? null : session.get().name());
                })
                .andFinally(() -> opening.set(false))
                .start();
    }

    private RecordLinks links(String name, CacheMeta meta) {
        if (Workspace.DEMO.equals(name)) {
            return RecordLinks.demo(meta.snaptime());
        }
        return ctx.workspace().settings().catalog(name)
                .map(e -> RecordLinks.of(CatalogLocation.of(e.baseUrl(), e.catalog()), meta.snaptime()))
                .orElse(RecordLinks.demo(meta.snaptime()));
    }

    private void install(CatalogSession opened, boolean quietly) {
        if (opened == null) {
            return;
        }
        if (!quietly) {
            notifications.info(msg.get("opened", opened.name()));
        }
        replaceSession(opened, opened.name());
        if (pendingRecord != null) {
            Rid record = pendingRecord;
            pendingRecord = null;
            ctx.navigator().open(record);
        }
    }

    /** An added catalog without a cache: no session; the window offers Sync now instead of an error. */
    private void notSynced(String name) {
        opening.set(false);
        replaceSession(null, name);
    }

    private void replaceSession(CatalogSession opened, String name) {
        CatalogSession old = session.get();
        session.set(opened);
        if (old != null) {
            // in-flight reads of the old cache finish first; closing waits for them, so not on the FX thread
            ctx.tasks().task(msg.get("task.close", old.name()), c -> {
                old.db().close();
                return null;
            }).start();
        }
        if (name.equals(ctx.workspace().settings().lastCatalog())) {
            return;     // already remembered: no write (the usual start)
        }
        ctx.tasks().task(msg.get("task.settings"), c -> {
            ctx.workspace().updateSettings(s -> s.withLastCatalog(name));
            return null;
        }).onError(e -> LOG.warn("could not remember the last catalog", e)).start();
    }

    /** What the catalog commands may ask of the window. */
    private final class Control implements CatalogShell {
        @Override
        public javafx.beans.value.ObservableValue<String> catalog() {
            return catalog;
        }

        @Override
        public void open(String name) {
            if (name.equals(catalog.get())) {
                MainWindowViewModel.this.open(name);
            } else {
                catalog.set(name);
            }
        }

        @Override
        public void reopen() {
            if (catalog.get() != null) {
                MainWindowViewModel.this.open(catalog.get(), true);
            }
        }

        @Override
        public void catalogsChanged() {
            List<String> now = ctx.workspace().catalogNames();
            // add and remove one by one: replacing the list would clear the selector's value
            catalogNames.removeIf(n -> !now.contains(n));
            now.stream().filter(n -> !catalogNames.contains(n)).forEach(catalogNames::add);
        }
    }

    // ---- window state and theme -------------------------------------------------------------------

    /** The window state saved last time, or null before the first window (a width of 0 means no geometry). */
    public WindowState savedWindowState() {
        return ctx.workspace().settings().window();
    }

    /** Saves the window state (with the current theme); called once when the window closes. */
    public void saveWindowState(WindowState state) {
        WindowState withTheme = state.withTheme(dark.get() ? WindowState.DARK : WindowState.LIGHT);
        try {
            ctx.workspace().updateSettings(s -> s.withWindow(withTheme));
        } catch (IOException e) {
            LOG.warn("could not save the window state", e);
        }
    }

    private void saveTheme(boolean isDark) {
        String theme = isDark ? WindowState.DARK : WindowState.LIGHT;
        ctx.tasks().task(msg.get("task.settings"), c -> {
            ctx.workspace().updateSettings(s -> s.withWindow(s.window() == null
                    ? new WindowState(0, 0, 0, 0, false, null, theme)
                    : s.window().withTheme(theme)));
            return null;
        }).onError(e -> notifications.error(msg.get("error.settings", Errors.message(e)))).start();
    }

    /** Cancels background work and closes the open cache (the window is closing). */
    public void close() {
        ctx.tasks().cancelAll();
        search.dismiss();
        CatalogSession s = session.get();
        if (s != null) {
            s.db().close();
        }
    }
}
