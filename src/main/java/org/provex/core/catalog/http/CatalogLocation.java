package org.provex.core.catalog.http;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;

/**
 * Where a catalog lives: scheme, host, optional port and catalog id (or alias). HTTPS is the default; plain HTTP is
 * accepted only for loopback hosts, because credentials would otherwise cross the network in clear text.
 *
 * @param scheme {@code https}, or {@code http} for a loopback host
 * @param host the bare host name or address (IPv6 without brackets)
 * @param port the port, or -1 for the scheme's default
 * @param catalogId the catalog id or alias, e.g. {@code 1}
 */
public record CatalogLocation(String scheme, String host, int port, String catalogId) {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern HOST_CHARS = Pattern.compile("[A-Za-z0-9.\\-_:]+");

    public CatalogLocation {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(catalogId, "catalogId");
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || !HOST_CHARS.matcher(host).matches()) {
            throw new IllegalArgumentException("'" + host + "' is not a host name; enter a name like www.example.org");
        }
        if (catalogId.isBlank()) {
            throw new IllegalArgumentException("The catalog id is empty; enter the number or alias of the catalog");
        }
        if (port < -1 || port == 0 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is out of range");
        }
        if (scheme.equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException("Plain http:// is allowed only for this computer (localhost); use "
                    + "https://" + host + " so that your login is not sent unencrypted");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Unsupported scheme '" + scheme + "'; use https://");
        }
    }

    /**
     * A location from a host (optionally {@code https://host[:port]} or {@code host:port}) and a catalog id.
     *
     * @throws IllegalArgumentException with a message for the user when the host is malformed or uses http remotely
     */
    public static CatalogLocation of(String host, String catalogId) {
        Objects.requireNonNull(host, "host");
        String text = host.strip();
        String scheme = "https";
        int sep = text.indexOf("://");
        if (sep >= 0) {
            scheme = text.substring(0, sep);
            text = text.substring(sep + 3);
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            text = text.substring(0, slash);
        }
        return fromAuthority(scheme, text, catalogId.strip());
    }

    /** The catalog of a Chaise link, an {@code /id/} citation or an ERMrest URL; see {@link #parseLink}. */
    public static CatalogLocation parse(String url) {
        return parseLink(url).location();
    }

    /**
     * Parses a link a person pastes: a Chaise URL ({@code https://HOST/chaise/record/#1@SNAP/S:T/RID=X},
     * {@code .../recordset/#1/S:T}), a citation ({@code https://HOST/id/1/1-ABC4@SNAP}) or an ERMrest URL
     * ({@code https://HOST/ermrest/catalog/1[@SNAP]/...}).
     *
     * @throws IllegalArgumentException with a message for the user when the link names no catalog
     */
    public static CatalogLink parseLink(String url) {
        String text = Objects.requireNonNull(url, "url").strip();
        int sep = text.indexOf("://");
        String scheme = sep >= 0 ? text.substring(0, sep) : "https";
        String rest = sep >= 0 ? text.substring(sep + 3) : text;
        int end = indexOfAny(rest, "/?#");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String path = end < 0 ? "" : rest.substring(end);
        int hash = path.indexOf('#');
        if (path.startsWith("/chaise/") && hash >= 0) {
            return chaise(scheme, authority, path.substring(hash + 1), text);
        }
        if (path.startsWith("/id/")) {
            return citationLink(scheme, authority, stripQuery(path.substring(4)), text);
        }
        if (path.startsWith("/ermrest/catalog/")) {
            String[] parts = stripQuery(path.substring("/ermrest/catalog/".length())).split("/", -1);
            String[] idSnap = splitSnap(parts[0]);
            CatalogLocation location = fromAuthority(scheme, authority, decode(idSnap[0]));
            return new CatalogLink(location, snap(idSnap[1]), Optional.empty(), Optional.empty());
        }
        throw new IllegalArgumentException("'" + text + "' is not a Chaise, /id/ or ERMrest link to a catalog; "
                + "copy the link from the catalog's web page, or enter the host and catalog id");
    }

    private static CatalogLink chaise(String scheme, String authority, String fragment, String text) {
        String[] parts = stripQuery(fragment).split("/", -1);
        String[] idSnap = splitSnap(parts[0]);
        CatalogLocation location = fromAuthority(scheme, authority, decode(idSnap[0]));
        Optional<TableRef> table = Optional.empty();
        Optional<Rid> rid = Optional.empty();
        if (parts.length > 1 && parts[1].indexOf(':') > 0) {
            String[] st = parts[1].split(":", 2);
            table = Optional.of(new TableRef(decode(st[0]), decode(st[1])));
        }
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].startsWith("RID=")) {
                rid = Optional.of(Rid.of(decode(parts[i].substring(4))));
            }
        }
        return new CatalogLink(location, snap(idSnap[1]), table, rid);
    }

    private static CatalogLink citationLink(String scheme, String authority, String path, String text) {
        String[] parts = path.split("/", -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("The citation '" + text + "' does not name its catalog; use a link of "
                    + "the form https://HOST/id/CATALOG/RID");
        }
        CatalogLocation location = fromAuthority(scheme, authority, decode(parts[0]));
        String[] ridSnap = splitSnap(parts[1]);
        return new CatalogLink(location, snap(ridSnap[1]), Optional.empty(), Optional.of(Rid.of(decode(ridSnap[0]))));
    }

    private static CatalogLocation fromAuthority(String scheme, String authority, String catalogId) {
        String hostPart = authority;
        int at = hostPart.lastIndexOf('@');
        if (at >= 0) {
            throw new IllegalArgumentException("Do not put a user name or password in the catalog address");
        }
        int port = -1;
        int colon = hostPart.lastIndexOf(':');
        int bracket = hostPart.lastIndexOf(']');
        if (colon > bracket && hostPart.indexOf(':') == colon) {
            port = parsePort(hostPart.substring(colon + 1));
            hostPart = hostPart.substring(0, colon);
        } else if (bracket > 0 && colon > bracket) {
            port = parsePort(hostPart.substring(colon + 1));
            hostPart = hostPart.substring(0, colon);
        }
        return new CatalogLocation(scheme, hostPart, port, catalogId);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a port number", e);
        }
    }

    /** True for localhost, 127.0.0.0/8 and ::1, the only hosts reachable over plain http. No DNS lookup. */
    public static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost") || IPV4_LOOPBACK.matcher(h).matches()) {
            return true;
        }
        if (h.indexOf(':') >= 0 && h.matches("[0-9A-Fa-f:]+")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();   // an IPv6 literal: parsed, never resolved
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /** {@code scheme://host[:port]}, with brackets around an IPv6 address. */
    public String origin() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return scheme + "://" + h + (port == -1 ? "" : ":" + port);
    }

    /** A versioned citation: {@code https://HOST/id/{cid}/{RID}@{snap}} (no {@code @} when {@code at} is null). */
    public String citation(Rid rid, Snaptime at) {
        return origin() + "/id/" + ErmrestUrls.escape(catalogId) + "/" + ErmrestUrls.escape(rid.value())
                + (at == null ? "" : "@" + at.value());
    }

    /** The Chaise record page of a row, at a snapshot when {@code at} is not null. */
    public String chaiseRecordUrl(TableRef table, Rid rid, Snaptime at) {
        return origin() + "/chaise/record/#" + ErmrestUrls.escape(catalogId) + (at == null ? "" : "@" + at.value())
                + "/" + ErmrestUrls.table(table) + "/" + ErmrestUrls.equalTo("RID", rid.value());
    }

    /** True when both name the same catalog: the same scheme, host (in any case), port and catalog id. */
    public boolean sameCatalog(CatalogLocation other) {
        return origin().equalsIgnoreCase(other.origin()) && catalogId.equals(other.catalogId());
    }

    /** For messages: {@code host/1}. */
    public String describe() {
        return host + (port == -1 ? "" : ":" + port) + "/" + catalogId;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String[] splitSnap(String part) {
        int at = part.indexOf('@');
        return at < 0 ? new String[] {part, null} : new String[] {part.substring(0, at), part.substring(at + 1)};
    }

    private static Optional<Snaptime> snap(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Snaptime.parse(decode(text)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' in the link is not a snapshot id", e);
        }
    }

    private static String stripQuery(String text) {
        int q = text.indexOf('?');
        return q < 0 ? text : text.substring(0, q);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decoding as ERMrest does it: {@code %XX} only ({@code +} stays a plus), UTF-8. */
    static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
