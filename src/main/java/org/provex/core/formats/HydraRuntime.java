package org.provex.core.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The parts of Hydra's {@code hydra.yaml} a person looks at. Absent values are "" or empty.
 *
 * @param choices       {@code hydra.runtime.choices}: config group to chosen option, in file order, null options
 *                      left out (as deriva-ml does for {@code config_choices})
 * @param taskOverrides {@code hydra.overrides.task}, the command-line overrides of the run
 * @param runDir        {@code hydra.run.dir} as configured; Hydra saves it unresolved, e.g. with {@code ${now:...}}
 * @param outputDir     {@code hydra.runtime.output_dir}, the resolved absolute run directory
 * @param mode          {@code hydra.mode}: {@code RUN} or {@code MULTIRUN}; "" in Hydra before 1.2
 * @param raw           the whole document, or a missing node for an empty file
 */
public record HydraRuntime(String jobName, Map<String, String> choices, List<String> taskOverrides, String runDir,
                           String outputDir, String mode, JsonNode raw) {

    public static final HydraRuntime EMPTY =
            new HydraRuntime("", Map.of(), List.of(), "", "", "", MissingNode.getInstance());

    public HydraRuntime {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        taskOverrides = List.copyOf(taskOverrides);
        raw = raw == null ? MissingNode.getInstance() : raw;
    }
}
