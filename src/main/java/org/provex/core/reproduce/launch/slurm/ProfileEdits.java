package org.provex.core.reproduce.launch.slurm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.settings.ClusterProfile;
import org.provex.core.settings.ClusterProfiles;

/**
 * Changes to the stored cluster profiles, as a person gives them ({@code partition=gpu time_limit=4:00:00}): every
 * value is checked before anything changes, so a refused value leaves the profiles as they were. The CLI and the
 * window's profile editor both change profiles this way.
 */
public final class ProfileEdits {

    private ProfileEdits() {
    }

    /**
     * Sets fields of the global profile ({@code catalog} null) or of one catalog's. A list field given several times
     * takes every value given; a list field given once replaces the list.
     *
     * @throws InvalidProfileException naming the first value that is refused, or an assignment without '='
     */
    public static ClusterProfiles set(ClusterProfiles stored, String catalog, List<String> assignments) {
        Map<ProfileKey, List<String>> values = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new InvalidProfileException("'" + ProfileKey.printable(a) + "' is not KEY=VALUE; keys: "
                        + ProfileKey.names() + ".");
            }
            ProfileKey key = key(a.substring(0, eq));
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(a.substring(eq + 1));
        }
        ClusterProfile p = stored.stored(catalog);
        for (Map.Entry<ProfileKey, List<String>> e : values.entrySet()) {
            p = e.getKey().set(p, e.getValue());
        }
        return stored.with(catalog, p);
    }

    /** Clears fields of the global profile ({@code catalog} null) or of one catalog's. */
    public static ClusterProfiles unset(ClusterProfiles stored, String catalog, List<String> keys) {
        ClusterProfile p = stored.stored(catalog);
        for (String k : keys) {
            p = key(k).set(p, List.of());
        }
        return stored.with(catalog, p);
    }

    /** The key a person named, or a refusal that lists the keys. */
    public static ProfileKey key(String name) {
        return ProfileKey.of(name).orElseThrow(() -> new InvalidProfileException("There is no profile key '"
                + ProfileKey.printable(name) + "'; keys: " + ProfileKey.names() + "."));
    }
}
