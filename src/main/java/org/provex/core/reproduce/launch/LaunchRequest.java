package org.provex.core.reproduce.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: an argument list (never a shell string), its working directory, the environment it runs with, and
 * the file its output goes to; for a reproduction also what it is (its workspace, the container it runs, the
 * resources the original had), which a batch or container target needs.
 *
 * @param argv        the program and its arguments; the program is found on the environment's PATH
 * @param environment the complete environment of the process (the caller decides what is inherited)
 * @param logFile     where the combined output is written (appended); the launch reads it back line by line
 * @param workload    what is launched; null for a bare command
 */
public record LaunchRequest(List<String> argv, Path workingDirectory, Map<String, String> environment, Path logFile,
                            Workload workload) {

    /**
     * The reproduction behind a request.
     *
     * @param id          the reproduction's id (also a job or container name)
     * @param original    the RID of the execution being reproduced
     * @param catalog     the catalog's name in Provex (a cluster profile may be the catalog's own)
     * @param description the original's description (catalog text: a target shows it only escaped)
     * @param workspace   the reproduction's folder on this computer (checkout, plan files, log)
     * @param container   the container to run for a container workflow, else null
     * @param resources   what the original run had (GPUs, CPUs, memory)
     */
    public record Workload(String id, String original, String catalog, String description, Path workspace,
                           ContainerRun container, RunResources resources) {
        public Workload {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(workspace, "workspace");
            resources = resources == null ? RunResources.NONE : resources;
        }
    }

    public LaunchRequest {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("nothing to run");
        }
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(logFile, "logFile");
    }

    public LaunchRequest(List<String> argv, Path workingDirectory, Map<String, String> environment, Path logFile) {
        this(argv, workingDirectory, environment, logFile, null);
    }

    /** The same request running another argument list (a target that renders the command its own way). */
    public LaunchRequest withArgv(List<String> newArgv) {
        return new LaunchRequest(newArgv, workingDirectory, environment, logFile, workload);
    }

    /** The container of a container workflow, or null. */
    public ContainerRun container() {
        return workload == null ? null : workload.container();
    }
}
