package org.provex.core.reproduce.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds programs on a PATH the caller gives (not necessarily this process's own): Java starts a program found on the
 * PATH it was started with, so a launch resolves the program itself and passes an absolute path.
 */
public final class Executables {

    private Executables() {
    }

    /** The first executable file called {@code name} on the environment's PATH ({@code .exe} etc. on Windows). */
    public static Optional<Path> find(String name, Map<String, String> environment) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        String path = pathOf(environment);
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        List<String> suffixes = windows ? List.of("", ".exe", ".cmd", ".bat") : List.of("");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String suffix : suffixes) {
                Path candidate = Path.of(dir).resolve(name + suffix);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    private static String pathOf(Map<String, String> environment) {
        String path = environment.get("PATH");
        if (path != null) {
            return path;
        }
        return environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("PATH"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
