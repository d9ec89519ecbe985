package org.provex.core.diff;

/**
 * The most significant part of a version that changed, by PEP 440: {@code 2.4.1 -> 2.5.1} is MINOR,
 * {@code 2.1.0+cu121 -> 2.1.0+cu124} is LOCAL, a git URL or any non-PEP-440 text is OTHER.
 */
public enum VersionLevel {
    /** Not a version change (same version, added, removed, or not a version field). */
    NONE(""),
    /** The epoch or the first release number. */
    MAJOR("major"),
    MINOR("minor"),
    /** The third release number or any later one ({@code 12.1.3.1 -> 12.1.3.2}). */
    PATCH("patch"),
    /** Only the pre-release or dev part ({@code 2.0.0rc1 -> 2.0.0}). */
    PRE_RELEASE("pre-release"),
    /** Only the post-release part ({@code 1.0 -> 1.0.post1}). */
    POST_RELEASE("post-release"),
    /** Only the local build label ({@code +cu121 -> +cu124}); not an upgrade or downgrade. */
    LOCAL("local build"),
    /** At least one side is not a PEP 440 version, e.g. a git URL. */
    OTHER("other");

    private final String label;

    VersionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
