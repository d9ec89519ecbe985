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

    /**
     * The text of an environment snapshot for a viewer, with secrets masked: like {@link #pretty} for a JSON
     * snapshot, but every member of an {@code environ} object whose name is secret ({@link
     * SecretMasker#isSecretName}) and every string anywhere that looks like a credential ({@link
     * SecretMasker#looksLikeSecretValue}) is replaced by {@link SecretMasker#MASK}. Text that is not one JSON value
     * (an older plain-text snapshot, a damaged file) is masked line by line with {@link SecretMasker#maskText}, so
     * nothing falls through unmasked.
     */
    public static String prettyMasked(String fileName, byte[] bytes) {
        String text = Parsing.text(bytes);
        String head = text.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            try {
                String masked = streamJson(text, true);
                if (masked != null) {
                    return masked;
                }
            } catch (JacksonException e) {
                // damaged JSON: fall through to the line-by-line masking
            }
        }
        return SecretMasker.maskText(normaliseLineEnds(text));
    }

    private static String prettyJson(String text) {
        String pretty = streamJson(text, false);
        return pretty == null ? text : pretty;
    }

    /**
     * Streams tokens rather than building a tree so numbers keep their exact text and duplicate keys survive.
     * Returns null when the text is not exactly one JSON value.
     */
    private static String streamJson(String text, boolean mask) {
        StringWriter out = new StringWriter(text.length() + text.length() / 2);
        try (JsonParser p = Parsing.JSON.createParser(text);
             JsonGenerator g = Parsing.JSON.writer().with(PRETTY).createGenerator(out)) {
            int roots = 0;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (depth == 0 && ++roots > 1) {
                    // several documents in one file: not plain JSON, so leave the text alone
                    return null;
                }
                if (mask && t != JsonToken.PROPERTY_NAME && SnapshotMasking.masks(p, t)) {
                    if (t.isStructStart()) {
                        p.skipChildren();
                    }
                    g.writeString(SecretMasker.MASK);
                    continue;
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    g.writeNumber(p.getString());
                } else if (mask && t == JsonToken.VALUE_STRING) {
                    // a credential inside a longer string, e.g. an argv entry "hub.token=hf_..."
                    g.writeString(SecretMasker.maskWords(p.getString()));
                } else {
                    g.copyCurrentEvent(p);
                }
            }
            if (roots == 0) {
                return null;
            }
        }
        return out.toString() + "\n";
    }

    private static String normaliseLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
