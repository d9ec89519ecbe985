package org.provex.core.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Tree access that never throws NPE or ClassCast. The strict variants take the file name and the path of the node
 * so a value of the wrong shape is reported where it is; scalars are always accepted as text.
 */
final class Nodes {

    private Nodes() {
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull();
    }

    /** Strings as they are, numbers and booleans as their text, null/missing as {@code dflt}; containers fail. */
    static String text(String file, JsonNode n, String path, String dflt) {
        if (absent(n)) {
            return dflt;
        }
        if (n.isString()) {
            return n.stringValue();
        }
        if (n.isValueNode()) {
            return n.asString();
        }
        throw MetadataFormatException.atPath(file, path, "expected text, found " + describe(n));
    }

    /** Like {@link #text} but never fails: containers become compact JSON. For informational sections. */
    static String looseText(JsonNode n) {
        if (absent(n)) {
            return "";
        }
        if (n.isString()) {
            return n.stringValue();
        }
        return n.isValueNode() ? n.asString() : n.toString();
    }

    /** Booleans, and the strings "true"/"false"; anything else is the default (deriva-ml only writes booleans). */
    static boolean bool(JsonNode n, boolean dflt) {
        if (n != null && n.isBoolean()) {
            return n.booleanValue();
        }
        if (n != null && n.isString()) {
            String s = n.stringValue().strip();
            if (s.equalsIgnoreCase("true")) {
                return true;
            }
            if (s.equalsIgnoreCase("false")) {
                return false;
            }
        }
        return dflt;
    }

    /** A list of text; a single scalar counts as a one-element list, null/missing as empty. */
    static List<String> textList(String file, JsonNode n, String path) {
        List<String> out = new ArrayList<>();
        if (absent(n)) {
            return out;
        }
        if (!n.isArray()) {
            if (n.isObject()) {
                throw MetadataFormatException.atPath(file, path, "expected a list, found " + describe(n));
            }
            out.add(text(file, n, path, ""));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String s = text(file, n.get(i), index(path, i), null);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** An object of text values in file order; null values are left out, null/missing is empty. */
    static Map<String, String> textMap(String file, JsonNode n, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (absent(n)) {
            return out;
        }
        if (!n.isObject()) {
            throw MetadataFormatException.atPath(file, path, "expected an object, found " + describe(n));
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String s = text(file, e.getValue(), key(path, e.getKey()), null);
            if (s != null) {
                out.put(e.getKey(), s);
            }
        }
        return out;
    }

    static String key(String path, String key) {
        boolean plain = !key.isEmpty()
                && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (!plain) {
            return path + "[\"" + key.replace("\"", "\\\"") + "\"]";
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** A short description of a node for messages; string values are not echoed (they may be long or private). */
    static String describe(JsonNode n) {
        if (absent(n)) {
            return "nothing";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "a list of " + n.size();
        }
        if (n.isString()) {
            return "text";
        }
        if (n.isNumber()) {
            return "a number (" + n.asString() + ")";
        }
        if (n.isBoolean()) {
            return "a boolean (" + n.asString() + ")";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
