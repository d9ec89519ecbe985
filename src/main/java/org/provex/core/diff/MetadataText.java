package org.provex.core.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provex.core.formats.SecretMasker;
import org.provex.core.formats.StructuredText;

/**
 * A metadata file as text for a side-by-side view: JSON re-indented (an environment snapshot is one long line),
 * YAML and TOML as written, and secret-looking values masked line by line unless revealed. Masked: values of
 * {@code key: value}, {@code "key": value}, {@code key = value} and {@code KEY=value} lines whose key looks like
 * a secret's name, and any token shaped like a credential (see {@link SecretMasker}).
 */
public final class MetadataText {

    private static final Pattern KEY_VALUE = Pattern.compile(
            "^(\\s*(?:-\\s+)?(?:export\\s+)?)(\"?)([A-Za-z_][A-Za-z0-9_.\\-/]*)\\2(\\s*[:=]\\s*)(.+?)(,?)$");
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"',=]+");

    private MetadataText() {
    }

    public static String of(String fileName, byte[] bytes, boolean reveal) {
        String text = StructuredText.pretty(fileName, bytes == null ? new byte[0] : bytes);
        return reveal ? text : mask(text);
    }

    /** Both files prepared with {@link #of}, then diffed line by line. */
    public static TextDiff diff(String leftName, byte[] left, String rightName, byte[] right, boolean reveal) {
        return TextDiff.of(of(leftName, left, reveal), of(rightName, right, reveal));
    }

    /** Masks secrets in any text, keeping line structure so the diff still aligns. */
    public static String mask(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            out.append(maskLine(line));
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    static String maskLine(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (m.matches()) {
            String value = m.group(5).strip();
            boolean opener = value.equals("{") || value.equals("[") || value.equals("|") || value.equals(">");
            boolean secret = SecretMasker.isSecretName(m.group(3))
                    || SecretMasker.looksLikeSecretValue(unquote(value));
            if (!opener && secret) {
                char q = value.isEmpty() ? ' ' : value.charAt(0);
                String masked = q == '"' || q == '\'' ? q + SecretMasker.MASK + q : SecretMasker.MASK;
                return m.group(1) + m.group(2) + m.group(3) + m.group(2) + m.group(4) + masked + m.group(6);
            }
        }
        Matcher t = TOKEN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (t.find()) {
            t.appendReplacement(out, SecretMasker.looksLikeSecretValue(t.group())
                    ? Matcher.quoteReplacement(SecretMasker.MASK) : Matcher.quoteReplacement(t.group()));
        }
        t.appendTail(out);
        return out.toString();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
