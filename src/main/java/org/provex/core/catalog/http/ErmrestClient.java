package org.provex.core.catalog.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.Response;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.ErmrestTimestamp;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read-only ERMrest client for one catalog: the catalog snaptime, the model, and rows paged with
 * {@code @sort(...)@after(...)?limit=N} (never an unbounded request), shrinking the page when the server reports a
 * query timeout. Every read can be pinned to a snapshot so that a multi-page read is one consistent picture.
 */
public final class ErmrestClient {

    /** Rows per page unless the caller says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 10_000;

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)   // insert responses repeat system keys
            .build();

    /** Reads one row object at a time out of a page's array (the array's other rows are not trailing garbage). */
    private static final ObjectReader ROW_READER = MAPPER.readerFor(ObjectNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final Logger LOG = LoggerFactory.getLogger(ErmrestClient.class);
    private static final String JSON = "application/json";
    private static final DateTimeFormatter MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private final DerivaHttp http;
    private final ErmrestUrls urls;

    public ErmrestClient(DerivaHttp http) {
        this.http = Objects.requireNonNull(http, "http");
        this.urls = new ErmrestUrls(http.location());
    }

    public CatalogLocation location() {
        return http.location();
    }

    /** The catalog's current snaptime (time of its latest model or data change). */
    public Snaptime catalogSnaptime() throws CatalogException {
        JsonNode catalog = getJson(urls.catalog(null), "catalog " + location().describe(), null);
        String snaptime = catalog.path("snaptime").stringValue(null);
        try {
            return Snaptime.parse(snaptime == null ? "" : snaptime);
        } catch (IllegalArgumentException e) {
            throw new CatalogException.MalformedResponse("catalog " + location().describe(), "no valid snaptime", e);
        }
    }

    /**
     * Reads the catalog as of a snapshot, which succeeds while the snapshot is inside the history the catalog keeps.
     *
     * @throws CatalogException.SnapshotExpired when the snapshot is older than the retained history (409)
     */
    public void checkSnapshot(Snaptime at) throws CatalogException {
        getJson(urls.catalog(Objects.requireNonNull(at, "at")), "catalog " + location().describe() + " at snapshot "
                + at, at);
    }

    /** The {@code /schema} document at a snapshot, or now when {@code at} is null. */
    public JsonNode schema(Snaptime at) throws CatalogException {
        JsonNode schema = getJson(urls.schema(at), "the catalog model", at);
        if (!schema.isObject()) {
            throw new CatalogException.MalformedResponse("the catalog model", "not a JSON object", null);
        }
        return schema;
    }

    /**
     * Streams every row of a table in RID order, page by page, until an empty page.
     *
     * @return the number of rows delivered
     */
    public long pageRows(TableRef table, Snaptime at, int pageSize, Consumer<ObjectNode> consumer)
            throws CatalogException {
        return page(table, at, List.of(), List.of("RID"), pageSize, "the rows of " + table,
                (after, limit) -> urls.entityPage(table, at, List.of(), List.of("RID"), after, limit), consumer);
    }

    /**
     * Streams an attribute projection of the rows matching the filters, in RID order, page by page; the projection
     * must include {@code RID} (the page key).
     *
     * @param filters pre-built filter elements ({@link ErmrestUrls#equalTo}, {@link ErmrestUrls#equalToAny})
     * @return the number of rows delivered
     */
    public long attributeRows(TableRef table, Snaptime at, List<String> filters, List<String> projection,
                              int pageSize, Consumer<ObjectNode> consumer) throws CatalogException {
        if (!projection.contains("RID")) {
            throw new IllegalArgumentException("the projection must include RID, the page key");
        }
        List<String> sort = List.of("RID");
        return page(table, at, filters, sort, pageSize, "the rows of " + table,
                (after, limit) -> urls.attributePage(table, at, filters, projection, sort, after, limit), consumer);
    }

    /** Takes a row with its JSON text exactly as the server sent it. */
    @FunctionalInterface
    public interface SentRowConsumer {
        void accept(ObjectNode row, String json);
    }

    /**
     * Streams the rows whose RMT is after {@code since}, ordered by (RMT, RID), each with its text as sent (as
     * {@link #rowPage} gives it). Deletions are not visible here.
     */
    public long rowsModifiedSince(TableRef table, Snaptime at, Instant since, int pageSize,
                                  SentRowConsumer consumer) throws CatalogException {
        List<String> filters = List.of(ErmrestUrls.greaterThan("RMT", MICROS.format(since)));
        List<String> sort = List.of("RMT", "RID");
        return page(table, at, filters, sort, pageSize, "the changed rows of " + table,
                (after, limit) -> urls.entityPage(table, at, filters, sort, after, limit), consumer);
    }

    /** Every RID of a table at a snapshot, in RID order (compare two of them to find deletions). */
    public Set<Rid> ridSet(TableRef table, Snaptime at, int pageSize) throws CatalogException {
        Set<Rid> rids = new LinkedHashSet<>();
        List<String> sort = List.of("RID");
        page(table, at, List.of(), sort, pageSize, "the RIDs of " + table,
                (after, limit) -> urls.attributePage(table, at, List.of(), List.of("RID"), sort, after, limit),
                row -> rids.add(Rid.of(row.path("RID").asString())));
        return rids;
    }

    /** The number of rows of a table at a snapshot (one request; the server counts). */
    public long rowCount(TableRef table, Snaptime at) throws CatalogException {
        String what = "the row count of " + table;
        JsonNode body = getJson(urls.rowCount(table, at), what, at);
        JsonNode n = body.path(0).path("n");
        if (!n.isIntegralNumber() || n.asLong() < 0) {
            throw new CatalogException.MalformedResponse(what, "no count", null);
        }
        return n.asLong();
    }

    /**
     * A table at a snapshot in one request: how many rows it has and when the latest of them was modified (null
     * for an empty table, or when the server's timestamp cannot be read: then treat the table as changed).
     */
    public record TableState(long rows, Instant latest) {
    }

    /** The row count and latest RMT of a table at a snapshot (one aggregate request; the server computes both). */
    public TableState tableState(TableRef table, Snaptime at) throws CatalogException {
        String what = "the row count of " + table;
        JsonNode body = getJson(urls.countAndLatest(table, at), what, at);
        JsonNode n = body.path(0).path("n");
        if (!n.isIntegralNumber() || n.asLong() < 0) {
            throw new CatalogException.MalformedResponse(what, "no count", null);
        }
        String latest = body.path(0).path("m").stringValue(null);
        return new TableState(n.asLong(), ErmrestTimestamp.parseOrNull(latest));
    }

    /**
     * Resolves a RID to its table through {@code /entity_rid}, including rows deleted since.
     *
     * @throws CatalogException.NotFound when no row (living or deleted) has that RID
     */
    public RidResolution resolveRid(Rid rid, Snaptime at) throws CatalogException {
        String what = "RID " + rid;
        JsonNode body = getJson(urls.entityRid(rid, at), what, at);
        String schema = body.path("schema_name").stringValue(null);
        String table = body.path("table_name").stringValue(null);
        String resolved = body.path("RID").stringValue(rid.value());
        if (schema == null || table == null) {
            throw new CatalogException.MalformedResponse(what, "no schema_name or table_name", null);
        }
        Optional<String> deletedAt = Optional.ofNullable(body.path("deleted_at").stringValue(null));
        Optional<Snaptime> lastVisible;
        try {
            lastVisible = Optional.ofNullable(Snaptime.parseOrNull(body.path("last_visible_snaptime")
                    .stringValue(null)));
        } catch (IllegalArgumentException e) {
            throw new CatalogException.MalformedResponse(what, "an invalid last_visible_snaptime", e);
        }
        return new RidResolution(new TableRef(schema, table), Rid.of(resolved), deletedAt, lastVisible);
    }

    @FunctionalInterface
    private interface PageUrl {
        String of(List<String> after, int limit);
    }

    /**
     * One page of a table read by RID: its rows, each row's JSON text exactly as the server sent it ({@code json},
     * in the same order: what a cache stores without writing the row out again), the key of the next page (null
     * after the last page: one with fewer rows than asked for) and the page size that was used (halved from the one
     * asked for when the server reported a query timeout; pass it on to the next call).
     */
    public record Page(List<ObjectNode> rows, List<String> json, List<String> next, int pageSize) {
    }

    /**
     * Reads one page of a table at a snapshot in RID order, after {@code after} (empty for the first page). The body
     * is parsed as it streams in, one row tree at a time, and handed back only when complete, so a page that breaks
     * off is fetched again as a whole.
     */
    public Page rowPage(TableRef table, Snaptime at, List<String> after, int pageSize) throws CatalogException {
        List<String> sort = List.of("RID");
        String what = "the rows of " + table;
        Page page = fetch((key, limit) -> urls.entityPage(table, at, List.of(), sort, key, limit), after, pageSize,
                what, at);
        List<ObjectNode> rows = page.rows();
        return rows.size() < page.pageSize() ? page
                : new Page(rows, page.json(), pageKey(rows.get(rows.size() - 1), sort, what), page.pageSize());
    }

    /** One page, halving its size while the server reports a query timeout; {@code next} is left null. */
    private Page fetch(PageUrl pageUrl, List<String> after, int pageSize, String what, Snaptime at)
            throws CatalogException {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, not " + pageSize);
        }
        int size = pageSize;
        while (true) {
            try {
                Page rows = getRows(pageUrl.of(after, size), what, at);
                return new Page(rows.rows(), rows.json(), null, size);
            } catch (CatalogException.QueryTimeout e) {
                if (size == 1) {
                    throw e;
                }
                size = Math.max(1, size / 2);
                LOG.info("Query for {} ran too long; retrying with pages of {} rows", what, size);
            }
        }
    }

