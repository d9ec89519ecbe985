package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reproduces, byte for byte, what {@code nbstripout -t} (0.9, default options, nbformat 4) prints for a
 * notebook, so that a notebook's checksum can be verified without Python: outputs and execution counts
 * cleared, volatile metadata removed, cell ids replaced by their index, written the way nbformat writes
 * (keys sorted, indent 1, multi-line strings as lists of lines, UTF-8, trailing newline).
 */
public final class NotebookStripper {

    private static final Set<String> NOTEBOOK_METADATA_DROPPED =
            Set.of("orig_nbformat", "orig_nbformat_minor", "signature", "widgets");
    private static final Set<String> CELL_METADATA_DROPPED = Set.of("trusted", "collapsed", "ExecuteTime",
            "execution", "heading_collapsed", "hidden", "scrolled");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A notebook that cannot be stripped: not JSON, or one that asks to keep its outputs. */
    public static final class NotebookException extends RuntimeException {
        public NotebookException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private NotebookStripper() {
    }

    public static byte[] strip(String fileName, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new NotebookException(fileName + " is not a readable notebook (invalid JSON): "
                    + e.getOriginalMessage(), e);
        }
        if (!(root instanceof ObjectNode nb)) {
            throw new NotebookException(fileName + " is not a notebook: the top level is not a JSON object", null);
        }
        if (nb.path("metadata").path("keep_output").asBoolean(false)) {
            throw new NotebookException(fileName + " sets keep_output, so nbstripout leaves its outputs;"
                    + " its checksum cannot be reproduced here", null);
        }
        if (nb.get("metadata") instanceof ObjectNode meta) {
            NOTEBOOK_METADATA_DROPPED.forEach(meta::remove);
        }
        if (nb.get("cells") instanceof ArrayNode cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) instanceof ObjectNode cell) {
                    stripCell(cell, i);
                }
            }
        }
        return PythonJson.notebook(nb).getBytes(StandardCharsets.UTF_8);
    }

    private static void stripCell(ObjectNode cell, int index) {
        if (cell.get("metadata") instanceof ObjectNode meta) {
            CELL_METADATA_DROPPED.forEach(meta::remove);
        }
        if (cell.has("outputs")) {
            cell.set("outputs", JsonNodeFactory.instance.arrayNode());
        }
        if (cell.has("execution_count")) {
            cell.putNull("execution_count");
        }
        if (cell.has("prompt_number")) {
            cell.putNull("prompt_number");
        }
        if (cell.has("id")) {
            cell.put("id", Integer.toString(index));
        }
        if (cell.has("source")) {
            cell.set("source", splitLines(joined(cell.get("source"))));
        }
        if (cell.get("attachments") instanceof ObjectNode attachments) {
            for (var entry : attachments.properties()) {
                if (entry.getValue() instanceof ObjectNode bundle) {
                    splitBundle(bundle);
                }
            }
        }
    }

    /** Attachment bundles keep text-like values as lists of lines, binary ones as single strings. */
    private static void splitBundle(ObjectNode bundle) {
        for (var entry : bundle.properties()) {
            String mime = entry.getKey();
            String value = joined(entry.getValue());
            if (value == null) {
                continue;
            }
            boolean textual = mime.startsWith("text/") || mime.equals("application/javascript")
                    || mime.equals("image/svg+xml");
            entry.setValue(textual ? splitLines(value) : StringNode.valueOf(value));
        }
    }

    /** A string or list of strings joined into one string; null for anything else. */
    private static String joined(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            node.forEach(n -> sb.append(n.isString() ? n.asString() : n.toString()));
            return sb.toString();
        }
        return null;
    }

    /** Python's {@code str.splitlines(keepends=True)}, which is what nbformat uses. */
    static JsonNode splitLines(String text) {
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        if (text == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                parts.add(text.substring(start, i + 2));
                i += 2;
                start = i;
            } else if (isPythonLineBreak(c)) {
                parts.add(text.substring(start, i + 1));
                i++;
                start = i;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        parts.forEach(lines::add);
        return lines;
    }

    private static boolean isPythonLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
