package org.provex.testserver;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Rid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The subset of ERMrest's data API the test server understands, parsed from the raw (still escaped) URL the way
 * ERMrest's lexer does: syntax characters only count when raw, {@code %XX} is always data. Supports
 * {@code entity/S:T} and {@code attribute/S:T/.../c1,c2}, filter elements joined by {@code &} or {@code ;} with
 * {@code =}, {@code ::gt::}, {@code ::geq::}, {@code ::lt::}, {@code ::leq::}, {@code ::null::}, then
 * {@code @sort(c[::desc::],...)}, {@code @after(...)} and {@code ?limit=N|none}.
 */
final class ErmrestQuery {

    record Predicate(String column, String op, String value) {
    }

    record SortKey(String column, boolean descending) {
    }

    /** {@code alias:=cnt(*)}, {@code cnt(col)}, {@code cnt_d(col)}, {@code min(col)} or {@code max(col)}. */
    record Aggregate(String alias, String function, String column) {
    }

    private static final java.util.regex.Pattern AGGREGATE =
            java.util.regex.Pattern.compile("([^:]+):=(cnt|cnt_d|min|max)\\((.+)\\)");

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][XX][X]").toFormatter();

    final boolean attribute;
    final boolean aggregate;
    final List<Aggregate> aggregates = new ArrayList<>();
    final String tableText;
    final List<List<List<Predicate>>> filters = new ArrayList<>();   // elements AND, groups OR, predicates AND
    final List<String> projection = new ArrayList<>();
    final List<SortKey> sort = new ArrayList<>();
    List<String> after;
    Integer limit;

    private ErmrestQuery(String api, String tableText) {
        this.attribute = api.equals("attribute");
        this.aggregate = api.equals("aggregate");
        this.tableText = tableText;
    }

    /** Rejects what ERMrest's lexer rejects: raw characters outside unreserved, {@code *}, syntax, {@code %XX}. */
    static void lex(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "-_.~*/:;,=?@&()!$".indexOf(c) >= 0;
            if (c == '%') {
                ok = i + 2 < raw.length() && Character.digit(raw.charAt(i + 1), 16) >= 0
                        && Character.digit(raw.charAt(i + 2), 16) >= 0;
            }
            if (!ok) {
                throw new HttpError(400, "Invalid character '" + c + "' at position " + i + " of the URL.");
            }
        }
    }

    /** Parses {@code entity/...} or {@code attribute/...} (raw) plus the raw query string (may be null). */
    static ErmrestQuery parse(String api, String rawPath, String rawQuery) {
        int at = rawPath.indexOf('@');
        String path = at < 0 ? rawPath : rawPath.substring(0, at);
        String modifiers = at < 0 ? "" : rawPath.substring(at);
        List<String> elements = List.of(path.split("/", -1));
        if (elements.isEmpty() || elements.get(0).isEmpty()) {
            throw new HttpError(400, "Missing table.");
        }
        ErmrestQuery q = new ErmrestQuery(api, elements.get(0));
        int lastFilter = q.attribute || q.aggregate ? elements.size() - 1 : elements.size();
        if (q.aggregate) {
            if (elements.size() < 2 || elements.get(elements.size() - 1).isEmpty()) {
                throw new HttpError(400, "Aggregate projection required.");
            }
            for (String item : elements.get(elements.size() - 1).split(",", -1)) {
                java.util.regex.Matcher m = AGGREGATE.matcher(decode(item));
                if (!m.matches()) {
                    throw new HttpError(400, "Unsupported aggregate '" + decode(item) + "' (the test server counts).");
                }
                q.aggregates.add(new Aggregate(m.group(1), m.group(2), m.group(3)));
            }
            if (!modifiers.isEmpty()) {
                throw new HttpError(400, "Sort modifiers are not valid on aggregate resources.");
            }
        } else if (q.attribute) {
            if (elements.size() < 2 || elements.get(elements.size() - 1).isEmpty()) {
                throw new HttpError(400, "Attribute projection required.");
            }
            for (String column : elements.get(elements.size() - 1).split(",", -1)) {
                q.projection.add(decode(column));
            }
        }
        for (int i = 1; i < lastFilter; i++) {
            q.filters.add(parseFilter(elements.get(i)));
        }
        q.parseModifiers(modifiers);
        q.parseQuery(rawQuery);
        return q;
    }

    private static List<List<Predicate>> parseFilter(String element) {
        List<List<Predicate>> groups = new ArrayList<>();
        for (String group : element.split(";", -1)) {
            List<Predicate> conjunction = new ArrayList<>();
            for (String pred : group.split("&", -1)) {
                conjunction.add(parsePredicate(pred));
            }
            groups.add(conjunction);
        }
        return groups;
    }

    private static Predicate parsePredicate(String raw) {
        int op = raw.indexOf("::");
        if (op > 0) {
            int end = raw.indexOf("::", op + 2);
            if (end < 0) {
                throw new HttpError(400, "Unterminated operator in '" + raw + "'.");
            }
            String name = raw.substring(op + 2, end);
            if (!List.of("gt", "geq", "lt", "leq", "null").contains(name)) {
                throw new HttpError(400, "Unsupported operator ::" + name + "::.");
            }
            return new Predicate(decode(raw.substring(0, op)), name, decode(raw.substring(end + 2)));
        }
        int eq = raw.indexOf('=');
        if (eq <= 0) {
            throw new HttpError(400, "Unsupported path element '" + raw + "' (the test server has no joins).");
        }
        return new Predicate(decode(raw.substring(0, eq)), "eq", decode(raw.substring(eq + 1)));
    }

    private void parseModifiers(String text) {
        String rest = text;
        while (!rest.isEmpty()) {
            int open = rest.indexOf('(');
            int close = rest.indexOf(')');
            if (!rest.startsWith("@") || open < 0 || close < open) {
                throw new HttpError(400, "Malformed modifier '" + rest + "'.");
            }
            String name = rest.substring(1, open);
            List<String> args = List.of(rest.substring(open + 1, close).split(",", -1));
            switch (name) {
                case "sort" -> args.forEach(a -> sort.add(a.endsWith("::desc::")
                        ? new SortKey(decode(a.substring(0, a.length() - 8)), true) : new SortKey(decode(a), false)));
                case "after" -> after = args.stream().map(a -> a.equals("::null::") ? null : decode(a)).toList();
                default -> throw new HttpError(400, "Unsupported modifier @" + name + ".");
            }
            rest = rest.substring(close + 1);
        }
        if (after != null && after.size() != sort.size()) {
            throw new HttpError(400, "The \"after\" page key of length " + after.size()
                    + " does not match the \"sort\" key of length " + sort.size() + ".");
        }
    }

    private void parseQuery(String rawQuery) {
        if (rawQuery == null) {
            return;
        }
        for (String param : rawQuery.split("&")) {
            if (param.startsWith("limit=")) {
                String value = param.substring(6);
                if (!value.equals("none")) {
                    try {
                        limit = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new HttpError(400, "Invalid limit \"" + decode(value) + "\".");
                    }
                    if (limit < 0) {
                        throw new HttpError(400, "Invalid limit \"" + value + "\".");
                    }
                }
            }
        }
    }

    /** Runs the query on one state. */
    List<ObjectNode> run(ServedState state) {
        TableRef table = resolveTable(state);
        Map<String, ServedState.ColumnType> columns = state.columns(table);
        filters.forEach(e -> e.forEach(g -> g.forEach(p -> requireColumn(columns, table, p.column()))));
        sort.forEach(k -> requireColumn(columns, table, k.column()));
        projection.forEach(c -> requireColumn(columns, table, c));
        Comparator<JsonNode> rowOrder = rowOrder(columns);
        if (!aggregate && filters.isEmpty() && sort.equals(List.of(new SortKey("RID", false)))) {
            return ridRange(state.rows(table).orElseThrow());
        }
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode row : state.rows(table).orElseThrow()) {
            if (filters.stream().allMatch(e -> e.stream().anyMatch(g -> g.stream()
                    .allMatch(p -> matches(row, p, columns.get(p.column())))))) {
                result.add(row);
            }
        }
        if (aggregate) {
            return List.of(count(result, table, columns));
        }
        if (!sort.isEmpty()) {
            result.sort(rowOrder);
        }
        if (after != null) {
            ObjectNode key = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < sort.size(); i++) {
                key.put(sort.get(i).column(), after.get(i));
            }
            result.removeIf(row -> rowOrder.compare(row, key) <= 0);
        }
        if (limit != null && result.size() > limit) {
            result = new ArrayList<>(result.subList(0, limit));
        }
        return project(result);
    }

    private List<ObjectNode> project(List<ObjectNode> rows) {
        if (!attribute) {
            return rows;
        }
        List<ObjectNode> projected = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            projection.forEach(c -> out.set(c, row.has(c) ? row.get(c) : JsonNodeFactory.instance.nullNode()));
            projected.add(out);
        }
        return projected;
    }

    /**
     * {@code @sort(RID)[@after(r)]?limit=N} with no filter: the rows are kept in RID order, so a page is a binary
     * search and a slice (as ERMrest's index scan), not a sort of the whole table per request.
     */
    private List<ObjectNode> ridRange(List<ObjectNode> rows) {
        int from = 0;
        if (after != null) {
            String key = after.get(0);
            int lo = 0;
            int hi = rows.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (key == null || rows.get(mid).path("RID").asString("").compareTo(key) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            from = key == null ? rows.size() : lo;
        }
        int to = limit == null ? rows.size() : (int) Math.min(rows.size(), (long) from + limit);
        return project(rows.subList(from, to));
    }

    private ObjectNode count(List<ObjectNode> rows, TableRef table, Map<String, ServedState.ColumnType> columns) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Aggregate a : aggregates) {
            if (a.column().equals("*")) {
                out.put(a.alias(), rows.size());
                continue;
            }
            requireColumn(columns, table, a.column());
            List<JsonNode> values = rows.stream().map(r -> r.get(a.column()))
                    .filter(v -> v != null && !v.isNull()).toList();
            if (a.function().equals("min") || a.function().equals("max")) {
                ServedState.ColumnType type = columns.get(a.column());
                Comparator<JsonNode> order = (x, y) -> compare(key(x.asString(), type), key(y.asString(), type));
                out.set(a.alias(), values.stream().max(a.function().equals("max") ? order : order.reversed())
                        .orElse(JsonNodeFactory.instance.nullNode()));
                continue;
            }
            out.put(a.alias(), a.function().equals("cnt") ? values.size()
                    : values.stream().map(JsonNode::toString).distinct().count());
        }
        return out;
    }

    private TableRef resolveTable(ServedState state) {
        int colon = tableText.indexOf(':');
        if (colon < 0) {
            String name = decode(tableText);
            return state.uniqueTable(name).orElseThrow(() -> new HttpError(409, "Table " + name
                    + " does not exist."));
        }
        TableRef table = new TableRef(decode(tableText.substring(0, colon)), decode(tableText.substring(colon + 1)));
        if (!state.hasSchema(table.schema())) {
            throw new HttpError(409, "Schema " + table.schema() + " does not exist.");
        }
        if (state.rows(table).isEmpty()) {
            throw new HttpError(409, "Table " + table.table() + " does not exist in schema " + table.schema() + ".");
        }
        return table;
    }

    private static void requireColumn(Map<String, ServedState.ColumnType> columns, TableRef table, String column) {
        if (!columns.containsKey(column)) {
            throw new HttpError(409, "Column " + column + " does not exist in table " + table.table() + ".");
        }
    }

    private static boolean matches(ObjectNode row, Predicate p, ServedState.ColumnType type) {
        JsonNode value = row.get(p.column());
        boolean isNull = value == null || value.isNull();
        if (p.op().equals("null")) {
            return isNull;
        }
        if (isNull) {
            return false;
        }
        if (p.op().equals("eq") && p.column().equals("RID")) {
            return Rid.normalise(value.asString()).equals(Rid.normalise(p.value()));
        }
        int c = compare(key(value.asString(), type), key(p.value(), type));
        return switch (p.op()) {
            case "eq" -> c == 0;
            case "gt" -> c > 0;
            case "geq" -> c >= 0;
            case "lt" -> c < 0;
            default -> c <= 0;
        };
    }

    private Comparator<JsonNode> rowOrder(Map<String, ServedState.ColumnType> columns) {
        return (a, b) -> {
            for (SortKey k : sort) {
                ServedState.ColumnType type = columns.get(k.column());
                Comparable<?> ka = nodeKey(a.get(k.column()), type);
                Comparable<?> kb = nodeKey(b.get(k.column()), type);
                int c;
                if (ka == null || kb == null) {
                    c = ka == kb ? 0 : ka == null ? 1 : -1;   // ASC NULLS LAST; ::desc:: flips to NULLS FIRST
                } else {
                    c = compare(ka, kb);
                }
                if (c != 0) {
                    return k.descending() ? -c : c;
                }
            }
            return 0;
        };
    }

    private static Comparable<?> nodeKey(JsonNode node, ServedState.ColumnType type) {
        return node == null || node.isNull() ? null : key(node.asString(), type);
    }

    /** Parsed timestamps by text: the server compares them per row and per request (ERMrest has indexes). */
    private static final Map<String, java.time.Instant> TIMESTAMPS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Comparable<?> key(String text, ServedState.ColumnType type) {
        try {
            return switch (type == null ? ServedState.ColumnType.TEXT : type) {
                case NUMBER -> new BigDecimal(text);
                case TIMESTAMP -> TIMESTAMPS.size() > 2_000_000 ? OffsetDateTime.parse(text, TIMESTAMP).toInstant()
                        : TIMESTAMPS.computeIfAbsent(text, t -> OffsetDateTime.parse(t, TIMESTAMP).toInstant());
                case TEXT -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new HttpError(400, "Invalid value \"" + text + "\" for a " + type + " column.");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b) {
        return Objects.compare(a, b, Comparator.naturalOrder());
    }

    /** ERMrest decodes {@code %XX} (UTF-8) and nothing else. */
    static String decode(String raw) {
        byte[] out = new byte[raw.length() * 4];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
            }
        }
        return new String(out, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }
}
