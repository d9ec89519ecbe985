package org.provex.core.reproduce.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowUrl;
import org.provex.core.reproduce.UnsafeValueException;
import org.provex.core.reproduce.UntrustedValues;
import org.provex.core.reproduce.launch.ContainerEngine;
import org.provex.core.reproduce.launch.ContainerRun;

/**
 * Builds the command of a plan: {@code uv run --frozen deriva-ml-run --host H --catalog C <recorded overrides>} in the
 * checkout, or {@code docker run} of the recorded image by digest with the pinned configuration mounted read-only. The
 * new run's description names the original; {@code dry_run=true} asks deriva-ml to run without recording anything.
 */
final class CommandBuilder {

    /** Where the pinned configuration appears inside a container. */
    static final String CONTAINER_CONFIGURATION = "/provex/configuration.json";

    private CommandBuilder() {
    }

    static LaunchCommand script(CatalogRef catalog, RecordedCommand recorded, List<PinnedInput> inputs,
                                Rid original, ReproductionMode mode, boolean dryRun, Path checkout) {
        List<String> argv = new ArrayList<>(List.of("uv", "run", "--frozen"));
        argv.addAll(runner(catalog, recorded, inputs, original, mode, dryRun));
        return new LaunchCommand(argv, checkout);
    }

    static LaunchCommand container(WorkflowUrl.DockerImage image, CatalogRef catalog, RecordedCommand recorded,
                                   List<PinnedInput> inputs, Rid original, ReproductionMode mode, boolean dryRun,
                                   Path workspace, Path configuration) {
        String reference = UntrustedValues.imageReference(image.image(), image.digest());
        List<String> args = runner(catalog, recorded, inputs, original, mode, dryRun);
        try {
            ContainerRun run = new ContainerRun(reference, List.of(new ContainerRun.Mount(
                    configuration.toAbsolutePath(), CONTAINER_CONFIGURATION, true)), args, false);
            return new LaunchCommand(ContainerEngine.DOCKER.argv(run, null, p -> p.toAbsolutePath().toString()),
                    workspace, run);
        } catch (IllegalArgumentException e) {
            throw new UnsafeValueException(e.getMessage());
        }
    }

    private static List<String> runner(CatalogRef catalog, RecordedCommand recorded, List<PinnedInput> inputs,
                                       Rid original, ReproductionMode mode, boolean dryRun) {
        List<String> argv = new ArrayList<>(List.of(recorded.entryPoint(), "--host", catalog.host(), "--catalog",
                catalog.catalogId()));
        if (recorded.multirun()) {
            argv.add("--multirun");
        }
        argv.addAll(recorded.values());
        for (PinnedInput in : inputs) {
            if (in.changed() && in.configIndex() >= 0) {
                if (!in.version().matches("[0-9A-Za-z.+!_-]{1,64}")
                        || org.provex.core.model.Pep440Version.tryParse(in.version()).isEmpty()) {
                    throw new UnsafeValueException("Refused the dataset version '"
                            + UntrustedValues.printable(in.version()) + "' of " + in.dataset() + ": not a PEP 440 "
                            + "version.");
                }
                // the checked-out configuration pins the recorded version; a different one is set on its list entry
                argv.add(UntrustedValues.override("datasets." + in.configIndex() + ".version='" + in.version() + "'"));
            }
        }
        argv.add("++description='" + description(original, mode) + "'");
        if (dryRun) {
            argv.add("dry_run=true");
        }
        return argv;
    }

    /** The new run's description: it names the original, which is how the reproduction finds it again. */
    static String description(Rid original, ReproductionMode mode) {
        return mode == ReproductionMode.REPRODUCTION ? "Reproduction of " + original.value()
                : "Re-run of " + original.value() + " on the latest dataset versions";
    }
}
