package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.UntrustedValues;

/**
 * Runs a container workflow on this computer with one engine (Docker, Podman, Apptainer or Singularity): the
 * recorded image by digest, never a tag, with the pinned configuration mounted read-only. The engine's command runs
 * as a local process ({@link LocalTarget}); Docker and Podman containers are named after the reproduction so a cancel
 * stops the container itself, not only the client.
 */
public final class ContainerTarget implements LaunchTarget {

    private static final Duration PROBE = Duration.ofSeconds(30);

    private final ContainerEngine engine;
    private final LocalTarget local = new LocalTarget();

    public ContainerTarget(ContainerEngine engine) {
        this.engine = engine;
    }

    @Override
    public String id() {
        return engine.program();
    }

    @Override
    public String label() {
        return engine.label() + " on this computer";
    }

    /** The engine's command for the request's container, with the GPUs the original had. */
    List<String> argv(LaunchRequest request) {
        ContainerRun run = request.container();
        if (run == null) {
            throw new IllegalArgumentException("This workflow is not a container image, so " + engine.program()
                    + " cannot run it; use the local or slurm target.");
        }
        boolean gpus = request.workload().resources().gpus() > 0;
        return engine.argv(run.withGpus(gpus), name(request), p -> p.toAbsolutePath().toString());
    }

    private static String name(LaunchRequest request) {
        return "provex-" + request.workload().id().replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    @Override
    public LaunchPreview preview(LaunchRequest request) {
        try {
            List<String> argv = argv(request);
            List<LaunchPreview.Detail> details = List.of(
                    new LaunchPreview.Detail("engine", "Engine", engine.program(), ""),
                    new LaunchPreview.Detail("image", "Image", request.container().image(), "the workflow's record"));
            List<String> notes = new ArrayList<>();
            int gpus = request.workload().resources().gpus();
            if (gpus > 0) {
                notes.add("The container is given this computer's GPUs: the original run saw " + gpus
                        + (gpus == 1 ? " GPU." : " GPUs."));
            }
            return new LaunchPreview(argv, List.of(), Map.of(), details, notes);
        } catch (RuntimeException e) {
            return new LaunchPreview(request.argv(), List.of(), Map.of(), List.of(), List.of(e.getMessage()));
        }
    }

    @Override
    public List<Check> preflight(LaunchRequest request) {
        List<Check> checks = new ArrayList<>();
        List<String> argv;
        try {
            argv = argv(request);
        } catch (RuntimeException e) {
            checks.add(Check.fail("container_workflow", e.getMessage(), "Nothing can be run with " + engine.program()
                    + ".", ""));
            return checks;
        }
        checks.addAll(local.preflight(request.withArgv(argv)));
        if (checks.stream().noneMatch(Check::failed)) {
            checks.add(image(request.container().image(), request.environment()));
        }
        return checks;
    }

    /** Whether the image is here or can be pulled, where the engine can tell without pulling it. */
    private Check image(String image, Map<String, String> environment) {
        String id = "container_image";
        if (engine == ContainerEngine.APPTAINER || engine == ContainerEngine.SINGULARITY) {
            return Check.unknown(id, engine.program() + " pulls docker://" + image + " when the run starts.",
                    "Whether the registry has it is known only then.");
        }
        Optional<ShortProcess.Result> here = ShortProcess.run(List.of(engine.program(), "image", "inspect", image),
                environment, PROBE);
        if (here.isPresent() && here.get().exitCode() == 0) {
            return Check.pass(id, "The image " + image + " is present in " + engine.program() + ".");
        }
        if (engine != ContainerEngine.DOCKER) {
            return Check.unknown(id, "The image " + image + " is not present yet; " + engine.program() + " pulls it "
                    + "when the run starts.", "");
        }
        Optional<ShortProcess.Result> remote = ShortProcess.run(List.of("docker", "manifest", "inspect", image),
                environment, PROBE);
        if (remote.isPresent() && remote.get().exitCode() == 0) {
            return Check.pass(id, "The registry has " + image + "; docker pulls it when the run starts.");
        }
        String said = remote.map(r -> r.output().strip().lines().findFirst().orElse("")).orElse("no answer");
        return Check.warn(id, "The image " + image + " is not here and the registry did not confirm it ("
                + UntrustedValues.printable(said) + ").", "The run fails at once if the image cannot be pulled.",
                "Check the registry login (docker login) and that the digest still exists.");
    }

    @Override
    public LaunchHandle launch(LaunchRequest request, LaunchListener listener, Executor executor) throws IOException {
        List<String> argv;
        try {
            argv = argv(request);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        LaunchHandle process = local.launch(request.withArgv(argv), listener, executor);
        if (engine != ContainerEngine.DOCKER && engine != ContainerEngine.PODMAN) {
            return process;
        }
        List<String> stop = List.of(engine.program(), "stop", name(request));
        return new StoppingHandle(process, () -> ShortProcess.run(stop, request.environment(), PROBE));
    }
}
