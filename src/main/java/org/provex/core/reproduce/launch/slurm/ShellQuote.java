package org.provex.core.reproduce.launch.slurm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Quotes text for the shells that read what Provex writes: the bash of a batch script, and the remote login shell that
 * SSH hands its command line to. Every argument becomes exactly one word with exactly its own characters: nothing in
 * it is expanded ({@code $()}, backticks, {@code $VAR}, globs, {@code ~}) and nothing ends the command (quotes,
 * {@code ;}, line breaks).
 */
public final class ShellQuote {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellQuote() {
    }

    /**
     * One bash word. Plain text stays as it is, other text is single-quoted ({@code '} becomes {@code '\''}); text
     * with control characters (a line break, a tab, an escape) uses bash's {@code $'...'} quoting so the script never
     * holds a raw line break inside an argument, where a line starting with {@code #SBATCH} could be mistaken for a
     * directive by a reader that does not know bash.
     */
    public static String bash(String text) {
        if (!text.isEmpty() && PLAIN.matcher(text).matches()) {
            return text;
        }
        if (!hasControl(text)) {
            return posixSingle(text);
        }
        StringBuilder out = new StringBuilder("$'");
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x80 && cp < 0xa0)) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }

    /** A command line for bash: each argument quoted by {@link #bash(String)}, separated by spaces. */
    public static String bashLine(List<String> argv) {
        StringBuilder out = new StringBuilder();
        for (String a : argv) {
            if (out.length() > 0) {
                out.append(' ');
            }
            // a first word with '=' would be a variable assignment, not a program
            out.append(out.length() == 0 && a.indexOf('=') >= 0 && !hasControl(a) ? posixSingle(a) : bash(a));
        }
        return out.toString();
    }

    /**
     * A command line for a remote login shell (what {@code ssh host CMD} runs): every argument single-quoted. Control
     * characters and {@code !} are refused rather than quoted, because csh-family shells treat them specially even
     * inside single quotes; Provex only passes its own words and checked paths this way.
     *
     * @throws IllegalArgumentException for an argument no shell quoting can carry safely
     */
    public static String remote(List<String> argv) {
        StringBuilder out = new StringBuilder();
        for (String a : argv) {
            if (hasControl(a) || a.indexOf('!') >= 0) {
                throw new IllegalArgumentException("'" + a.replaceAll("\\p{Cntrl}", "?") + "' cannot be passed "
                        + "through SSH: it contains a control character or '!'.");
            }
            boolean first = out.length() == 0;
            if (!first) {
                out.append(' ');
            }
            out.append(!a.isEmpty() && PLAIN.matcher(a).matches() && !(first && a.indexOf('=') >= 0) ? a
                    : posixSingle(a));
        }
        return out.toString();
    }

    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String posixSingle(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
