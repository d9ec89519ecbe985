package org.provex.core.formats;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A uv.lock file.
 *
 * @param version        the lock format version ({@code version = 1}), "" if absent
 * @param requiresPython the project's {@code requires-python}, "" if absent
 * @param packages       in file order (uv sorts them by name)
 * @param raw            the whole TOML document as a tree
 */
public record UvLock(String version, String requiresPython, List<LockedPackage> packages, JsonNode raw) {

    public UvLock {
        packages = List.copyOf(packages);
    }

    /** The first package with this name, compared the way PyPI normalises names (case, {@code -_.}). */
    public Optional<LockedPackage> find(String name) {
        String wanted = normalise(name);
        return packages.stream().filter(p -> normalise(p.name()).equals(wanted)).findFirst();
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
