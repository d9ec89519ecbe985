package org.provex.core.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A JSON or YAML document as paths, in document order, so two documents can be compared node by node.
 *
 * <p>Paths read like {@code datasets[rid=1-AQA6].version.minor}. Object members are {@code .name} (or
 * {@code ["odd key"]}). A list is matched across documents by the identity of its elements where that is
 * unique within the list: objects by their {@code rid} (then {@code RID}, {@code name}, {@code id},
 * {@code key}, {@code path}) as {@code [rid=1-AQA6]}; Hydra-style {@code key=value} strings by their key as
 * {@code [model_config.lr]}; other strings by their value as {@code ["Training"]}. Lists of numbers, mixed
 * lists and lists with repeated identities are matched by position, {@code [0]}.
 */
final class FlatTree {

    static final List<String> IDENTITY_FIELDS = List.of("rid", "RID", "name", "id", "key", "path");

    /** {@code +group=option}, {@code ~key}, {@code ++a.b=1}: the key of a Hydra override, or of any k=v text. */
    private static final Pattern OVERRIDE = Pattern.compile("^([~+]{0,2}[A-Za-z_][\\w./@-]*)=(.*)$", Pattern.DOTALL);
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_\\-/@]+");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_.:/@+-]+");

    /**
     * One node.
     *
     * @param parent    the parent's path, or null for the root
     * @param secretKey the nearest name above the node (member or override key) looks like a secret's
     * @param index     the position in the parent list, or -1
     */
    record Entry(String path, String parent, JsonNode node, boolean leaf, boolean secretKey, int index) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, List<String>> keyedLists;

    private FlatTree(Map<String, Entry> entries, Map<String, List<String>> keyedLists) {
        this.entries = Collections.unmodifiableMap(entries);
        this.keyedLists = Collections.unmodifiableMap(keyedLists);
    }

    static FlatTree of(JsonNode root) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, List<String>> keyed = new LinkedHashMap<>();
        if (root != null && !root.isMissingNode()) {
            visit(root, "", null, false, -1, entries, keyed);
        }
        return new FlatTree(entries, keyed);
    }

    /** Every node by path, in document order; the root's path is "". */
    Map<String, Entry> entries() {
        return entries;
    }

    Entry get(String path) {
        return entries.get(path);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Lists matched by identity: the list's path to its element paths in document order. */
    Map<String, List<String>> keyedLists() {
        return keyedLists;
    }

    private static void visit(JsonNode node, String path, String parent, boolean secret, int index,
                              Map<String, Entry> out, Map<String, List<String>> keyed) {
        boolean leaf = !node.isContainer() || node.isEmpty();
        out.put(path, new Entry(path, parent, node, leaf, secret, index));
        if (leaf) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> m : node.properties()) {
                visit(m.getValue(), member(path, m.getKey()), path,
                        secret || org.provex.core.formats.SecretMasker.isSecretName(m.getKey()), -1, out, keyed);
            }
            return;
        }
        List<String> ids = identities(node);
        List<String> children = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            String child = path + "[" + (ids == null ? Integer.toString(i) : ids.get(i)) + "]";
            children.add(child);
            boolean elementSecret = secret;
            if (e.isString()) {
                Matcher m = OVERRIDE.matcher(e.stringValue());
                elementSecret |= m.matches() && org.provex.core.formats.SecretMasker.isSecretName(m.group(1));
            }
            visit(e, child, path, elementSecret, i, out, keyed);
        }
        if (ids != null) {
            keyed.put(path, children);
        }
    }

    static String member(String path, String key) {
        if (!PLAIN_KEY.matcher(key).matches()) {
            return path + "[" + quote(key) + "]";
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The identity segment of every element (without brackets), or null to match by position. */
    private static List<String> identities(JsonNode list) {
        List<String> ids = objectIdentities(list);
        if (ids == null) {
            ids = stringIdentities(list);
        }
        return ids != null && new HashSet<>(ids).size() == ids.size() ? ids : null;
    }

    private static List<String> objectIdentities(JsonNode list) {
        for (String field : IDENTITY_FIELDS) {
            List<String> ids = new ArrayList<>();
            for (JsonNode e : list) {
                JsonNode v = e.isObject() ? e.get(field) : null;
                if (v == null || !v.isValueNode() || v.isNull()) {
                    ids = null;
                    break;
                }
                String text = v.isString() ? v.stringValue() : v.asString();
                ids.add(field + "=" + (PLAIN_ID.matcher(text).matches() ? text : quote(text)));
            }
            if (ids != null && new HashSet<>(ids).size() == ids.size()) {
                return ids;
            }
        }
        return null;
    }

    private static List<String> stringIdentities(JsonNode list) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : list) {
            if (!e.isString()) {
                return null;
            }
            Matcher m = OVERRIDE.matcher(e.stringValue());
            String id = m.matches() ? m.group(1) : quote(e.stringValue());
            if (!seen.add(id)) {
                return null;
            }
            ids.add(id);
        }
        return ids;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
