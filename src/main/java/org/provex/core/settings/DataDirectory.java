package org.provex.core.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one Provex data directory and its layout:
 * <pre>
 * settings.json              catalogs, repository mappings, window state (never in a cache)
 * catalogs/&lt;name&gt;/cache.db    one SQLite cache per catalog (disposable: sync or "provex demo" rebuilds it)
 * catalogs/&lt;name&gt;/cache.blobs/ metadata file bodies, content-addressed by MD5
 * demo/cifar10-model/        the demo workflows' git repository
 * reproductions/             reproduction records and work folders, kept outside any cache
 * repositories/              Provex's own clones of workflow repositories, and verification results
 * logs/                      rolling log files
 * native/                    SQLite's native library, extracted once per driver version (see SqliteNative)
 * </pre>
 * {@code PROVEX_HOME} overrides the per-OS default, so tests and scripts can isolate themselves.
 */
public final class DataDirectory {

    public static final String ENV_VAR = "PROVEX_HOME";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The directory named by {@code PROVEX_HOME}, else the per-OS default. */
    public static DataDirectory fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The directory named by the given environment's {@code PROVEX_HOME}, else the per-OS default. */
    public static DataDirectory fromEnvironment(Map<String, String> environment) {
        return new DataDirectory(resolve(environment, System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(ENV_VAR);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, "Provex")
                    : userHome.resolve("AppData").resolve("Roaming").resolve("Provex");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Provex");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "provex") : userHome.resolve(".local/share/provex");
    }

    public Path root() {
        return root;
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path catalogsDirectory() {
        return root.resolve("catalogs");
    }

    /** The folder of one catalog's cache; the name must be a safe folder name (see {@link #isSafeName}). */
    public Path catalogDirectory(String catalogName) {
        if (!isSafeName(catalogName)) {
            throw new IllegalArgumentException("'" + catalogName + "' cannot be used as a catalog name: use letters,"
                    + " digits, '.', '_' or '-' (at most 64, starting with a letter or digit)");
        }
        return catalogsDirectory().resolve(catalogName);
    }

    public Path cacheDatabase(String catalogName) {
        return catalogDirectory(catalogName).resolve("cache.db");
    }

    public Path blobDirectory(String catalogName) {
        return catalogDirectory(catalogName).resolve("cache.blobs");
    }

    public Path demoRepository() {
        return root.resolve("demo").resolve("cifar10-model");
    }

    public Path reproductionsDirectory() {
        return root.resolve("reproductions");
    }

    /** Provex's own clones of workflow repositories (when no local clone is mapped) and verification results. */
    public Path repositoriesDirectory() {
        return root.resolve("repositories");
    }

    public Path logsDirectory() {
        return root.resolve("logs");
    }

    /** Native libraries Provex keeps extracted between starts (SQLite's). */
    public Path nativeDirectory() {
        return root.resolve("native");
    }

    public static boolean isSafeName(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** Creates the directory and its fixed sub-folders if they are missing. */
    public DataDirectory ensureExists() throws IOException {
        Files.createDirectories(catalogsDirectory());
        Files.createDirectories(reproductionsDirectory());
        return this;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
