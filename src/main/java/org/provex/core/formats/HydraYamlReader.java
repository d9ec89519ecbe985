package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the three files Hydra saves for a run and deriva-ml uploads as {@code hydra-<ts>-config.yaml},
 * {@code -overrides.yaml} and {@code -hydra.yaml}. An empty file (or one with only comments) gives an empty
 * result; malformed YAML is reported with line and column.
 */
public final class HydraYamlReader {

    private HydraYamlReader() {
    }

    /** The resolved job configuration as a tree; an empty object for an empty file. */
    public static JsonNode readConfig(String fileName, byte[] bytes) {
        JsonNode root = Parsing.readYaml(fileName, bytes);
        return root == null ? Parsing.YAML.createObjectNode() : root;
    }

    public static JsonNode readConfig(String fileName, String text) {
        return readConfig(fileName, utf8(text));
    }

    /**
     * The override list, e.g. {@code +experiment=cifar10_quick}. Numbers or booleans in the list are kept as text.
     *
     * @throws MetadataFormatException if the YAML is malformed, or is not a list of plain values
     */
    public static List<String> readOverrides(String fileName, byte[] bytes) {
        JsonNode root = Parsing.readYaml(fileName, bytes);
        if (root == null) {
            return List.of();
        }
        if (!root.isArray()) {
            throw MetadataFormatException.atPath(fileName, "",
                    "expected a list of overrides, found " + Nodes.describe(root));
        }
        return List.copyOf(Nodes.textList(fileName, root, ""));
    }

    public static List<String> readOverrides(String fileName, String text) {
        return readOverrides(fileName, utf8(text));
    }

    /**
     * Hydra's runtime configuration. A document without the top-level {@code hydra:} key is read as if it were the
     * content of that key. Values of an unexpected shape are reported with their path.
     */
    public static HydraRuntime readRuntime(String fileName, byte[] bytes) {
        JsonNode root = Parsing.readYaml(fileName, bytes);
        if (root == null) {
            return HydraRuntime.EMPTY;
        }
        if (!root.isObject()) {
            throw MetadataFormatException.atPath(fileName, "", "expected a mapping, found " + Nodes.describe(root));
        }
        JsonNode hydra = root.path("hydra").isObject() ? root.get("hydra") : root;
        String prefix = hydra == root ? "" : "hydra";
        Map<String, String> choices = Nodes.textMap(fileName, hydra.path("runtime").path("choices"),
                at(prefix, "runtime.choices"));
        List<String> overrides = Nodes.textList(fileName, hydra.path("overrides").path("task"),
                at(prefix, "overrides.task"));
        return new HydraRuntime(
                Nodes.text(fileName, hydra.path("job").path("name"), at(prefix, "job.name"), ""),
                choices,
                overrides,
                Nodes.text(fileName, hydra.path("run").path("dir"), at(prefix, "run.dir"), ""),
                Nodes.text(fileName, hydra.path("runtime").path("output_dir"),
                        at(prefix, "runtime.output_dir"), ""),
                Nodes.text(fileName, hydra.path("mode"), at(prefix, "mode"), ""),
                root);
    }

    public static HydraRuntime readRuntime(String fileName, String text) {
        return readRuntime(fileName, utf8(text));
    }

    private static String at(String prefix, String path) {
        return prefix.isEmpty() ? path : prefix + "." + path;
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
