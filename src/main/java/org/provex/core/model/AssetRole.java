package org.provex.core.model;

import java.util.Locale;

/** {@code Asset_Role} of an asset-to-execution link. */
public enum AssetRole {
    INPUT("Input"), OUTPUT("Output"), UNSPECIFIED("");

    private final String term;

    AssetRole(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }

    /** Null or unknown text (older catalogs' links have no role) is UNSPECIFIED. */
    public static AssetRole fromTerm(String text) {
        if (text == null) {
            return UNSPECIFIED;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "input" -> INPUT;
            case "output" -> OUTPUT;
            default -> UNSPECIFIED;
        };
    }
}
