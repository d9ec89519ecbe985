package org.provex.core.reproduce.launch.slurm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.settings.ClusterProfile;
import org.provex.core.settings.ClusterProfiles;

/**
 * The profile a reproduction is submitted with: the catalog's own values over the global ones, over defaults derived
 * from the original run, and where each value came from.
 *
 * @param profile  the values in effect
 * @param sources  where each set value came from
 * @param notes    why derived values are what they are, and recorded facts worth knowing
 * @param problems values that do not pass their check (a hand-edited settings file), each saying how to fix it
 */
public record ResolvedProfile(ClusterProfile profile, Map<ProfileKey, Source> sources, List<String> notes,
                              List<String> problems) {

    /** Where a value came from. */
    public enum Source {
        CATALOG("catalog profile"), GLOBAL("global profile"), RUN("derived from the original run");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public ResolvedProfile {
        sources = Map.copyOf(sources);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** Resolves a catalog's profile; {@code run} fills GPUs, CPUs and memory the profiles leave unset. */
    public static ResolvedProfile resolve(ClusterProfiles stored, String catalog, RunResources run) {
        ClusterProfile global = stored.global();
        ClusterProfile own = catalog == null ? ClusterProfile.EMPTY : stored.stored(catalog);
        ClusterProfile effective = global.overriddenBy(own);
        Map<ProfileKey, Source> sources = new EnumMap<>(ProfileKey.class);
        for (ProfileKey k : ProfileKey.values()) {
            if (k.get(own) != null) {
                sources.put(k, Source.CATALOG);
            } else if (k.get(global) != null) {
                sources.put(k, Source.GLOBAL);
            }
        }
        List<String> notes = new ArrayList<>();
        RunResources r = run == null ? RunResources.NONE : run;
        ClusterProfile profile = effective;
        for (RunResources.Default d : r.defaults()) {
            ProfileKey key = ProfileKey.valueOf(d.resource().name());
            Object set = key.get(effective);
            if (set == null) {
                try {
                    profile = key.set(profile, List.of(String.valueOf(d.value())));
                    sources.put(key, Source.RUN);
                    notes.add(key.key() + " " + d.value() + ": " + d.why() + ".");
                } catch (InvalidProfileException e) {
                    notes.add("Not used: " + d.why() + " (" + e.getMessage() + ")");
                }
            } else if (!set.equals(d.value())) {
                notes.add(key.key() + " " + set + " from the " + sources.get(key).words() + ", although "
                        + d.why() + ".");
            }
        }
        notes.addAll(r.facts());
        List<String> problems = new ArrayList<>();
        for (ProfileKey k : ProfileKey.values()) {
            Source s = sources.get(k);
            k.problem(profile).ifPresent(p -> problems.add(p + " Fix it: provex " + (s == Source.CATALOG
                    ? "--catalog " + catalog + " " : "") + "cluster profile set " + k.key() + "=..."));
        }
        return new ResolvedProfile(profile, sources, notes, problems);
    }

    /** True when reproductions go through a login node over SSH. */
    public boolean overSsh() {
        return profile.host() != null && !profile.host().isBlank();
    }

    public int pollSeconds() {
        return profile.pollSeconds() == null ? SlurmDefaults.POLL_SECONDS : profile.pollSeconds();
    }

    public String containerEngine() {
        return profile.containerEngine() == null ? SlurmDefaults.CONTAINER_ENGINE : profile.containerEngine();
    }
}
