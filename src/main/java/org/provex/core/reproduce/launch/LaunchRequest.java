package org.provex.core.reproduce.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: an argument list (never a shell string), its working directory, the environment it runs with, and
 * the file its output goes to.
 *
 * @param argv        the program and its arguments; the program is found on the environment's PATH
 * @param environment the complete environment of the process (the caller decides what is inherited)
 * @param logFile     where the combined output is written (appended); the launch reads it back line by line
 */
public record LaunchRequest(List<String> argv, Path workingDirectory, Map<String, String> environment, Path logFile) {

    public LaunchRequest {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("nothing to run");
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(logFile, "logFile");
    }
}
