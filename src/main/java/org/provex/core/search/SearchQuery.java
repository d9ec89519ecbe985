package org.provex.core.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.catalog.http.CatalogLink;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.model.Rid;

/**
 * What a person typed into the search field: a RID (normalised, so {@code 1abc4} is {@code 1-ABC4}), a
 * Chaise or {@code /id/} link to a record, a file's MD5, a file name, or free text. Pure classification:
 * looking the value up is the caller's job.
 *
 * @param kind    what the text is
 * @param text    the input, stripped
 * @param rid     the record for {@link Kind#RID} and {@link Kind#LINK}, else null
 * @param value   the normalised value: the lower-case MD5, the file name or the free text; for
 *                {@link Kind#INVALID} the reason, for people
 */
public record SearchQuery(Kind kind, String text, Rid rid, String value) {

    /** The kinds of query, in the order they are tried. */
    public enum Kind { EMPTY, LINK, INVALID, MD5, RID, FILE_NAME, TEXT }

    private static final Pattern MD5 = Pattern.compile("[0-9A-Fa-f]{32}");
    /** One word with an extension that holds a letter ({@code model.pt}, {@code uv.lock}; not {@code 0.3.0}). */
    private static final Pattern FILE_NAME = Pattern.compile("[^\\s/\\\\]+\\.[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*");

    public static SearchQuery parse(String input) {
        String t = input == null ? "" : input.strip();
        if (t.isEmpty()) {
            return new SearchQuery(Kind.EMPTY, t, null, "");
        }
        if (looksLikeLink(t)) {
            return link(t);
        }
        if (MD5.matcher(t).matches()) {
            return new SearchQuery(Kind.MD5, t, null, t.toLowerCase(Locale.ROOT));
        }
        String ridPart = stripSnapshot(t);
        if (Rid.looksLikeRid(ridPart)) {
            return new SearchQuery(Kind.RID, t, Rid.of(ridPart), ridPart);
        }
        if (FILE_NAME.matcher(t).matches()) {
            return new SearchQuery(Kind.FILE_NAME, t, null, t);
        }
        return new SearchQuery(Kind.TEXT, t, null, t);
    }

    /** The record this query names directly, if any. */
    public Optional<Rid> record() {
        return Optional.ofNullable(rid);
    }

    private static boolean looksLikeLink(String t) {
        return t.contains("://") || t.contains("/chaise/") || t.contains("/id/") || t.contains("/ermrest/");
    }

    private static SearchQuery link(String t) {
        try {
            CatalogLink link = CatalogLocation.parseLink(t);
            if (link.rid().isEmpty()) {
                return new SearchQuery(Kind.INVALID, t, null, "The link names no record (only a table or a"
                        + " catalog); paste the link of a record page or an /id/ citation.");
            }
            return new SearchQuery(Kind.LINK, t, link.rid().get(), link.rid().get().value());
        } catch (IllegalArgumentException e) {
            return new SearchQuery(Kind.INVALID, t, null, e.getMessage());
        }
    }

    /** {@code 1-ABC4@2PX-WS30-E58W} names the record {@code 1-ABC4}; the cache has one version of it. */
    private static String stripSnapshot(String t) {
        int at = t.indexOf('@');
        return at > 0 && at == t.lastIndexOf('@') ? t.substring(0, at) : t;
    }
}
