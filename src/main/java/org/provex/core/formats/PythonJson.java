package org.provex.core.formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes JSON byte for byte the way Python's {@code json} module does: deriva-ml writes its metadata
 * files with {@code json.dump} (compact: {@code ", "} and {@code ": "}, non-ASCII escaped) and nbformat
 * writes notebooks with indent 1, sorted keys and UTF-8 kept. Checksums (notebook stripping) and the
 * demo's MD5s depend on these exact bytes, so Jackson's own printers cannot be used.
 */
public final class PythonJson {

    private PythonJson() {
    }

    /** {@code json.dumps(node)} with default options: one line, {@code ensure_ascii=True}. */
    public static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(out, node, -1, 0, false, true);
        return out.toString();
    }

    /** nbformat's notebook form: indent 1, sorted keys, {@code ","} item separator, UTF-8 kept, newline. */
    public static String notebook(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(out, node, 1, 0, true, false);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, JsonNode node, int indent, int level, boolean sort, boolean ascii) {
        if (node == null || node.isNull()) {
            out.append("null");
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isIntegralNumber()) {
            out.append(node.numberValue().toString());
        } else if (node.isNumber()) {
            out.append(pyFloat(node.doubleValue()));
        } else if (node.isString()) {
            string(out, node.stringValue(), ascii);
        } else if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>(node.values());
            if (items.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                separator(out, i, indent, level + 1);
                write(out, items.get(i), indent, level + 1, sort, ascii);
            }
            close(out, indent, level).append(']');
        } else {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            if (entries.isEmpty()) {
                out.append("{}");
                return;
            }
            if (sort) {
                // Python sorts by code point; String.compareTo sorts by UTF-16 unit, equal for the BMP
                entries.sort(Map.Entry.comparingByKey());
            }
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                separator(out, i, indent, level + 1);
                string(out, entries.get(i).getKey(), ascii);
                out.append(": ");
                write(out, entries.get(i).getValue(), indent, level + 1, sort, ascii);
            }
            close(out, indent, level).append('}');
        }
    }

    private static void separator(StringBuilder out, int index, int indent, int level) {
        if (indent < 0) {
            if (index > 0) {
                out.append(", ");
            }
            return;
        }
        out.append(index > 0 ? ",\n" : "\n").append(" ".repeat(indent * level));
    }

    private static StringBuilder close(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
        return out;
    }

    private static void string(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ascii && c > 0x7f)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
    public static String pyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).toBigInteger() + ".0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e-4 && abs < 1e16) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        mantissa = mantissa.replaceFirst("\\.?0+$", "");
        String sign = d < 0 ? "-" : "";
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
    }
}