    private long page(TableRef table, Snaptime at, List<String> filters, List<String> sort, int pageSize,
                      String what, PageUrl pageUrl, Consumer<ObjectNode> consumer) throws CatalogException {
        return page(table, at, filters, sort, pageSize, what, pageUrl, (row, json) -> consumer.accept(row));
    }

    private long page(TableRef table, Snaptime at, List<String> filters, List<String> sort, int pageSize,
                      String what, PageUrl pageUrl, SentRowConsumer consumer) throws CatalogException {
        int size = pageSize;
        List<String> after = List.of();
        long delivered = 0;
        while (true) {
            Page page = fetch(pageUrl, after, size, what, at);
            size = page.pageSize();
            for (int i = 0; i < page.rows().size(); i++) {
                consumer.accept(page.rows().get(i), page.json().get(i));
            }
            delivered += page.rows().size();
            if (page.rows().size() < size) {
                return delivered;   // a short page is the last one: the snapshot is pinned, nothing more can appear
            }
            after = pageKey(page.rows().get(page.rows().size() - 1), sort, what);
        }
    }

    private static List<String> pageKey(ObjectNode last, List<String> sort, String what) throws CatalogException {
        List<String> key = new ArrayList<>(sort.size());
        for (String column : sort) {
            JsonNode value = last.get(column);
            if (value == null || value.isNull()) {
                if (column.equals("RID")) {
                    throw new CatalogException.MalformedResponse(what, "a row without a RID", null);
                }
                key.add(null);
            } else {
                key.add(value.isString() ? value.stringValue() : value.toString());
            }
        }
        return key;
    }

