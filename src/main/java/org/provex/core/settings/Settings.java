package org.provex.core.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's settings, as stored in settings.json. Immutable; "with" methods return changed copies.
 *
 * @param catalogs           catalogs the user added (the demo catalog is implicit and never listed)
 * @param lastCatalog        the catalog shown last, or null
 * @param repositoryMappings git remote (as in a Workflow URL) to a local clone
 * @param window             window geometry and split positions, or null before the first window
 * @param cluster            the cluster profiles reproductions are submitted to Slurm with
 */
public record Settings(List<CatalogEntry> catalogs, String lastCatalog, Map<String, String> repositoryMappings,
                       WindowState window, ClusterProfiles cluster) {

    public static final String DEMO_CATALOG = "demo";

    public Settings {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
        repositoryMappings = repositoryMappings == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(repositoryMappings));
        cluster = cluster == null ? ClusterProfiles.NONE : cluster;
    }

    public Settings(List<CatalogEntry> catalogs, String lastCatalog, Map<String, String> repositoryMappings,
                    WindowState window) {
        this(catalogs, lastCatalog, repositoryMappings, window, ClusterProfiles.NONE);
    }

    public static Settings defaults() {
        return new Settings(List.of(), null, Map.of(), null);
    }

    public Optional<CatalogEntry> catalog(String name) {
        return catalogs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Settings withLastCatalog(String name) {
        return new Settings(catalogs, name, repositoryMappings, window, cluster);
    }

    public Settings withWindow(WindowState state) {
        return new Settings(catalogs, lastCatalog, repositoryMappings, state, cluster);
    }

    public Settings withRepositoryMapping(String remote, String localPath) {
        Map<String, String> m = new LinkedHashMap<>(repositoryMappings);
        m.put(remote, localPath);
        return new Settings(catalogs, lastCatalog, m, window, cluster);
    }

    public Settings withCluster(ClusterProfiles profiles) {
        return new Settings(catalogs, lastCatalog, repositoryMappings, window, profiles);
    }

    /** Without the mapping of this exact remote key (callers find the key first; see the repository commands). */
    public Settings withoutRepositoryMapping(String remote) {
        Map<String, String> m = new LinkedHashMap<>(repositoryMappings);
        m.remove(remote);
        return new Settings(catalogs, lastCatalog, m, window, cluster);
    }

    public Settings withCatalog(CatalogEntry entry) {
        List<CatalogEntry> list = new java.util.ArrayList<>(catalogs);
        list.removeIf(c -> c.name().equals(entry.name()));
        list.add(entry);
        return new Settings(list, lastCatalog, repositoryMappings, window, cluster);
    }

    public Settings withoutCatalog(String name) {
        List<CatalogEntry> list = new java.util.ArrayList<>(catalogs);
        list.removeIf(c -> c.name().equals(name));
        return new Settings(list, name.equals(lastCatalog) ? null : lastCatalog, repositoryMappings, window,
                cluster.with(name, ClusterProfile.EMPTY));
    }

    /**
     * A catalog the user added.
     *
     * @param baseUrl scheme, host and optional port, e.g. {@code https://www.example.org}
     * @param catalog the catalog id or alias
     */
    public record CatalogEntry(String name, String baseUrl, String catalog) {
    }

    /**
     * Window geometry, named split-pane divider positions (0..1), the colour theme and the columns shown.
     *
     * @param theme {@link #LIGHT} or {@link #DARK}; absent (null) in files written before themes, meaning light
     * @param columns whether each column the user can show or hide is shown, by "table.column" key; a column not
     *                named keeps its default (absent in files written before this)
     */
    public record WindowState(double x, double y, double width, double height, boolean maximized,
                              Map<String, Double> dividers, String theme, Map<String, Boolean> columns) {

        public static final String LIGHT = "light";
        public static final String DARK = "dark";

        public WindowState {
            dividers = dividers == null ? Map.of() : Map.copyOf(dividers);
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        public WindowState(double x, double y, double width, double height, boolean maximized,
                           Map<String, Double> dividers) {
            this(x, y, width, height, maximized, dividers, null, null);
        }

        public WindowState(double x, double y, double width, double height, boolean maximized,
                           Map<String, Double> dividers, String theme) {
            this(x, y, width, height, maximized, dividers, theme, null);
        }

        public boolean dark() {
            return DARK.equals(theme);
        }

        public WindowState withTheme(String newTheme) {
            return new WindowState(x, y, width, height, maximized, dividers, newTheme, columns);
        }

        /** With the tables' columns shown ({@code true}) or hidden, by "table.column" key. */
        public WindowState withColumns(Map<String, Boolean> shown) {
            return new WindowState(x, y, width, height, maximized, dividers, theme, shown);
        }
    }
}
