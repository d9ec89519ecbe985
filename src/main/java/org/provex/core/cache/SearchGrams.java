package org.provex.core.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.Function;

/**
 * The index of short words (migration V7, {@code execution_grams}): for each execution, every character and every
 * pair of adjacent characters that its description, status detail or workflow name holds, one token each, in an FTS5
 * table that keeps only which rows hold a token ({@code detail=none}, no content). The trigram index cannot answer
 * a word of one or two characters; this one answers exactly what {@code LIKE '%w%'} over the three columns answers:
 * ASCII letters fold to lower case, every other character is kept as it is, and a pair never spans two columns.
 * The search splits what is typed into words at ASCII white space ({@code \s}), so no word holds such a character:
 * those characters and the pairs that hold one are no tokens (about a tenth of a run's tokens).
 *
 * <p>Tokens go through FTS5's {@code ascii} tokenizer, which splits on ASCII characters other than letters and
 * digits and keeps every other character: letters and digits stand for themselves, other ASCII characters are
 * written as the private-use character {@code U+E000} plus their code, and a private-use character of that block in
 * the text is written as {@code U+E0FF} (so a word holding one is not answered here: {@link #query} says so).
 */
public final class SearchGrams {

    /** The SQL function that gives the tokens of an execution's three texts (registered on every connection). */
    public static final String FUNCTION = "provex_grams";
    private static final int ESCAPE = 0xE000;
    private static final int ESCAPE_END = 0xE0FF;

    private SearchGrams() {
    }

    /** Registers {@link #FUNCTION} on a cache connection. */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, FUNCTION, new Function() {
            private final Tokens tokens = new Tokens();

            @Override
            protected void xFunc() throws SQLException {
                int n = args();
                String[] texts = new String[n];
                for (int i = 0; i < n; i++) {
                    texts[i] = value_text(i);
                }
                result(tokens.ofEach(texts));
            }
        });
    }

    /**
     * The FTS5 query for a word of one or two characters (after the lower-casing the search applies), or empty when
     * the word is longer or holds a character that the tokens cannot tell apart (then the caller matches with LIKE).
     */
    public static Optional<String> query(String word) {
        int[] cps = word.toLowerCase(Locale.ROOT).codePoints().toArray();
        if (cps.length < 1 || cps.length > 2) {
            return Optional.empty();
        }
        StringBuilder token = new StringBuilder();
        for (int cp : cps) {
            if (cp >= ESCAPE && cp <= ESCAPE_END || separates(cp)) {
                return Optional.empty();
            }
            token.appendCodePoint(encode(cp));
        }
        return Optional.of("\"" + token + "\"");
    }

    /** Whether a character is ASCII white space, which the search splits words at ({@code \s}: no token). */
    private static boolean separates(int cp) {
        return cp == ' ' || cp >= '\t' && cp <= '\r';
    }

    /** One character as a token character (see the class comment); ASCII letters folded to lower case. */
    private static int encode(int cp) {
        if (cp >= 'A' && cp <= 'Z') {
            return cp + ('a' - 'A');
        }
        if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
            return cp;
        }
        if (cp < 0x80) {
            return ESCAPE + cp;
        }
        return cp >= ESCAPE && cp <= ESCAPE_END ? ESCAPE_END : cp;
    }

    /**
     * Builds token lists, reusing its buffers between calls (one per connection: SQLite calls it on one thread). It
     * runs once per execution in a load (a hundred thousand times at a time), so it works on characters and a set of
     * longs of its own rather than boxed keys.
     */
    private static final class Tokens {
        /** How many texts' tokens are kept (the least recently used go first). */
        private static final int REMEMBERED = 256;
        private long[] seen = new long[1024];
        private int[] slots = new int[512];
        private int used;
        private final StringBuilder out = new StringBuilder(1024);
        private final StringBuilder row = new StringBuilder(2048);
        /**
         * The tokens of texts met lately: the runs of a catalog repeat their texts (a sweep's jobs share a
         * description, most runs' status detail is their description, a workflow's name is on each of its runs), and
         * a load reads them in the order they were created, so the repeats come close together.
         */
        private final Map<String, String> remembered = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED;
            }
        };

        /**
         * The tokens of each text in turn, as {@link SearchGrams#FUNCTION} gives them: a text equal to an earlier one
         * is left out, and a token that two texts share is written once for each. The index keeps only which rows hold
         * a token ({@code detail=none}), so it holds what {@link #of} would give; FTS5's {@code delete} takes them out
         * alike.
         */
        String ofEach(String... texts) {
            row.setLength(0);
            for (int i = 0; i < texts.length; i++) {
                String text = texts[i];
                if (text == null || text.isEmpty() || repeated(texts, i)) {
                    continue;
                }
                String tokens = remembered.get(text);
                if (tokens == null) {
                    tokens = of(text);
                    remembered.put(text, tokens);
                }
                row.append(tokens);
            }
            return row.toString();
        }

        private static boolean repeated(String[] texts, int i) {
            for (int j = 0; j < i; j++) {
                if (texts[i].equals(texts[j])) {
                    return true;
                }
            }
            return false;
        }

        String of(String... texts) {
            out.setLength(0);
            for (String text : texts) {
                if (text != null) {
                    add(text);
                }
            }
            for (int i = 0; i < used; i++) {
                seen[slots[i]] = 0;
            }
            used = 0;
            return out.toString();
        }

        private void add(String text) {
            int n = text.length();
            int previous = -1;
            for (int i = 0; i < n; i++) {
                char ch = text.charAt(i);
                int raw = ch;
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    raw = Character.toCodePoint(ch, text.charAt(++i));
                }
                if (separates(raw)) {
                    previous = -1;
                    continue;
                }
                int cp = encode(raw);
                if (put(cp + 1L)) {
                    out.appendCodePoint(cp).append(' ');
                }
                if (previous >= 0 && put(((long) previous + 1) << 32 | cp)) {
                    out.appendCodePoint(previous).appendCodePoint(cp).append(' ');
                }
                previous = cp;
            }
        }

        /** Adds a non-zero key to the open-addressing set; false when it was there. */
        private boolean put(long key) {
            if (used * 2 >= seen.length) {
                grow();
            }
            int mask = seen.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 29)) & mask;
            while (seen[slot] != 0) {
                if (seen[slot] == key) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            seen[slot] = key;
            slots[used++] = slot;
            return true;
        }

        private void grow() {
            long[] keys = new long[used];
            for (int i = 0; i < used; i++) {
                keys[i] = seen[slots[i]];
            }
            seen = new long[seen.length * 2];
            slots = new int[seen.length / 2];
            used = 0;
            for (long k : keys) {
                put(k);
            }
        }
    }
}
