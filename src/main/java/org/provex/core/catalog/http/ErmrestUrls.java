package org.provex.core.catalog.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * Builds ERMrest URLs for one catalog as pre-encoded strings. Every schema, table and column name and every literal
 * value is escaped with a strict RFC 3986 encoder (only {@code A-Z a-z 0-9 - _ . ~} stay raw), because ERMrest gives
 * {@code : ; , = @ ( ) ! $ & *} syntactic meaning and rejects other raw characters. The strings go to OkHttp through
 * {@code HttpUrl.get}, never through {@code addPathSegment}, which would leave those characters raw.
 */
public final class ErmrestUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final CatalogLocation location;

    public ErmrestUrls(CatalogLocation location) {
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Escapes a name or value: UTF-8 bytes, unreserved characters kept, everything else (including {@code *}, space
     * and {@code %}) as upper-case {@code %XX}.
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** True for the RFC 3986 unreserved characters, the only ones {@link #escape} leaves raw. */
    public static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /** {@code S:T} with both names escaped; the colon is syntax. */
    public static String table(TableRef table) {
        return escape(table.schema()) + ":" + escape(table.table());
    }

    /** A filter element {@code col=value}. */
    public static String equalTo(String column, String value) {
        return escape(column) + "=" + escape(value);
    }

    /** A filter element matching any of the values: {@code col=v1;col=v2;...} (a disjunction). */
    public static String equalToAny(String column, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a disjunction needs at least one value");
        }
        return String.join(";", values.stream().map(v -> equalTo(column, v)).toList());
    }

    /** A filter element {@code col::gt::value}. */
    public static String greaterThan(String column, String value) {
        return escape(column) + "::gt::" + escape(value);
    }

    /** {@code @sort(c1,c2)} with each column escaped. */
    public static String sort(List<String> columns) {
        return "@sort(" + String.join(",", columns.stream().map(ErmrestUrls::escape).toList()) + ")";
    }

    /** {@code @after(v1,v2)}; a null value becomes {@code ::null::}. */
    public static String after(List<String> values) {
        return "@after(" + String.join(",", values.stream().map(v -> v == null ? "::null::" : escape(v)).toList())
                + ")";
    }

    /** {@code https://HOST/ermrest/catalog/{cid}[@snap]}: the catalog resource (JSON with its snaptime). */
    public String catalog(Snaptime at) {
        return location.origin() + "/ermrest/catalog/" + escape(location.catalogId())
                + (at == null ? "" : "@" + at.value());
    }

    /** The whole model at a snapshot (or now when {@code at} is null). */
    public String schema(Snaptime at) {
        return catalog(at) + "/schema";
    }

    /** The RID resolver, which also answers for deleted rows. */
    public String entityRid(Rid rid, Snaptime at) {
        return catalog(at) + "/entity_rid/" + escape(rid.value());
    }

    /** The number of rows of a table: {@code /aggregate/S:T/n:=cnt(*)}, answered as {@code [{"n": N}]}. */
    public String rowCount(TableRef table, Snaptime at) {
        return catalog(at) + "/aggregate/" + table(table) + "/n:=cnt(*)";
    }

    /** {@code /aggregate/S:T/n:=cnt(*),m:=max(RMT)}: the row count and the latest modification in one request. */
    public String countAndLatest(TableRef table, Snaptime at) {
        return catalog(at) + "/aggregate/" + table(table) + "/n:=cnt(*),m:=max(RMT)";
    }

    /**
     * One page of entities: {@code /entity/S:T[/filter...]@sort(...)[@after(...)]?limit=N}.
     *
     * @param filters pre-built filter elements ({@link #equalTo}, {@link #greaterThan})
     * @param after the previous page's last sort-key values, or empty for the first page
     */
    public String entityPage(TableRef table, Snaptime at, List<String> filters, List<String> sortColumns,
                             List<String> after, int limit) {
        return page(catalog(at) + "/entity/" + table(table), filters, "", sortColumns, after, limit);
    }

    /** One page of an attribute projection: {@code /attribute/S:T[/filter...]/c1,c2@sort(...)...?limit=N}. */
    public String attributePage(TableRef table, Snaptime at, List<String> filters, List<String> projection,
                                List<String> sortColumns, List<String> after, int limit) {
        String projected = "/" + String.join(",", projection.stream().map(ErmrestUrls::escape).toList());
        return page(catalog(at) + "/attribute/" + table(table), filters, projected, sortColumns, after, limit);
    }

    private static String page(String base, List<String> filters, String projection, List<String> sortColumns,
                               List<String> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page needs a positive limit, not " + limit);
        }
        if (!after.isEmpty() && after.size() != sortColumns.size()) {
            throw new IllegalArgumentException("the page key must have one value per sort column");
        }
        StringBuilder url = new StringBuilder(base);
        for (String filter : filters) {
            url.append('/').append(filter);
        }
        url.append(projection).append(sort(sortColumns));
        if (!after.isEmpty()) {
            url.append(after(after));
        }
        return url.append("?limit=").append(limit).toString();
    }
}
