package org.provex.testserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process DERIVA stand-in on 127.0.0.1 (ephemeral port) speaking the part of ERMrest, Hatrac and webauthn that
 * Provex reads, after shared/reference/ermrest-protocol.md. It serves a history of {@link CatalogSource} states under
 * catalog {@value #CATALOG_ID} and alias {@value #ALIAS}, with snapshot clamping, 409 before the retained history,
 * strict URL lexing, paging, {@code entity_rid} with deleted rows, Hatrac objects with Content-MD5, login checks and
 * {@link Faults}. Every request is recorded. Close it to stop it.
 */
public final class DerivaTestServer implements AutoCloseable {

    public static final String CATALOG_ID = "1";
    public static final String ALIAS = "provex-test";

    /** Who may read: everyone, logged-in clients (else 401), nobody (401 anonymous, 403 logged in). */
    public enum Access { PUBLIC, LOGIN_REQUIRED, FORBIDDEN }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> SYSTEM_KEYS = List.of("RID", "RCT", "RMT", "RCB", "RMB");
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final CatalogHistory history = new CatalogHistory();
    private final Faults faults = new Faults();
    private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
    private volatile Access catalogAccess = Access.PUBLIC;
    private volatile Access hatracAccess = Access.PUBLIC;
    private volatile String validCookie;
    private volatile String validBearer;
    private volatile boolean duplicateSystemKeys;
    private volatile String redirectFilesTo;

    private DerivaTestServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on 127.0.0.1 with an ephemeral port. */
    public static DerivaTestServer start() {
        // Without TCP_NODELAY the JDK server's small responses (headers, then a short body) meet the client's delayed
        // ACK and stall about 40 ms each, which no real server does: it made every metadata file cost 40 ms here.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "deriva-test-server");
                t.setDaemon(true);
                return t;
            });
            DerivaTestServer s = new DerivaTestServer(server, executor);
            server.createContext("/", s::handle);
            server.setExecutor(executor);
            server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test server", e);
        }
    }

    // ---- configuration -------------------------------------------------------------------------------------------

    /**
     * Appends a catalog state; its snaptime must be later than the previous state's. The demo catalog comes with its
     * history: the states at its dataset versions' snapshots are published first (those later than what is already
     * served), so snapshot-pinned reads of dataset members see what the catalog held then.
     */
    public void publish(CatalogSource state) throws IOException {
        if (state instanceof DemoCatalog demo) {
            Optional<Snaptime> served = history.latest().map(ServedState::snaptime);
            for (CatalogSource earlier : demo.history()) {
                if (served.isEmpty() || Snaptime.parse(earlier.snaptime()).compareTo(served.get()) > 0) {
                    history.publish(earlier);
                }
            }
        }
        history.publish(state);
    }

    /** Forgets the states older than {@code snaptime}: reading them answers 409. */
    public void truncateHistoryBefore(Snaptime snaptime) {
        history.truncateBefore(snaptime);
    }

    public Faults faults() {
        return faults;
    }

    public void catalogAccess(Access access) {
        catalogAccess = access;
    }

    public void hatracAccess(Access access) {
        hatracAccess = access;
    }

    /** The {@code webauthn} cookie value this server accepts as a login (null: none). */
    public void acceptCookie(String value) {
        validCookie = value;
    }

    /** The bearer token this server accepts as a login (null: none). */
    public void acceptBearer(String token) {
        validBearer = token;
    }

    /** Entity rows repeat RID, RCT, RMT, RCB, RMB: first with stale values, then the real ones (last wins). */
    public void duplicateSystemKeys(boolean value) {
        duplicateSystemKeys = value;
    }

    /** Hatrac GETs answer 303 to the same path on another origin (like a presigned S3 URL); null turns it off. */
    public void redirectFilesTo(String origin) {
        redirectFilesTo = origin;
    }

    /** Clears faults, recorded requests, access modes, logins and flags; keeps the history. */
    public void reset() {
        faults.reset();
        requests.clear();
        catalogAccess = Access.PUBLIC;
        hatracAccess = Access.PUBLIC;
        validCookie = null;
        validBearer = null;
        duplicateSystemKeys = false;
        redirectFilesTo = null;
    }

    // ---- inspection ----------------------------------------------------------------------------------------------

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    public CatalogLocation location() {
        return new CatalogLocation("http", "127.0.0.1", port(), CATALOG_ID);
    }

    public CatalogLocation aliasLocation() {
        return new CatalogLocation("http", "127.0.0.1", port(), ALIAS);
    }

    public List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** How many recorded requests have a raw target matching the regular expression ({@code find()}). */
    public long count(String targetPattern) {
        Pattern p = Pattern.compile(targetPattern);
        return requests.stream().filter(r -> p.matcher(r.target()).find()).count();
    }

    /** Data requests (entity/attribute) sent without {@code ?limit=N}: a client must never send one. */
    public long unboundedDataRequests() {
        return requests.stream().filter(r -> r.target().matches(".*/(entity|attribute)/.*")
                && !r.target().matches(".*[?&]limit=\\d+.*")).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- dispatch ------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String target = rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        requests.add(new RecordedRequest(exchange.getRequestMethod(), target, headers));
        boolean damaged = false;
        try {
            Duration delay = faults.latency(target);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());   // server-side fault, not a test wait
            }
            int injected = faults.takeError(target);
            if (injected != 0) {
                throw new HttpError(injected, "Injected failure.");
            }
            if (exchange.getRequestMethod().equals("DELETE") && rawPath.equals("/authn/session")) {
                logout(exchange);
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                throw new HttpError(405, "Only GET is served: this test server is read-only.");
            }
            if (rawPath.equals("/authn/session")) {
                session(exchange);
            } else if (rawPath.equals("/authn/preauth") || rawPath.startsWith("/test-idp/")) {
                LoginFlow.handle(this, exchange, rawPath, rawQuery);
            } else if (rawPath.startsWith("/hatrac/")) {
                hatrac(exchange, rawPath);
            } else if (rawPath.startsWith("/ermrest/catalog/")) {
                ErmrestQuery.lex(target);
                ermrest(exchange, rawPath.substring("/ermrest/catalog/".length()), rawQuery);
            } else {
                throw new HttpError(404, "No such resource " + rawPath + ".");
            }
        } catch (HttpError e) {
            send(exchange, e.status(), "text/plain", e.body().getBytes(StandardCharsets.UTF_8), Map.of(), false);
        } catch (DamagedBody e) {
            // Leave the exchange unclosed: a close would finish the body. The JDK server closes the connection.
            damaged = true;
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // A bug in this server, not a fault a test asked for: say so instead of dropping the connection.
            System.err.println("DerivaTestServer failed on " + target + ": " + e);
            e.printStackTrace();
            send(exchange, 500, "text/plain", ("Test server failure: " + e).getBytes(StandardCharsets.UTF_8),
                    Map.of(), false);
        } finally {
            if (!damaged) {
                exchange.close();
            }
        }
    }

    /** Thrown out of the handler to abort a response mid-body. */
    private static final class DamagedBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedBody(Faults.BodyFault kind) {
            super("injected " + kind + " of the response body", null, false, false);
        }
    }

    private void session(HttpExchange exchange) throws IOException {
        if (!loggedIn(exchange)) {
            throw new HttpError(404, "No existing login session found.");
        }
        ObjectNode body = MAPPER.createObjectNode();
        ObjectNode client = body.putObject("client");
        client.put("id", "https://auth.provex.invalid/test-user");
        client.put("display_name", "test-user@provex.invalid");
        client.put("full_name", "Test User");
        body.putArray("attributes").addObject().put("id", "https://auth.provex.invalid/test-user")
                .put("display_name", "test-user@provex.invalid");
        body.put("seconds_remaining", 1800);
        body.putArray("vary_headers").add("cookie");
        sendJson(exchange, body.toString(), Map.of());
    }

    private void logout(HttpExchange exchange) throws IOException {
        if (!loggedIn(exchange)) {
            throw new HttpError(404, "No existing login session found.");
        }
        validCookie = null;
        validBearer = null;
        sendJson(exchange, "{\"logout_url\": \"" + origin() + "/\"}", Map.of());
    }

    /** The login flow's last step: the IdP came back and this cookie now opens a session. */
    void sessionStarted(String cookie) {
        validCookie = cookie;
    }

    private void ermrest(HttpExchange exchange, String rest, String rawQuery) throws IOException {
        int slash = rest.indexOf('/');
        String catalogPart = slash < 0 ? rest : rest.substring(0, slash);
        String sub = slash < 0 ? "" : rest.substring(slash + 1);
        int at = catalogPart.indexOf('@');
        String id = ErmrestQuery.decode(at < 0 ? catalogPart : catalogPart.substring(0, at));
        if (!id.equals(CATALOG_ID) && !id.equals(ALIAS)) {
            throw new HttpError(404, "Catalog " + id + " does not exist.");
        }
        checkAccess(exchange, catalogAccess);
        ServedState state = resolveState(at < 0 ? null : catalogPart.substring(at + 1));
        if (sub.isEmpty()) {
            ObjectNode catalog = MAPPER.createObjectNode();
            catalog.put("id", id);
            catalog.put("snaptime", state.snaptime().value());
            catalog.putObject("rights").put("owner", false).put("create", false);
            catalog.putObject("features").put("history_control", true).put("quantified_rid_lists", true);
            if (id.equals(ALIAS)) {
                catalog.put("alias_target", CATALOG_ID);
            }
            sendJson(exchange, catalog.toString(), Map.of("ETag", "\"" + state.snaptime() + "\""));
        } else if (sub.equals("schema")) {
            ObjectNode schema = (ObjectNode) state.schema().deepCopy();
            schema.put("snaptime", state.snaptime().value());
            sendJson(exchange, schema.toString(), Map.of());
        } else if (sub.startsWith("entity_rid/")) {
            entityRid(exchange, state, ErmrestQuery.decode(sub.substring("entity_rid/".length())));
        } else if (sub.startsWith("entity/") || sub.startsWith("attribute/") || sub.startsWith("aggregate/")) {
            String api = sub.substring(0, sub.indexOf('/'));
            ErmrestQuery query = ErmrestQuery.parse(api, sub.substring(api.length() + 1), rawQuery);
            if (!query.aggregate && faults.queryTimesOut(query.limit)) {
                throw new HttpError(400, "Query run time limit exceeded.");
            }
            boolean entity = !query.attribute && !query.aggregate;
            sendJson(exchange, rowsJson(query.run(state), entity && duplicateSystemKeys), Map.of());
        } else {
            throw new HttpError(404, "The test server does not serve /" + sub + ".");
        }
    }

    private ServedState resolveState(String snapText) {
        if (snapText == null) {
            return history.latest().orElseThrow(() -> new HttpError(404, "Catalog has no published state."));
        }
        Snaptime snap;
        try {
            snap = Snaptime.parse(ErmrestQuery.decode(snapText));
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "Invalid catalog revision \"" + snapText + "\".");
        }
        return history.at(snap).orElseThrow(() -> new HttpError(409, "Requested catalog revision \"" + snapText
                + "\" is prior to any known revision."));
    }

    private void entityRid(HttpExchange exchange, ServedState state, String rid) throws IOException {
        String normalised = Rid.normalise(rid);
        ObjectNode body = MAPPER.createObjectNode();
        Optional<org.provex.core.catalog.TableRef> live = state.tableOfRid(normalised);
        if (live.isPresent()) {
            body.put("schema_name", live.get().schema()).put("table_name", live.get().table()).put("RID", normalised);
        } else {
            CatalogHistory.Deletion d = history.deletion(normalised, state.snaptime())
                    .orElseThrow(() -> new HttpError(404, "entity with RID=" + rid + " not found."));
            body.put("schema_name", d.table().schema()).put("table_name", d.table().table()).put("RID", normalised);
            body.put("deleted_at", d.deletedAt().toInstant().toString());
            body.put("last_visible_at", d.lastVisible().toInstant().toString());
            body.put("last_visible_snaptime", d.lastVisible().value());
        }
        sendJson(exchange, body.toString(), Map.of());
    }

    private static String rowsJson(List<ObjectNode> rows, boolean duplicateKeys) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            String json = rows.get(i).toString();
            if (duplicateKeys) {
                StringBuilder stale = new StringBuilder("{");
                SYSTEM_KEYS.forEach(k -> stale.append('"').append(k).append("\":\"stale-").append(k).append("\","));
                json = json.equals("{}") ? stale.substring(0, stale.length() - 1) + "}" : stale + json.substring(1);
            }
            out.append(i == 0 ? "" : ",").append(json);
        }
        return out.append(']').toString();
    }

    private void hatrac(HttpExchange exchange, String rawPath) throws IOException {
        checkAccess(exchange, hatracAccess);
        String other = redirectFilesTo;
        if (other != null) {
            exchange.getResponseHeaders().set("Location", other + rawPath);
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        HatracObjects.Reply reply = HatracObjects.find(history, rawPath, faults);
        send(exchange, 200, "application/octet-stream", reply.bytes(), reply.headers(), true);
    }

    private void checkAccess(HttpExchange exchange, Access access) {
        if (access == Access.PUBLIC) {
            return;
        }
        if (!loggedIn(exchange)) {
            throw new HttpError(401, "Access requires authentication.");
        }
        if (access == Access.FORBIDDEN) {
            throw new HttpError(403, "Access forbidden.");
        }
    }

    private boolean loggedIn(HttpExchange exchange) {
        String bearer = validBearer;
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (bearer != null && auth != null && auth.equals("Bearer " + bearer)) {
            return true;
        }
        String cookie = validCookie;
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        return cookie != null && cookies.stream().flatMap(c -> List.of(c.split(";")).stream())
                .anyMatch(c -> c.strip().equals("webauthn=" + cookie));
    }

    void sendHtml(HttpExchange exchange, String html, Map<String, String> headers) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), headers, false);
    }

    void sendJson(HttpExchange exchange, String json, Map<String, String> headers) throws IOException {
        send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8), headers, true);
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body, Map<String, String> headers,
                      boolean faultable) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        Faults.BodyFault damage = faultable ? faults.takeBodyFault(target) : null;
        if (damage == null) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        // Send half, then abort: throwing out of the handler makes the JDK server close the connection.
        exchange.sendResponseHeaders(status, damage == Faults.BodyFault.TRUNCATE ? body.length : 0);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new DamagedBody(damage);
    }

    /** For tests that build rows: the hex MD5 a catalog row records for these bytes. */
    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(HatracObjects.md5(bytes));
    }

    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }
}