    private JsonNode getJson(String url, String what, Snaptime at) throws CatalogException {
        return http.get(url, JSON, what, at, true, response -> parse(response, what));
    }

    private Page getRows(String url, String what, Snaptime at) throws CatalogException {
        return http.get(url, JSON, what, at, true, response -> parseRows(response, what));
    }

    private static JsonNode parse(Response response, String what) throws IOException {
        byte[] bytes = response.body().bytes();   // bounded by the page size; fails if the body is cut short
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new CatalogException.MalformedResponse(what, "an empty body", null);
            }
            return node;
        } catch (JacksonException e) {
            throw new CatalogException.MalformedResponse(what, "not valid JSON", e);
        }
    }

    /**
     * A JSON array of row objects: the body is read whole (bounded by the page size; a body cut short is an
     * IOException, retried as a whole), then parsed one row tree at a time, each row keeping its own text as sent.
     * Anything not an array of objects is malformed.
     */
    private static Page parseRows(Response response, String what) throws IOException {
        byte[] body = response.body().bytes();
        List<ObjectNode> rows = new ArrayList<>();
        List<String> json = new ArrayList<>();
        try (JsonParser parser = ROW_READER.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new CatalogException.MalformedResponse(what, "not a JSON array", null);
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new CatalogException.MalformedResponse(what, t == null ? "not valid JSON"
                            : "a row that is not a JSON object", null);
                }
                int start = (int) parser.currentTokenLocation().getByteOffset();
                rows.add(ROW_READER.readValue(parser));
                int end = (int) parser.currentLocation().getByteOffset();
                json.add(new String(body, start, end - start, StandardCharsets.UTF_8));
            }
            return new Page(rows, json, null, rows.size());
        } catch (JacksonException e) {
            throw new CatalogException.MalformedResponse(what, "not valid JSON", e);
        }
    }
}
