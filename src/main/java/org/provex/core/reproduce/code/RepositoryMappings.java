package org.provex.core.reproduce.code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.settings.Settings;

/**
 * The settings' remote-to-clone mappings, changed with checks: the remote must be a git remote (any spelling; an
 * equivalent spelling replaces the old entry) and the folder a git repository.
 */
public final class RepositoryMappings {

    /** One mapping and whether its folder is still a repository. */
    public record Mapping(String remote, Path directory, boolean present) {
    }

    private RepositoryMappings() {
    }

    /**
     * The settings with {@code remote} mapped to {@code clone}.
     *
     * @throws ReproduceException when the remote is not a git remote or the folder is not a git repository
     */
    public static Settings map(Settings settings, String remote, Path clone) {
        RemoteName name = RemoteName.parse(remote).orElseThrow(() -> new ReproduceException("'" + remote
                + "' is not a git remote; give it as in the Workflow URL, e.g. https://github.com/org/repo or "
                + "git@github.com:org/repo"));
        Path dir = clone.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ReproduceException(dir + " is not a folder; give the folder of your clone of " + remote + ".");
        }
        if (!RepositoryLocator.isRepository(dir)) {
            throw new ReproduceException(dir + " is not a git repository (no .git found there); give the top folder "
                    + "of your clone of " + remote + ".");
        }
        Settings s = settings;
        for (String existing : equivalentKeys(settings, name)) {
            s = s.withoutRepositoryMapping(existing);
        }
        return s.withRepositoryMapping(remote.strip(), dir.toString());
    }

    /**
     * The settings without the mapping of {@code remote} (any equivalent spelling).
     *
     * @throws ReproduceException when nothing is mapped to it
     */
    public static Settings unmap(Settings settings, String remote) {
        Optional<RemoteName> name = RemoteName.parse(remote);
        List<String> keys = name.map(n -> equivalentKeys(settings, n)).orElse(List.of());
        if (keys.isEmpty() && settings.repositoryMappings().containsKey(remote)) {
            keys = List.of(remote);
        }
        if (keys.isEmpty()) {
            throw new ReproduceException("No clone is mapped to " + remote + "; see 'provex repo list'.");
        }
        Settings s = settings;
        for (String k : keys) {
            s = s.withoutRepositoryMapping(k);
        }
        return s;
    }

    public static List<Mapping> list(Settings settings) {
        List<Mapping> out = new ArrayList<>();
        for (Map.Entry<String, String> e : settings.repositoryMappings().entrySet()) {
            Path p = Path.of(e.getValue());
            out.add(new Mapping(e.getKey(), p, RepositoryLocator.isRepository(p)));
        }
        return out;
    }

    private static List<String> equivalentKeys(Settings settings, RemoteName name) {
        List<String> keys = new ArrayList<>();
        for (String key : settings.repositoryMappings().keySet()) {
            if (RemoteName.parse(key).map(n -> n.sameAs(name)).orElse(false)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
