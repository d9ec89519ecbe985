package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads an environment snapshot. Current deriva-ml writes one JSON object (despite the {@code .txt} name); older
 * versions wrote free text, which is kept as {@link EnvironmentSnapshot#plainText()} rather than guessed at.
 *
 * <p>The sections are informational, so wrong shapes are tolerated: a section that is not an object (or list) is
 * treated as missing, and a container where text is expected becomes its compact JSON. Only a file that starts
 * like JSON but does not parse, an empty file, or a JSON document that is not an object is an error.
 */
public final class EnvironmentSnapshotReader {

    private EnvironmentSnapshotReader() {
    }

    public static EnvironmentSnapshot read(String fileName, String text) {
        return read(fileName, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws MetadataFormatException if the file is empty, or looks like JSON but is malformed or truncated */
    public static EnvironmentSnapshot read(String fileName, byte[] bytes) {
        String text = Parsing.text(bytes);
        String head = text.stripLeading();
        if (head.isEmpty()) {
            throw MetadataFormatException.empty(fileName);
        }
        if (head.charAt(0) != '{' && head.charAt(0) != '[') {
            return EnvironmentSnapshot.ofPlainText(text);
        }
        JsonNode root = Parsing.readJson(fileName, bytes);
        if (!root.isObject()) {
            throw MetadataFormatException.atPath(fileName, "",
                    "expected a JSON object, found " + Nodes.describe(root));
        }
        JsonNode os = object(root.get("os"));
        JsonNode sys = object(root.get("sys"));
        JsonNode platform = object(root.get("platform"));
        return new EnvironmentSnapshot(
                stringMap(root.get("imports"), EnvironmentSnapshot.NAME_ORDER),
                new EnvironmentSnapshot.Python(text(platform, "python_version"),
                        text(platform, "python_implementation"), text(platform, "python_compiler"),
                        text(sys, "executable")),
                platform(platform),
                gpu(object(root.get("gpu"))),
                stringMap(os.get("environ"), Comparator.naturalOrder()),
                list(sys.get("argv")),
                text(os, "cwd"),
                list(root.get("sys_path")),
                Optional.empty(),
                root);
    }

    private static EnvironmentSnapshot.Platform platform(JsonNode p) {
        return new EnvironmentSnapshot.Platform(text(p, "system"), text(p, "release"), text(p, "machine"),
                text(p, "node"), text(p, "platform"), text(object(p.get("freedesktop_os_release")), "PRETTY_NAME"));
    }

    private static EnvironmentSnapshot.Gpu gpu(JsonNode g) {
        List<EnvironmentSnapshot.GpuDevice> devices = new ArrayList<>();
        JsonNode list = g.get("devices");
        if (list != null && list.isArray()) {
            for (JsonNode d : list) {
                JsonNode device = object(d);
                devices.add(new EnvironmentSnapshot.GpuDevice(text(device, "name"), text(device, "memory_total"),
                        text(device, "driver_version")));
            }
        }
        JsonNode torch = object(g.get("torch"));
        return new EnvironmentSnapshot.Gpu(Nodes.bool(g.get("available"), false), text(g, "source"), devices,
                text(torch, "cuda_version"), text(torch, "cudnn_version"), text(g, "probe_error"));
    }

    /** The node if it is an object, else an empty object so lookups find nothing. */
    private static JsonNode object(JsonNode n) {
        return n != null && n.isObject() ? n : Parsing.JSON.createObjectNode();
    }

    private static String text(JsonNode parent, String key) {
        return Nodes.looseText(parent.get(key));
    }

    /** Built in the order the record keeps, so its defensive copy is linear rather than a second sort. */
    private static SortedMap<String, String> stringMap(JsonNode n, Comparator<String> order) {
        SortedMap<String, String> out = new TreeMap<>(order);
        if (n != null && n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                out.put(e.getKey(), Nodes.looseText(e.getValue()));
            }
        }
        return out;
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            for (JsonNode e : n) {
                out.add(Nodes.looseText(e));
            }
        }
        return out;
    }
}
