package org.provex.core.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version with the standard's ordering, e.g. {@code 0.1.0 < 0.1.0.post1.dev1 < 0.2.0}.
 * deriva-ml labels dataset versions this way (dev rows are {@code X.Y.Z.post1.devN}); Python
 * package versions in environment snapshots and uv.lock use it too.
 */
public final class Pep440Version implements Comparable<Pep440Version> {

    private static final Pattern PATTERN = Pattern.compile(
            "^\\s*v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
                    + "(?<pre>[-_.]?(?<prel>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pren>[0-9]+)?)?"
                    + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
                    + "(?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?"
                    + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final BigInteger epoch;
    private final List<BigInteger> release;
    private final String preLabel;
    private final BigInteger preNumber;
    private final BigInteger post;
    private final BigInteger dev;
    private final String local;

    private Pep440Version(String text, BigInteger epoch, List<BigInteger> release, String preLabel,
                          BigInteger preNumber, BigInteger post, BigInteger dev, String local) {
        this.text = text;
        this.epoch = epoch;
        this.release = List.copyOf(release);
        this.preLabel = preLabel;
        this.preNumber = preNumber;
        this.post = post;
        this.dev = dev;
        this.local = local;
    }

    /** @throws IllegalArgumentException if the text is not a PEP 440 version */
    public static Pep440Version parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a PEP 440 version: " + text));
    }

    public static Optional<Pep440Version> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
        List<BigInteger> release = new ArrayList<>();
        for (String part : m.group("release").split("\\.")) {
            release.add(new BigInteger(part));
        }
        String preLabel = null;
        BigInteger preNumber = null;
        if (m.group("pre") != null) {
            preLabel = switch (m.group("prel").toLowerCase(Locale.ROOT)) {
                case "alpha", "a" -> "a";
                case "beta", "b" -> "b";
                default -> "rc";
            };
            preNumber = number(m.group("pren"));
        }
        BigInteger post = null;
        if (m.group("post") != null) {
            post = m.group("postn1") != null ? new BigInteger(m.group("postn1")) : number(m.group("postn2"));
        }
        BigInteger dev = m.group("dev") != null ? number(m.group("devn")) : null;
        String local = m.group("local") == null ? null
                : m.group("local").toLowerCase(Locale.ROOT).replaceAll("[-_]", ".");
        return Optional.of(new Pep440Version(text.trim(), epoch, release, preLabel, preNumber, post, dev, local));
    }

    private static BigInteger number(String digits) {
        return digits == null ? BigInteger.ZERO : new BigInteger(digits);
    }

    /** The release segment, e.g. [0, 4, 0]. */
    public List<BigInteger> release() {
        return release;
    }

    public int major() {
        return part(0);
    }

    public int minor() {
        return part(1);
    }

    public int micro() {
        return part(2);
    }

    private int part(int i) {
        return i < release.size() ? release.get(i).intValue() : 0;
    }

    public boolean isDevRelease() {
        return dev != null;
    }

    public boolean isPreRelease() {
        return preLabel != null || dev != null;
    }

    public boolean isPostRelease() {
        return post != null;
    }

    public Optional<String> local() {
        return Optional.ofNullable(local);
    }

    /** The version without its local segment ({@code 2.1.0+cu121} becomes {@code 2.1.0}). */
    public String publicText() {
        int plus = text.indexOf('+');
        return plus < 0 ? text : text.substring(0, plus);
    }

    @Override
    public int compareTo(Pep440Version o) {
        int c = epoch.compareTo(o.epoch);
        if (c != 0) {
            return c;
        }
        c = compareRelease(release, o.release);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(preRank(), o.preRank());
        if (c != 0) {
            return c;
        }
        if (preLabel != null && o.preLabel != null) {
            c = preNumber.compareTo(o.preNumber);
            if (c != 0) {
                return c;
            }
        }
        c = compareNullableLow(post, o.post);
        if (c != 0) {
            return c;
        }
        c = compareNullableHigh(dev, o.dev);
        if (c != 0) {
            return c;
        }
        return compareLocal(local, o.local);
    }

    /** Rank before comparing pre-release numbers: a bare dev release sorts below any pre-release. */
    private int preRank() {
        if (preLabel == null) {
            return post == null && dev != null ? -1 : 3;
        }
        return switch (preLabel) {
            case "a" -> 0;
            case "b" -> 1;
            default -> 2;
        };
    }

    private static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
        int n = Math.max(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Absent sorts low (no post release is older than any post release). */
    private static int compareNullableLow(BigInteger a, BigInteger b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    /** Absent sorts high (a final release is newer than its dev releases). */
    private static int compareNullableHigh(BigInteger a, BigInteger b) {
        if (a == null) {
            return b == null ? 0 : 1;
        }
        return b == null ? -1 : a.compareTo(b);
    }

    private static int compareLocal(String a, String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean nx = x[i].chars().allMatch(Character::isDigit);
            boolean ny = y[i].chars().allMatch(Character::isDigit);
            int c;
            if (nx && ny) {
                c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
            } else if (nx != ny) {
                c = nx ? 1 : -1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pep440Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        List<BigInteger> trimmed = new ArrayList<>(release);
        while (trimmed.size() > 1 && trimmed.get(trimmed.size() - 1).signum() == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        return java.util.Objects.hash(epoch, trimmed, preLabel, preNumber, post, dev, local);
    }

    /** The text as written. */
    @Override
    public String toString() {
        return text;
    }
}
