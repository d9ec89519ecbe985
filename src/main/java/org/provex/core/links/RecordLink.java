package org.provex.core.links;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.catalog.TableRef;
import org.provex.core.catalog.http.CatalogLink;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.model.Crockford32;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.Settings;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.workspace.Workspace;

/**
 * A link to one record that Provex is asked to open ({@code provex open LINK}, or {@code provex LINK} from the
 * desktop): a Chaise record page, {@code https://HOST/chaise/record/#CATALOG[@SNAP]/SCHEMA:TABLE/RID=RID}, or a
 * citation, {@code https://HOST/id/CATALOG/RID[@SNAP]}; either may stand behind {@code provex:} (the desktop URL
 * scheme). Links come from anywhere (a web page, a chat, a notebook), so they are checked strictly before anything
 * is looked up: a bounded length, no spaces or control characters, no user name or password, https (plain http
 * only for this computer), a host name, a catalog id of letters, digits, {@code _} and {@code -}, and a
 * well-formed RID. The catalog is never reached from here: the link names one of the catalogs already added, or
 * the caller says how to add it.
 *
 * @param location the catalog the link points into
 * @param rid      the record, normalised ({@code 1abc4} is {@code 1-ABC4})
 * @param snaptime the snapshot in the link, if any
 * @param table    the table named by a Chaise link, if any
 */
public record RecordLink(CatalogLocation location, Rid rid, Optional<Snaptime> snaptime, Optional<TableRef> table) {

    /** The desktop URL scheme: {@code provex:https://HOST/id/1/1-ABC4} opens the link after it. */
    public static final String SCHEME = "provex:";
    /** Longer text is refused before it is read (a record link is well under 300 characters). */
    static final int MAX_LENGTH = 2048;
    private static final Pattern CATALOG_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern CHAISE_RECORD = Pattern.compile("/chaise/record/?");
    private static final int MAX_RID_LENGTH = 16;

    public RecordLink {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rid, "rid");
        Objects.requireNonNull(snaptime, "snaptime");
        Objects.requireNonNull(table, "table");
    }

    /**
     * Parses and checks a link.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a link to one record
     */
    public static RecordLink parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Give a link to a record: a Chaise record page (https://HOST/chaise/"
                    + "record/#1/deriva-ml:Execution/RID=...) or a citation (https://HOST/id/1/RID)");
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The link is " + t.length() + " characters long; a record link is "
                    + "much shorter. Copy the link of the record page again.");
        }
        if (t.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("The link contains spaces or control characters; copy the link of "
                    + "the record page again.");
        }
        if (t.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            t = t.substring(SCHEME.length());
        }
        int sep = t.indexOf("://");
        if (sep < 0) {
            throw new IllegalArgumentException("'" + t + "' is not a link; a record link starts with https://");
        }
        String path = pathOf(t.substring(sep + 3));
        int hash = path.indexOf('#');
        boolean chaise = hash >= 0 && CHAISE_RECORD.matcher(path.substring(0, hash)).matches();
        if (!chaise && !path.startsWith("/id/")) {
            throw new IllegalArgumentException("'" + t + "' is not a link to one record; use the link of a Chaise "
                    + "record page (https://HOST/chaise/record/#...) or a citation (https://HOST/id/CATALOG/RID)");
        }
        CatalogLink link = CatalogLocation.parseLink(t);
        String catalogId = link.location().catalogId();
        if (!CATALOG_ID.matcher(catalogId).matches()) {
            throw new IllegalArgumentException("'" + catalogId + "' in the link is not a catalog id (a number or an "
                    + "alias of letters, digits, '_' and '-')");
        }
        Rid rid = link.rid().orElseThrow(() -> new IllegalArgumentException("The link names no record (only a "
                + "table or a catalog); use the link of a record page or a citation"));
        if (rid.value().length() > MAX_RID_LENGTH || !Crockford32.isWellFormed(rid.value())) {
            throw new IllegalArgumentException("'" + rid.value() + "' in the link is not a RID (like 1-ABC4)");
        }
        return new RecordLink(link.location(), rid, link.snaptime(), link.table());
    }

    /**
     * The catalog this link points into, by name: the demo catalog for the demo's host, else the added catalog with
     * the same server and catalog id. Empty when it is none of them.
     */
    public Optional<String> catalogIn(Settings settings) {
        if (DemoCatalog.HOST.equals(location.host().toLowerCase(Locale.ROOT))
                && DemoCatalog.CATALOG_ID.equals(location.catalogId())) {
            return Optional.of(Workspace.DEMO);
        }
        return settings.catalogs().stream()
                .filter(e -> location.sameCatalog(CatalogLocation.of(e.baseUrl(), e.catalog())))
                .map(CatalogEntry::name)
                .findFirst();
    }

    /** What to do when {@link #catalogIn} is empty: the command that adds the catalog, then opening again. */
    public String notAddedMessage() {
        return location.describe() + " is not one of your catalogs. Add it first (provex catalog add "
                + location.origin() + " " + location.catalogId() + ", or Catalogs > Add catalog in the window), "
                + "then open the link again.";
    }

    /** The link in its https form (without {@code provex:}), for messages. */
    public String describe() {
        return location.citation(rid, snaptime.orElse(null));
    }

    private static String pathOf(String afterScheme) {
        for (int i = 0; i < afterScheme.length(); i++) {
            char c = afterScheme.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return c == '/' ? afterScheme.substring(i) : "";
            }
        }
        return "";
    }
}
