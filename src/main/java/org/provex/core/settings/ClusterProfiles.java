package org.provex.core.settings;

import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster profiles of settings.json: one global profile and, per catalog, a profile whose set fields override
 * it.
 *
 * @param global   the profile every catalog starts from (never null; {@link ClusterProfile#EMPTY} when unset)
 * @param catalogs catalog name to its own profile
 */
public record ClusterProfiles(ClusterProfile global, Map<String, ClusterProfile> catalogs) {

    public static final ClusterProfiles NONE = new ClusterProfiles(ClusterProfile.EMPTY, Map.of());

    public ClusterProfiles {
        global = global == null ? ClusterProfile.EMPTY : global;
        TreeMap<String, ClusterProfile> sorted = new TreeMap<>();
        if (catalogs != null) {
            catalogs.forEach((name, profile) -> {
                if (name != null && profile != null && !profile.isEmpty()) {
                    sorted.put(name, profile);
                }
            });
        }
        catalogs = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The profile a catalog's reproductions use: its own fields over the global ones. */
    public ClusterProfile effective(String catalog) {
        return global.overriddenBy(catalogs.get(catalog));
    }

    /** The catalog's own profile ({@code null} catalog: the global one). */
    public ClusterProfile stored(String catalog) {
        return catalog == null ? global : catalogs.getOrDefault(catalog, ClusterProfile.EMPTY);
    }

    /** With the global profile ({@code null} catalog) or a catalog's profile replaced; an empty one is removed. */
    public ClusterProfiles with(String catalog, ClusterProfile profile) {
        if (catalog == null) {
            return new ClusterProfiles(profile, catalogs);
        }
        Map<String, ClusterProfile> m = new TreeMap<>(catalogs);
        m.put(catalog, profile);
        return new ClusterProfiles(global, m);
    }
}
