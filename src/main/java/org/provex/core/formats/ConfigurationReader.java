package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provex.core.model.AssetSpec;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowSpec;
import tools.jackson.databind.JsonNode;

/**
 * Reads configuration.json in every shape deriva-ml has written or accepts: dataset versions as
 * {@code {major, minor, patch}}, {@code "0.4.0"} or {@code [0, 4, 0]}; datasets as objects, bare RIDs or
 * {@code "RID@1.2.0"}; assets as {@code {rid}}, {@code {path}} or bare RIDs; the legacy workflow {@code rid} key and
 * a single-string {@code workflow_type}.
 *
 * <p>Tolerated: missing keys (defaults as in deriva-ml), numbers or booleans where text is expected, non-boolean
 * flags (the default is used), null entries in lists and maps (left out), missing {@code minor}/{@code patch} in a
 * version object (0). Reported with their path: a top level that is not an object, RIDs that are not text or are
 * empty, versions that are not versions, containers where text is expected, assets with neither rid nor path.
 */
public final class ConfigurationReader {

    private static final Set<String> KNOWN = Set.of("datasets", "assets", "workflow", "description", "argv",
            "config_choices");

    private ConfigurationReader() {
    }

    public static ExecutionConfiguration read(String fileName, String text) {
        return read(fileName, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws MetadataFormatException if the file is empty, not JSON, or has a value of an unusable shape */
    public static ExecutionConfiguration read(String fileName, byte[] bytes) {
        if (Parsing.isBlank(bytes)) {
            throw MetadataFormatException.empty(fileName);
        }
        JsonNode root = Parsing.readJson(fileName, bytes);
        if (root == null || !root.isObject()) {
            throw MetadataFormatException.atPath(fileName, "",
                    "expected a JSON object, found " + Nodes.describe(root));
        }
        List<DatasetSpec> datasets = datasets(fileName, root.get("datasets"));
        List<AssetSpec> assets = assets(fileName, root.get("assets"));
        WorkflowSpec workflow = workflow(fileName, root.get("workflow"));
        String description = Nodes.text(fileName, root.get("description"), "description", "");
        List<String> argv = Nodes.textList(fileName, root.get("argv"), "argv");
        Map<String, String> choices = Nodes.textMap(fileName, root.get("config_choices"), "config_choices");
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!KNOWN.contains(e.getKey())) {
                unknown.put(e.getKey(), e.getValue());
            }
        }
        return new ExecutionConfiguration(datasets, assets, workflow, description, argv, choices, unknown, root);
    }

    private static List<DatasetSpec> datasets(String file, JsonNode n) {
        List<DatasetSpec> out = new ArrayList<>();
        for (int i = 0; i < sizeOfList(file, n, "datasets"); i++) {
            JsonNode d = n.get(i);
            String path = Nodes.index("datasets", i);
            if (Nodes.absent(d)) {
                continue;
            }
            if (d.isString()) {
                out.add(shorthand(file, d.stringValue(), path));
            } else if (d.isObject()) {
                Rid rid = rid(file, d.get("rid"), Nodes.key(path, "rid"));
                String version = version(file, d.get("version"), Nodes.key(path, "version"));
                boolean materialize = Nodes.bool(d.get("materialize"), true);
                String description = Nodes.text(file, d.get("description"), Nodes.key(path, "description"), "");
                out.add(new DatasetSpec(rid, version, materialize, description));
            } else {
                throw MetadataFormatException.atPath(file, path,
                        "expected a dataset object or \"RID@version\", found " + Nodes.describe(d));
            }
        }
        return out;
    }

    /** {@code "1-ABC4"} or {@code "1-ABC4@0.4.0"} ({@code DatasetSpec.from_shorthand}). */
    private static DatasetSpec shorthand(String file, String text, String path) {
        int at = text.indexOf('@');
        String ridText = at < 0 ? text : text.substring(0, at);
        String version = at < 0 ? null : versionText(file, text.substring(at + 1), path);
        return new DatasetSpec(ridOf(file, ridText, path), version, true, "");
    }

    private static List<AssetSpec> assets(String file, JsonNode n) {
        List<AssetSpec> out = new ArrayList<>();
        for (int i = 0; i < sizeOfList(file, n, "assets"); i++) {
            JsonNode a = n.get(i);
            String path = Nodes.index("assets", i);
            if (Nodes.absent(a)) {
                continue;
            }
            if (a.isString()) {
                out.add(new AssetSpec(ridOf(file, a.stringValue(), path), null, false));
            } else if (a.isObject() && !Nodes.absent(a.get("path"))) {
                // LocalFile; a legacy asset_role key is ignored, as deriva-ml does
                String local = Nodes.text(file, a.get("path"), Nodes.key(path, "path"), "");
                out.add(new AssetSpec(null, local, Nodes.bool(a.get("cache"), false)));
            } else if (a.isObject() && !Nodes.absent(a.get("rid"))) {
                Rid rid = rid(file, a.get("rid"), Nodes.key(path, "rid"));
                out.add(new AssetSpec(rid, null, Nodes.bool(a.get("cache"), false)));
            } else {
                throw MetadataFormatException.atPath(file, path,
                        "expected an asset with a rid or a path, found " + Nodes.describe(a)
                                + (a.isObject() ? " without either" : ""));
            }
        }
        return out;
    }

