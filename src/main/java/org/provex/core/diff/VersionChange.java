package org.provex.core.diff;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.provex.core.model.Pep440Version;

/**
 * How a version moved between two runs, classified with PEP 440 ordering ({@link Pep440Version}).
 *
 * @param state SAME, UPGRADED, DOWNGRADED, or CHANGED when there is no meaningful order (local builds,
 *              non-PEP-440 text); ADDED or REMOVED when one side has no version
 * @param level the most significant part that changed; NONE unless the state is a change of version
 */
public record VersionChange(CellState state, VersionLevel level) {

    public static final VersionChange SAME = new VersionChange(CellState.SAME, VersionLevel.NONE);

    public VersionChange {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(level, "level");
    }

    /** Classifies {@code from -> to}; null or blank means absent. Never throws. */
    public static VersionChange classify(String from, String to) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (!hasFrom || !hasTo) {
            if (hasFrom == hasTo) {
                return SAME;
            }
            return new VersionChange(hasTo ? CellState.ADDED : CellState.REMOVED, VersionLevel.NONE);
        }
        if (from.strip().equals(to.strip())) {
            return SAME;
        }
        return classify(Pep440Version.tryParse(from).orElse(null), Pep440Version.tryParse(to).orElse(null));
    }

    /** For versions parsed ahead of time; null means "not PEP 440" (both sides present and different). */
    static VersionChange classify(Pep440Version a, Pep440Version b) {
        if (a == null || b == null) {
            return new VersionChange(CellState.CHANGED, VersionLevel.OTHER);
        }
        int order = a.compareTo(b);
        if (order == 0) {
            return SAME;
        }
        VersionLevel level = level(a, b);
        if (level == VersionLevel.LOCAL) {
            return new VersionChange(CellState.CHANGED, level);
        }
        return new VersionChange(order < 0 ? CellState.UPGRADED : CellState.DOWNGRADED, level);
    }

    private static VersionLevel level(Pep440Version a, Pep440Version b) {
        if (!epoch(a).equals(epoch(b))) {
            return VersionLevel.MAJOR;
        }
        List<BigInteger> x = a.release();
        List<BigInteger> y = b.release();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            BigInteger p = i < x.size() ? x.get(i) : BigInteger.ZERO;
            BigInteger q = i < y.size() ? y.get(i) : BigInteger.ZERO;
            if (!p.equals(q)) {
                return i == 0 ? VersionLevel.MAJOR : i == 1 ? VersionLevel.MINOR : VersionLevel.PATCH;
            }
        }
        Pep440Version publicA = Pep440Version.parse(a.publicText());
        Pep440Version publicB = Pep440Version.parse(b.publicText());
        if (publicA.compareTo(publicB) == 0) {
            return VersionLevel.LOCAL;
        }
        if (a.isPreRelease() || b.isPreRelease()) {
            return VersionLevel.PRE_RELEASE;
        }
        return VersionLevel.POST_RELEASE;
    }

    /** Pep440Version keeps its epoch private; {@code N!} is at the start of the text when present. */
    private static BigInteger epoch(Pep440Version v) {
        String t = v.toString().strip();
        int bang = t.indexOf('!');
        if (bang < 0) {
            return BigInteger.ZERO;
        }
        String digits = t.substring(0, bang).replaceFirst("^[vV]", "");
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? new BigInteger(digits)
                : BigInteger.ZERO;
    }

    /** Words for a person: {@code upgraded (minor)}, {@code changed (local build)}, {@code added}. */
    public String describe() {
        return level == VersionLevel.NONE ? state.label() : state.label() + " (" + level.label() + ")";
    }
}
