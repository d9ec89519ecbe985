package org.provex.core.formats;

import java.io.StringWriter;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Text of a metadata file for a file viewer. */
public final class StructuredText {

    /** Like Python's {@code json.dumps(indent=2)}: two spaces, {@code "key": value}, one array element a line. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private StructuredText() {
    }

    /**
     * JSON (by extension, or content starting with a brace or bracket, as environment snapshots do) is re-indented
     * with two spaces, keeping key order and number text. YAML and TOML that parse are returned as written with
     * line endings normalised to {@code \n}, since re-serialising would drop comments. Anything that does not
     * parse, JSON Lines and other files come back unchanged (decoded as UTF-8).
     */
    public static String pretty(String fileName, byte[] bytes) {
        String text = Parsing.text(bytes);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        try {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return text;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                Parsing.YAML.readTree(bytes);
                return normaliseLineEnds(text);
            }
            if (name.endsWith(".toml") || name.endsWith(".lock")) {
                Parsing.TOML.readTree(bytes);
                return normaliseLineEnds(text);
            }
            if (name.endsWith(".json") || head.startsWith("{") || head.startsWith("[")) {
                return prettyJson(text);
            }
        } catch (JacksonException e) {
            // not parsable: show what is there
            return text;
        }
        return text;
    }

    /** Streams tokens rather than building a tree so numbers keep their exact text and duplicate keys survive. */
    private static String prettyJson(String text) {
        StringWriter out = new StringWriter(text.length() + text.length() / 2);
        try (JsonParser p = Parsing.JSON.createParser(text);
             JsonGenerator g = Parsing.JSON.writer().with(PRETTY).createGenerator(out)) {
            int roots = 0;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (depth == 0 && ++roots > 1) {
                    // several documents in one file: not plain JSON, so leave the text alone
                    throw new IllegalStateException("more than one JSON value");
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    g.writeNumber(p.getString());
                } else {
                    g.copyCurrentEvent(p);
                }
            }
            if (roots == 0) {
                throw new IllegalStateException("no JSON value");
            }
        } catch (IllegalStateException e) {
            return text;
        }
        return out.toString() + "\n";
    }

    private static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
