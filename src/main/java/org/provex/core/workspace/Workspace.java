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

    public synchronized void updateSettings(UnaryOperator<Settings> change) throws IOException {
        settings = change.apply(settings);
        settingsStore.save(settings);
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
        if (DEMO.equals(catalog) && !demoReady()) {
            new DemoInstaller(this).install(DemoOptions.normal(), null);
        }
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

    private boolean demoReady() {
        if (!hasCache(DEMO)) {
            return false;
        }
        try (CacheDatabase db = CacheDatabase.open(data.cacheDatabase(DEMO))) {
            return !new LookupQueries(db).meta().isEmpty();
        }
    }
}
