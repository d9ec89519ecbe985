package org.provex.core.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Shared mappers and the translation of Jackson's parse errors into {@link MetadataFormatException}. */
final class Parsing {

    /** Python's json.dump writes NaN and Infinity unless told not to, so accept them. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static final YAMLMapper YAML = YAMLMapper.builder().build();
    static final TomlMapper TOML = TomlMapper.builder().build();

    private Parsing() {
    }

    static JsonNode readJson(String fileName, byte[] bytes) {
        return read(JSON, "JSON", fileName, bytes);
    }

    /** Returns null for a document without content (empty, blank or comments only). */
    static JsonNode readYaml(String fileName, byte[] bytes) {
        JsonNode node = read(YAML, "YAML", fileName, bytes);
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }

    static JsonNode readToml(String fileName, byte[] bytes) {
        return read(TOML, "TOML", fileName, bytes);
    }

    private static JsonNode read(ObjectMapper mapper, String format, String fileName, byte[] bytes) {
        try {
            return mapper.readTree(bytes == null ? new byte[0] : bytes);
        } catch (JacksonException e) {
            throw syntaxError(fileName, format, e);
        }
    }

    static MetadataFormatException syntaxError(String fileName, String format, JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return MetadataFormatException.syntax(fileName, format, line, column, problemText(e), e);
    }

    /** Jackson's message without its source excerpt, phrased for a person. */
    private static String problemText(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYamlEngineException yaml && yaml.getProblem() != null) {
            // snakeyaml's message starts with its context ("while parsing a flow sequence"), the problem comes later
            original = yaml.getProblem();
        }
        String lower = original.toLowerCase(Locale.ROOT);
        if (lower.contains("end-of-input") || lower.contains("unexpected eof") || lower.contains("end of input")) {
            return "unexpected end of input (the file looks truncated)";
        }
        String first = original.strip().lines().findFirst().orElse("").strip();
        int marker = first.indexOf(" (start marker at");
        if (marker >= 0) {
            first = first.substring(0, marker);
        }
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.isEmpty()) {
            return "the content cannot be parsed";
        }
        return Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }

    static boolean isBlank(byte[] bytes) {
        return bytes == null || text(bytes).isBlank();
    }

    /** UTF-8 text without a byte-order mark; bad bytes become U+FFFD rather than failing. */
    static String text(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
