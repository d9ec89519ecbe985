package org.provex.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.SqliteNative;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.demo.DemoOptions;
import org.provex.core.settings.DataDirectory;
import org.provex.core.settings.Settings;
import org.provex.core.settings.SettingsStore;

/**
 * The user's Provex data directory with its settings and per-catalog caches. The demo catalog is always
 * known; opening it the first time creates it, so a newcomer never sees an empty app.
 */
public final class Workspace {

    public static final String DEMO = Settings.DEMO_CATALOG;

    private final DataDirectory data;
    private final SettingsStore settingsStore;
    private Settings settings;
    /** The one cache {@link #preopen} opened ahead, until the first {@link #openCache} takes or closes it. */
    private CacheDatabase preopened;
    private String preopenedName;
    private boolean preopening;
    private boolean preopenOver;

    /**
     * Reads the settings, and points SQLite at the native library kept in the data directory (extracting it on the
     * first start of a driver version; see {@link SqliteNative}) before any cache opens.
     */
    public Workspace(DataDirectory data) {
        this.data = data;
        SqliteNative.useCopyIn(data.nativeDirectory());
        this.settingsStore = new SettingsStore(data.settingsFile());
        this.settings = settingsStore.load();
    }

    public DataDirectory data() {
        return data;
    }

    public Settings settings() {
        return settings;
    }

    /** Warnings from loading the settings (a damaged file), for stderr or the status bar. */
    public List<String> warnings() {
        return settingsStore.warnings();
    }

    /**
     * Applies a change to the settings file as it is now (another process may have saved since this one read it;
     * see {@link SettingsStore#update}) and keeps the result as this workspace's settings.
     */
    public synchronized void updateSettings(UnaryOperator<Settings> change) throws IOException {
        settings = settingsStore.update(settings, change);
    }

    /** Names of every catalog the user can open, the demo first. */
    public List<String> catalogNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(DEMO);
        settings.catalogs().forEach(c -> names.add(c.name()));
        return names;
    }

    public boolean isKnown(String catalog) {
        return DEMO.equals(catalog) || settings.catalog(catalog).isPresent();
    }

    /** The catalog a window opens when no link names another: the one shown last, else the demo. */
    public String startCatalog() {
        String last = settings.lastCatalog();
        return last != null && isKnown(last) ? last : DEMO;
    }

    /**
     * Opens a catalog's cache ahead of the first {@link #openCache} (the window's start-up thread does this while
     * the toolkit starts): the SQLite driver and its native library are loaded, the schema checked and the catalog's
     * description read once, off the window's path. The first {@code openCache} of that catalog then returns this
     * cache (waiting for it if it is still opening); the first {@code openCache} of any other catalog closes it.
     * The demo is prepared here first when it has no cache yet (a first launch), so its two seconds or so of work
     * overlap the toolkit's start instead of following the window. Does nothing for another catalog without a cache
     * (an added catalog never synced: its first open says what it does) or once a cache was opened, and never
     * fails: a cache that cannot be prepared or opened here is tried again, with its error, by {@code openCache}.
     */
    public void preopen(String catalog) {
        synchronized (this) {
            if (preopening || preopenOver || !isKnown(catalog) || !DEMO.equals(catalog) && !hasCache(catalog)) {
                return;
            }
            preopening = true;
        }
        CacheDatabase db = null;
        try {
            prepareDemo(catalog);
            db = CacheDatabase.open(data.cacheDatabase(catalog));
            if (new LookupQueries(db).meta().isEmpty()) {     // a demo whose preparation was cut short
                db.close();
                db = null;
            }
        } catch (IOException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            db = null;
        } finally {
            synchronized (this) {
                // openCache waits while this runs, so nothing took the slot in the meantime
                preopened = db;
                preopenedName = catalog;
                preopening = false;
                preopenOver = true;
                notifyAll();
            }
        }
    }

    /**
     * Waits while {@link #preopen} runs (it may be preparing the demo), so that a caller that checks for a cache
     * before opening it does not start a second preparation beside it.
     */
    public synchronized void awaitPreopen() throws java.io.InterruptedIOException {
        while (preopening) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while the cache was opening");
            }
        }
    }

    /** The pre-opened cache of this catalog, or null; closes one of another catalog; ends pre-opening. */
    private synchronized CacheDatabase takePreopened(String catalog) throws java.io.InterruptedIOException {
        awaitPreopen();
        preopenOver = true;
        CacheDatabase db = preopened;
        preopened = null;
        if (db != null && !catalog.equals(preopenedName)) {
            db.close();
            return null;
        }
        return db;
    }

    public boolean hasCache(String catalog) {
        return Files.exists(data.cacheDatabase(catalog));
    }

    /**
     * Opens a catalog's cache for reading. The demo is created on first use; another catalog without a
     * cache is an error that says how to fill it.
     *
     * @throws UnknownCatalogException if the name is neither the demo nor a catalog in the settings
     */
    public CacheDatabase openCache(String catalog) throws IOException {
        if (!isKnown(catalog)) {
            throw new UnknownCatalogException("There is no catalog named '" + catalog + "'. Known catalogs: "
                    + String.join(", ", catalogNames()) + ".");
        }
        CacheDatabase ahead = takePreopened(catalog);
        if (ahead != null) {
            return ahead;
        }
        prepareDemo(catalog);
        if (!hasCache(catalog)) {
            throw new UnknownCatalogException("Catalog '" + catalog + "' has not been synced yet, so there is"
                    + " nothing cached to show.");
        }
        return CacheDatabase.open(data.cacheDatabase(catalog));
    }

    /** Opens (creating if needed) a catalog's cache so that a load can fill it. */
    public CacheDatabase openCacheForWriting(String catalog) throws IOException {
        Files.createDirectories(data.catalogDirectory(catalog));
        return CacheDatabase.open(data.cacheDatabase(catalog));
    }

    /** Installs the demo when {@code catalog} is the demo and it is not ready; puts back a lost demo repository. */
    private void prepareDemo(String catalog) throws IOException {
        if (!DEMO.equals(catalog)) {
            return;
        }
        if (demoReady()) {
            new DemoInstaller(this).ensureRepository();
        } else {
            new DemoInstaller(this).install(DemoOptions.normal(), null);
        }
    }

    private boolean demoReady() {
        if (!hasCache(DEMO)) {
            return false;
        }
        try (CacheDatabase db = CacheDatabase.open(data.cacheDatabase(DEMO))) {
            return !new LookupQueries(db).meta().isEmpty();
        }
    }
}
