package org.provex.core.cache.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.provex.core.model.Crockford32;

/**
 * A search word read as the start of a RID (a person pasting part of one, {@code 1-AS8} for {@code 1-AS8T}): its
 * spellings as the start of a RID in canonical form. A RID puts a hyphen before every fourth symbol counted from the
 * right, so where the hyphens of a prefix fall depends on the length of the whole RID: a word typed without hyphens
 * has up to four spellings, one for each length modulo four; a word typed with them keeps only the spelling whose
 * hyphens fall where the person put them. A word is read this way only when it starts with a digit, is base-32
 * throughout (look-alike letters allowed), has three symbols or more and holds a letter or a hyphen, so that plain
 * numbers and short words stay text.
 */
final class RidPrefix {

    private static final int MAX_SYMBOLS = 13;
    /** Fewer symbols than this start too many RIDs to be worth reading as one. */
    private static final int MIN_SYMBOLS = 3;
    private static final int GROUP = 4;

    private RidPrefix() {
    }

    /** The spellings to match with {@code GLOB 'spelling*'}, or none when the word does not read as a RID start. */
    static List<String> spellings(String word) {
        String typed = word.strip().toUpperCase(Locale.ROOT);
        if (typed.isEmpty() || !Character.isDigit(typed.charAt(0)) || typed.startsWith("0")
                || typed.chars().noneMatch(c -> c == '-' || Character.isLetter(c))
                || !Crockford32.isWellFormed(typed)) {
            return List.of();
        }
        StringBuilder symbols = new StringBuilder();
        StringBuilder spelled = new StringBuilder();
        for (char c : typed.toCharArray()) {
            char symbol = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            spelled.append(symbol);
            if (symbol != '-') {
                symbols.append(symbol);
            }
        }
        if (symbols.length() < MIN_SYMBOLS) {
            return List.of();
        }
        String asTyped = strip(spelled.toString());
        boolean hyphens = asTyped.indexOf('-') >= 0;
        Set<String> spellings = new LinkedHashSet<>();
        for (int length = symbols.length(); length <= MAX_SYMBOLS && length < symbols.length() + GROUP; length++) {
            String s = spell(symbols, length);
            if (!hyphens || s.equals(asTyped)) {
                spellings.add(s);
            }
        }
        return new ArrayList<>(spellings);
    }

    /** The first symbols of a RID of {@code length} symbols, hyphens where the canonical spelling has them. */
    private static String spell(CharSequence symbols, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < symbols.length(); i++) {
            if (i > 0 && (length - i) % GROUP == 0) {
                out.append('-');
            }
            out.append(symbols.charAt(i));
        }
        return out.toString();
    }

    /** Without hyphens at the ends (a trailing hyphen typed before the next symbol says nothing more). */
    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }
}
