package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads uv.lock (TOML). An empty file is an empty lock. Malformed TOML is reported with line and column; package
 * entries of an odd shape are tolerated (an entry that is not a table is skipped, odd values become text).
 * Packages from the lock's main index (the registry most of its packages come from) get the source
 * {@code registry}; packages from any other index keep its URL, which is what a reader needs to notice.
 */
public final class UvLockReader {

    private UvLockReader() {
    }

    public static UvLock read(String fileName, String text) {
        return read(fileName, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws MetadataFormatException if the file is not valid TOML */
    public static UvLock read(String fileName, byte[] bytes) {
        JsonNode root = Parsing.isBlank(bytes) ? Parsing.TOML.createObjectNode() : Parsing.readToml(fileName, bytes);
        List<LockedPackage> packages = new ArrayList<>();
        JsonNode list = root.get("package");
        if (list != null && list.isArray()) {
            for (JsonNode p : list) {
                if (p.isObject()) {
                    packages.add(new LockedPackage(Nodes.looseText(p.get("name")), Nodes.looseText(p.get("version")),
                            source(p.get("source"))));
                }
            }
        }
        return new UvLock(Nodes.looseText(root.get("version")), Nodes.looseText(root.get("requires-python")),
                withMainIndex(packages), root);
    }

    private static final String REGISTRY = "registry: ";

    /** Relabels the packages of the most used registry as plain {@code registry}. */
    private static List<LockedPackage> withMainIndex(List<LockedPackage> packages) {
        Map<String, Long> counts = new java.util.HashMap<>();
        packages.stream().map(LockedPackage::source).filter(src -> src.startsWith(REGISTRY))
                .forEach(src -> counts.merge(src, 1L, Long::sum));
        String main = counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        if (main == null) {
            return packages;
        }
        List<LockedPackage> out = new ArrayList<>(packages.size());
        for (LockedPackage p : packages) {
            out.add(p.source().equals(main) ? new LockedPackage(p.name(), p.version(), "registry") : p);
        }
        return out;
    }

    static String source(JsonNode s) {
        if (Nodes.absent(s)) {
            return "";
        }
        if (!s.isObject()) {
            return Nodes.looseText(s);
        }
        if (s.has("registry")) {
            return REGISTRY + Nodes.looseText(s.get("registry")).replaceAll("/+$", "");
        }
        if (s.has("git")) {
            return "git+" + Nodes.looseText(s.get("git"));
        }
        for (String kind : List.of("editable", "virtual", "path", "directory", "url")) {
            if (s.has(kind)) {
                return kind + ": " + Nodes.looseText(s.get(kind));
            }
        }
        // a source kind newer than this reader: show it as written
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            return e.getKey() + ": " + Nodes.looseText(e.getValue());
        }
        return "";
    }
}