    private static WorkflowSpec workflow(String file, JsonNode w) {
        if (Nodes.absent(w)) {
            return null;
        }
        if (!w.isObject()) {
            throw MetadataFormatException.atPath(file, "workflow", "expected an object, found " + Nodes.describe(w));
        }
        // pre-#226 files call the RID "rid"; current ones "workflow_rid" (usually null)
        String ridKey = !Nodes.absent(w.get("workflow_rid")) || Nodes.absent(w.get("rid")) ? "workflow_rid" : "rid";
        JsonNode ridNode = w.get(ridKey);
        String workflowRid = Nodes.absent(ridNode) ? null : rid(file, ridNode, "workflow." + ridKey).value();
        return new WorkflowSpec(
                Nodes.text(file, w.get("name"), "workflow.name", ""),
                Nodes.textList(file, w.get("workflow_type"), "workflow.workflow_type"),
                Nodes.text(file, w.get("description"), "workflow.description", null),
                Nodes.text(file, w.get("url"), "workflow.url", null),
                Nodes.text(file, w.get("version"), "workflow.version", null),
                workflowRid,
                Nodes.text(file, w.get("checksum"), "workflow.checksum", null),
                Nodes.bool(w.get("is_notebook"), false),
                Nodes.text(file, w.get("git_root"), "workflow.git_root", null),
                Nodes.bool(w.get("allow_dirty"), false));
    }

    /** The number of entries of an optional list; null/missing is an empty list. */
    private static int sizeOfList(String file, JsonNode n, String path) {
        if (Nodes.absent(n)) {
            return 0;
        }
        if (!n.isArray()) {
            throw MetadataFormatException.atPath(file, path, "expected a list, found " + Nodes.describe(n));
        }
        return n.size();
    }

    private static Rid rid(String file, JsonNode n, String path) {
        if (Nodes.absent(n)) {
            throw MetadataFormatException.atPath(file, path, "the RID is missing");
        }
        if (!n.isString()) {
            throw MetadataFormatException.atPath(file, path, "expected a RID as text, found " + Nodes.describe(n));
        }
        return ridOf(file, n.stringValue(), path);
    }

    private static Rid ridOf(String file, String text, String path) {
        if (text.isBlank()) {
            throw MetadataFormatException.atPath(file, path, "the RID is empty");
        }
        try {
            return Rid.of(text);
        } catch (IllegalArgumentException e) {
            throw MetadataFormatException.atPath(file, path, "not a RID (\"" + text.strip() + "\")");
        }
    }

    /** The normalised version label, or null when absent. */
    private static String version(String file, JsonNode v, String path) {
        if (Nodes.absent(v)) {
            return null;
        }
        if (v.isString()) {
            return versionText(file, v.stringValue(), path);
        }
        if (v.isArray()) {
            if (v.size() != 3) {
                throw MetadataFormatException.atPath(file, path,
                        "expected [major, minor, patch], found a list of " + v.size());
            }
            return part(file, v.get(0), Nodes.index(path, 0)) + "." + part(file, v.get(1), Nodes.index(path, 1))
                    + "." + part(file, v.get(2), Nodes.index(path, 2));
        }
        if (v.isObject()) {
            if (Nodes.absent(v.get("major"))) {
                throw MetadataFormatException.atPath(file, Nodes.key(path, "major"), "the major version is missing");
            }
            return part(file, v.get("major"), Nodes.key(path, "major"))
                    + "." + optionalPart(file, v.get("minor"), Nodes.key(path, "minor"))
                    + "." + optionalPart(file, v.get("patch"), Nodes.key(path, "patch"));
        }
        throw MetadataFormatException.atPath(file, path, "expected a version, found " + Nodes.describe(v));
    }

    private static String versionText(String file, String text, String path) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (Pep440Version.tryParse(t).isEmpty()) {
            throw MetadataFormatException.atPath(file, path, "expected a version like 0.4.0, found \"" + t + "\"");
        }
        return t;
    }

    private static long optionalPart(String file, JsonNode n, String path) {
        return Nodes.absent(n) ? 0 : part(file, n, path);
    }

    private static long part(String file, JsonNode n, String path) {
        if (n != null && n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0) {
            return n.longValue();
        }
        if (n != null && n.isString() && n.stringValue().strip().matches("\\d{1,18}")) {
            return Long.parseLong(n.stringValue().strip());
        }
        throw MetadataFormatException.atPath(file, path,
                "expected a non-negative whole number, found " + Nodes.describe(n));
    }
}
