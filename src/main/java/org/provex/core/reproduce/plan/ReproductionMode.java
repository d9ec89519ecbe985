package org.provex.core.reproduce.plan;

import java.util.Locale;

/** What a plan is for. Only {@link #REPRODUCTION} is called a reproduction. */
public enum ReproductionMode {
    /** The same dataset versions, code, assets and overrides as the original. */
    REPRODUCTION,
    /** The same code and overrides, but each input dataset at its current released version: not a reproduction. */
    LATEST_VERSIONS;

    public String word() {
        return this == REPRODUCTION ? "reproduction" : "rerun_latest";
    }

    /** The label people see, naming the original run. */
    public String label(String originalRid) {
        return this == REPRODUCTION ? "Reproduction of " + originalRid
                : "Re-run of " + originalRid + " on the latest dataset versions (not a reproduction)";
    }

    public static ReproductionMode fromWord(String word) {
        for (ReproductionMode m : values()) {
            if (m.word().equals(word) || m.name().equals(word.toUpperCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode " + word);
    }
}
