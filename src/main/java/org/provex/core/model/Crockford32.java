package org.provex.core.model;

/**
 * The base-32 code ERMrest uses for RIDs and snapshot ids: Crockford's alphabet, one pad bit,
 * a hyphen every four symbols counted from the right, leading zeros stripped.
 */
public final class Crockford32 {

    private static final String CODEX = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private Crockford32() {
    }

    /** Encodes a non-negative value below 2^62 (all real times and RID sequence values). */
    public static String encode(long value) {
        if (value < 0 || value >= (1L << 62)) {
            throw new IllegalArgumentException("value out of range: " + value);
        }
        long v = value << 1;
        StringBuilder rev = new StringBuilder();
        int digits = 0;
        while (v > 0) {
            if (digits > 0 && digits % 4 == 0) {
                rev.append('-');
            }
            rev.append(CODEX.charAt((int) (v & 31)));
            v >>>= 5;
            digits++;
        }
        return rev.length() == 0 ? "0" : rev.reverse().toString();
    }

    /**
     * Decodes a value, tolerating lower case, hyphens anywhere and the O/I/L look-alikes.
     *
     * @throws IllegalArgumentException if a character is outside the alphabet or the value overflows
     */
    public static long decode(String text) {
        long r = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == '-') {
                continue;
            }
            int code = switch (c) {
                case 'O' -> 0;
                case 'I', 'L' -> 1;
                default -> CODEX.indexOf(c);
            };
            if (code < 0) {
                throw new IllegalArgumentException("not a base-32 RID or snapshot id: " + text);
            }
            if (++symbols > 13 || (symbols == 13 && (r >>> 59) != 0)) {
                throw new IllegalArgumentException("too long for a RID or snapshot id: " + text);
            }
            r = (r << 5) | code;
        }
        if (symbols == 0) {
            throw new IllegalArgumentException("empty RID or snapshot id");
        }
        return r >>> 1;
    }

    /**
     * Canonical spelling of a well-formed value without changing its bits: upper case, O/I/L mapped to
     * 0/1/1, hyphens every four symbols from the right, leading zeros dropped. Unlike encode(decode(x)),
     * a set pad bit is kept, so RIDs an owner imported with an odd last symbol stay as they are.
     */
    public static String normalise(String text) {
        if (isCanonical(text)) {
            return text;   // the spelling a catalog sends: no copy (this runs for every RID a sync loads)
        }
        decode(text);
        StringBuilder symbols = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == '-') {
                continue;
            }
            symbols.append(switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            });
        }
        int zeros = 0;
        while (zeros < symbols.length() && symbols.charAt(zeros) == '0') {
            zeros++;   // a loop, not a regular expression: this runs for every RID a sync loads
        }
        String digits = symbols.substring(zeros);
        if (digits.isEmpty()) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 4 == 0) {
                out.append('-');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * True if the text is already in the spelling {@link #normalise} gives, checked in one pass without decoding:
     * upper-case symbols of the alphabet, a hyphen before every fourth symbol counted from the right, no leading
     * zero. Values of more than 12 symbols answer false (the slow path checks them for overflow).
     */
    static boolean isCanonical(String text) {
        int n = text.length();
        if (n == 0 || n > 14 || text.charAt(0) == '0' && n > 1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean hyphenHere = (n - i) % 5 == 0;   // from the right: SSSS, -SSSS, ...
            if (hyphenHere != (c == '-') || i == 0 && c == '-') {
                return false;
            }
            if (c != '-' && CODEX.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True if the text decodes (does not check the pad bit: imported RIDs may be odd). */
    public static boolean isWellFormed(String text) {
        try {
            decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
