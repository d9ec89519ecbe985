package org.provex.ui.detail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.ParsedMetadata;
import org.provex.ui.common.Messages;
import org.provex.ui.detail.DetailContent.Field;
import org.provex.ui.detail.DetailContent.FileRow;
import tools.jackson.databind.JsonNode;

/**
 * What a researcher looks for first in a run, read from its cached metadata files: the effective hyperparameters
 * (the leaves of Hydra's resolved config outside deriva-ml's own sections, e.g. {@code model_config.learning_rate}),
 * which of them the command line overrode, and the environment at a glance (Python, platform, CUDA and GPUs, the
 * versions of the packages that decide results).
 *
 * @param hyperparameters in config file order
 * @param overrides       Hydra's overrides as typed ({@code +experiment=cifar10_extended}), config groups included
 * @param environment     label and value pairs; empty when no environment snapshot is cached
 */
public record RunSummary(List<Param> hyperparameters, List<String> overrides, List<Field> environment) {

    /** Sections of a deriva-ml Hydra config that say where data and code come from, not how the model trains. */
    private static final Set<String> NOT_HYPERPARAMETERS = Set.of("deriva_ml", "datasets", "assets", "workflow",
            "hydra", "description", "dry_run");
    /** Packages whose versions decide results, in the order shown; absent ones are skipped. */
    private static final List<String> KEY_PACKAGES = List.of("torch", "torchvision", "tensorflow", "jax", "numpy",
            "scikit-learn", "pandas", "deriva-ml");
    private static final int MAX_PARAMS = 40;

    public RunSummary {
        hyperparameters = List.copyOf(hyperparameters);
        overrides = List.copyOf(overrides);
        environment = List.copyOf(environment);
    }

    /**
     * One effective value.
     *
     * @param override the override that set it ({@code model_config.learning_rate=3e-4}), or null
     */
    public record Param(String name, String value, String override) {
        public boolean overridden() {
            return override != null;
        }
    }

    public boolean isEmpty() {
        return hyperparameters.isEmpty() && overrides.isEmpty() && environment.isEmpty();
    }

    static RunSummary of(List<FileRow> files, Messages m) {
        JsonNode config = null;
        List<String> overrides = List.of();
        EnvironmentSnapshot env = null;
        for (FileRow f : files) {
            if (f.parsed() instanceof ParsedMetadata.HydraConfig h && config == null) {
                config = h.config();
            } else if (f.parsed() instanceof ParsedMetadata.HydraOverrides o && overrides.isEmpty()) {
                overrides = o.overrides();
            } else if (f.parsed() instanceof ParsedMetadata.Environment e && env == null) {
                env = e.snapshot();
            }
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq > 0) {
                byKey.put(o.substring(0, eq).replaceFirst("^[+~]+", ""), o);
            }
        }
        List<Param> params = new ArrayList<>();
        if (config != null && config.isObject()) {
            for (Map.Entry<String, JsonNode> e : config.properties()) {
                if (!NOT_HYPERPARAMETERS.contains(e.getKey())) {
                    leaves(e.getKey(), e.getValue(), byKey, params);
                }
            }
        }
        return new RunSummary(params.subList(0, Math.min(MAX_PARAMS, params.size())), overrides,
                env == null || env.isPlainText() ? List.of() : environment(env, m));
    }

    private static void leaves(String path, JsonNode node, Map<String, String> overrides, List<Param> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getKey().startsWith("_")) {      // Hydra's _target_, _partial_: how, not what
                    leaves(path + "." + e.getKey(), e.getValue(), overrides, out);
                }
            }
        } else if (!path.endsWith("._target_")) {
            String value = node.isNull() ? "null" : node.isValueNode() ? node.asString() : node.toString();
            out.add(new Param(path, value, overrides.get(path)));
        }
    }

    private static List<Field> environment(EnvironmentSnapshot env, Messages m) {
        List<Field> fields = new ArrayList<>();
        if (!env.python().version().isBlank()) {
            fields.add(new Field(m.get("summary.python"), env.python().version(), true));
        }
        EnvironmentSnapshot.Platform p = env.platform();
        String os = !p.osPrettyName().isBlank() ? p.osPrettyName() : String.join(" ", p.system(), p.release()).strip();
        if (!os.isBlank()) {
            fields.add(new Field(m.get("summary.platform"), p.machine().isBlank() ? os : os + " \u00B7 " + p.machine(),
                    false));
        }
        EnvironmentSnapshot.Gpu gpu = env.gpu();
        if (!gpu.devices().isEmpty() || !gpu.cudaVersion().isBlank()) {
            List<String> parts = new ArrayList<>();
            if (!gpu.cudaVersion().isBlank()) {
                parts.add("CUDA " + gpu.cudaVersion());
            }
            gpu.devices().stream().map(EnvironmentSnapshot.GpuDevice::name).distinct()
                    .forEach(n -> parts.add(gpu.devices().stream().filter(d -> d.name().equals(n)).count() + "\u00D7 "
                            + n));
            fields.add(new Field(m.get("summary.gpu"), String.join(" \u00B7 ", parts), false));
        } else {
            fields.add(new Field(m.get("summary.gpu"), m.get("summary.gpu.none"), false));
        }
        Map<String, String> normalised = new LinkedHashMap<>();
        env.packages().forEach((name, version) -> normalised.putIfAbsent(name.toLowerCase(Locale.ROOT)
                .replace('_', '-'), version));
        List<String> key = new ArrayList<>();
        for (String name : KEY_PACKAGES) {
            String version = normalised.get(name);
            if (version != null && !version.isBlank()) {
                key.add(name + " " + version);
            }
        }
        if (!key.isEmpty()) {
            fields.add(new Field(m.get("summary.packages"), String.join(" \u00B7 ", key), false));
        }
        return fields;
    }
}
