package org.provex.core.diff;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provex.core.formats.PythonJson;
import org.provex.core.formats.SecretMasker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Text of tree values for people: strings as written, containers as compact JSON, secrets masked. */
final class Display {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern OVERRIDE = Pattern.compile("^([~+]{0,2}[A-Za-z_][\\w./@-]*)=(.*)$", Pattern.DOTALL);

    private Display() {
    }

    static String of(FlatTree.Entry e, boolean reveal) {
        return e == null ? "" : text(e.node(), e.secretKey(), reveal);
    }

    /** {@code secret} says the value sits under a secret-looking name. */
    static String text(JsonNode n, boolean secret, boolean reveal) {
        if (n.isString()) {
            String s = n.stringValue();
            return s.isEmpty() ? "\"\"" : reveal ? s : maskString(s, secret);
        }
        if (n.isValueNode() || n.isNull()) {
            return secret && !reveal ? SecretMasker.MASK : scalar(n);
        }
        StringBuilder out = new StringBuilder();
        compact(out, reveal ? n : masked(n, secret));
        return out.toString();
    }

    /** Numbers as Python prints them ({@code 0.0001}, not Java's {@code 1.0E-4}); YAML and JSON floats alike. */
    static String scalar(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isFloatingPointNumber()) {
            return n.isBigDecimal() ? n.decimalValue().toPlainString() : PythonJson.pyFloat(n.doubleValue());
        }
        return n.isString() ? n.stringValue() : n.asString();
    }

    /** One-line JSON that keeps non-ASCII text readable, {@code {"a": 1, "b": [true, null]}}. */
    private static void compact(StringBuilder out, JsonNode n) {
        if (n.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> m : n.properties()) {
                out.append(first ? "" : ", ").append(FlatTree.quote(m.getKey())).append(": ");
                compact(out, m.getValue());
                first = false;
            }
            out.append('}');
        } else if (n.isArray()) {
            out.append('[');
            for (int i = 0; i < n.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                compact(out, n.get(i));
            }
            out.append(']');
        } else {
            out.append(n.isString() ? FlatTree.quote(n.stringValue()) : scalar(n));
        }
    }

    /** Masks a whole string under a secret name or shaped like a credential; {@code key=value} keeps its key. */
    static String maskString(String s, boolean secret) {
        Matcher m = OVERRIDE.matcher(s);
        if (m.matches()) {
            boolean secretHere = secret || SecretMasker.isSecretName(m.group(1));
            return secretHere || SecretMasker.looksLikeSecretValue(m.group(2)) ? m.group(1) + "=" + SecretMasker.MASK
                    : s;
        }
        return secret || SecretMasker.looksLikeSecretValue(s) ? SecretMasker.MASK : s;
    }

    private static JsonNode masked(JsonNode n, boolean secret) {
        if (n.isObject()) {
            ObjectNode o = F.objectNode();
            for (Map.Entry<String, JsonNode> m : n.properties()) {
                o.set(m.getKey(), masked(m.getValue(), secret || SecretMasker.isSecretName(m.getKey())));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            n.forEach(e -> a.add(masked(e, secret)));
            return a;
        }
        if (n.isString()) {
            return F.stringNode(maskString(n.stringValue(), secret));
        }
        return secret && !n.isNull() ? F.stringNode(SecretMasker.MASK) : n;
    }
}
