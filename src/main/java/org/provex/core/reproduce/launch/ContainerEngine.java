package org.provex.core.reproduce.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The programs that run a container image, and how each is told to run one by digest with files mounted read-only.
 * Podman takes Docker's options (GPUs through CDI). Docker needs a daemon and is rare on clusters; Apptainer
 * (formerly Singularity) runs unprivileged and pulls a Docker image with {@code docker://image@sha256:...}.
 */
public enum ContainerEngine {
    DOCKER("docker", "Docker"), PODMAN("podman", "Podman"), APPTAINER("apptainer", "Apptainer"),
    SINGULARITY("singularity", "Singularity");

    private final String program;
    private final String label;

    ContainerEngine(String program, String label) {
        this.program = program;
        this.label = label;
    }

    /** The engine's name for people, e.g. "Apptainer". */
    public String label() {
        return label;
    }

    /** The program's name on PATH, also the engine's id. */
    public String program() {
        return program;
    }

    public static ContainerEngine of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The command that runs it.
     *
     * @param name  a container name (Docker only, so a cancel can stop it by name), or null
     * @param where the path the engine sees for a path of the workspace (the same path on this computer; the path
     *              on the cluster for a batch job)
     * @throws IllegalArgumentException for a path the engine's mount syntax cannot carry
     */
    public List<String> argv(ContainerRun run, String name, Function<Path, String> where) {
        List<String> argv = new ArrayList<>();
        argv.add(program);
        argv.add("run");
        if (this == DOCKER || this == PODMAN) {
            argv.add("--rm");
            if (name != null) {
                argv.add("--name");
                argv.add(name);
            }
            if (run.gpus()) {
                argv.addAll(this == DOCKER ? List.of("--gpus", "all") : List.of("--device", "nvidia.com/gpu=all"));
            }
            for (ContainerRun.Mount m : run.mounts()) {
                argv.add("--mount");
                argv.add("type=bind,source=" + source(m, where, ",=") + ",target=" + m.target()
                        + (m.readOnly() ? ",readonly" : ""));
            }
            argv.add(run.image());
        } else {
            if (run.gpus()) {
                argv.add("--nv");
            }
            for (ContainerRun.Mount m : run.mounts()) {
                argv.add("--bind");
                argv.add(source(m, where, ":,") + ":" + m.target() + (m.readOnly() ? ":ro" : ""));
            }
            argv.add("docker://" + run.image());
        }
        argv.addAll(run.args());
        return argv;
    }

    private String source(ContainerRun.Mount m, Function<Path, String> where, String forbidden) {
        String path = where.apply(m.source());
        for (char c : forbidden.toCharArray()) {
            if (path.indexOf(c) >= 0) {
                throw new IllegalArgumentException("The workspace path " + path + " contains '" + c + "', which "
                        + program + "'s mount option cannot take; choose another workspace folder.");
            }
        }
        return path;
    }
}
