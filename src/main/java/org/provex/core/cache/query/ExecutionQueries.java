package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;

/** The executions list: filtered, sorted, paged; every value is a bound parameter. */
public final class ExecutionQueries {

    private static final int DETAIL_CELL_LENGTH = 160;
    private static final int MIN_TRIGRAM = 3;

    static final String ROW_COLUMNS = "e.rid, e.description, e.workflow_rid, e.workflow_name, e.status, "
            + "e.status_detail, e.rct, e.execution_duration, e.download_duration, e.upload_duration, "
            + "e.legacy_duration, e.input_count, e.input_summary, e.unknown_provenance, "
            + "(SELECT n.parent_rid FROM execution_nesting n WHERE n.child_rid = e.rid "
            + "ORDER BY n.parent_rid LIMIT 1) AS parent_rid";
    static final String FROM = " FROM execution e";

    private final CacheDatabase db;

    public ExecutionQueries(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A page of executions matching the filter, in the given order (RID breaks ties), from row {@code offset}. */
    public List<ExecutionRow> list(ExecutionFilter filter, ExecutionSort sort, int limit, int offset) {
        return slice(filter, sort, cursorBefore(filter, sort, Math.max(0, offset)), limit).rows();
    }

    /**
     * A page of executions matching the filter after a position (keyset paging: the cost does not grow with the
     * depth of the page, unlike OFFSET); {@code after} null reads from the top. Every sort walks an index of its key
     * and the RID; a key that can be empty is read in two parts, the rows with a value and then the empty tail by
     * RID, since SQLite keeps empty values first in an index and the list shows them last.
     */
    public ExecutionSlice slice(ExecutionFilter filter, ExecutionSort sort, ExecutionCursor after, int limit) {
        Where where = where(filter);
        int n = Math.max(0, limit);
        ExecutionColumn column = sort.column();
        return db.read(c -> {
            List<ExecutionRow> rows = new ArrayList<>();
            ExecutionCursor last = null;
            if (!column.nullable()) {
                List<String> clauses = new ArrayList<>(where.clauses());
                List<Object> params = new ArrayList<>(where.params());
                if (after != null) {
                    clauses.add(after(sort, after, params));
                }
                last = fetch(c, clauses, params, sort, orderBy(sort), n, rows);
            } else {
                if (after == null || after.key() != null) {
                    List<String> clauses = new ArrayList<>(where.clauses());
                    List<Object> params = new ArrayList<>(where.params());
                    clauses.add(column.sql() + " IS NOT NULL");
                    if (after != null) {
                        clauses.add(beyond(sort, after, params));
                    }
                    last = fetch(c, clauses, params, sort, valuesOrder(sort), n, rows);
                }
                if (rows.size() < n) {
                    List<String> clauses = new ArrayList<>(where.clauses());
                    List<Object> params = new ArrayList<>(where.params());
                    clauses.add(column.sql() + " IS NULL");
                    if (after != null && after.key() == null) {
                        clauses.add("e.rid " + (sort.ascending() ? ">" : "<") + " ?");
                        params.add(after.rid());
                    }
                    ExecutionCursor tail = fetch(c, clauses, params, sort, tailOrder(sort), n - rows.size(), rows);
                    last = tail != null ? tail : last;
                }
            }
            return new ExecutionSlice(rows, rows.size() < n ? null : last);
        });
    }

    /**
     * The position just before row {@code index} of the sorted list (null for the top, or past the end): where a page
     * starting at that row is read from with {@link #slice}. Reads only the sort key and RID of the rows it skips,
     * from the index of the sort key.
     */
    public ExecutionCursor cursorBefore(ExecutionFilter filter, ExecutionSort sort, long index) {
        if (index <= 0) {
            return null;
        }
        Where where = where(filter);
        ExecutionColumn column = sort.column();
        return db.read(c -> {
            if (!column.nullable()) {
                return position(c, where.clauses(), where.params(), column.sql(), orderBy(sort), index - 1);
            }
            List<String> values = new ArrayList<>(where.clauses());
            values.add(column.sql() + " IS NOT NULL");
            long withValue = count(c, values, where.params());
            if (index - 1 < withValue) {
                return position(c, values, where.params(), column.sql(), valuesOrder(sort), index - 1);
            }
            List<String> empty = new ArrayList<>(where.clauses());
            empty.add(column.sql() + " IS NULL");
            return position(c, empty, where.params(), "NULL", tailOrder(sort), index - 1 - withValue);
        });
    }

    private static ExecutionCursor position(Connection c, List<String> clauses, List<Object> params, String key,
                                            String order, long offset) throws SQLException {
        List<Object> all = new ArrayList<>(params);
        all.add(offset);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + key + " AS sort_key, e.rid" + FROM
                + whereSql(clauses) + order + " LIMIT 1 OFFSET ?")) {
            Jdbc.bind(ps, all.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ExecutionCursor(rs.getObject(1), rs.getString(2)) : null;
            }
        }
    }

    /**
     * Reads up to {@code limit} rows in two steps: the matching rows are filtered, sorted and cut to the page by
     * their rowid alone (an index walk that stops after the page), and only the page's rows are then read whole
     * (with their sweep parent). Returns the cursor after the last row read, or null when none was.
     */
    private static ExecutionCursor fetch(Connection c, List<String> clauses, List<Object> params, ExecutionSort sort,
                                         String order, int limit, List<ExecutionRow> out) throws SQLException {
        if (limit <= 0) {
            return null;
        }
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        String sql = "SELECT " + ROW_COLUMNS + ", " + sort.column().sql() + " AS sort_key FROM (SELECT e.rowid AS id"
                + FROM + whereSql(clauses) + order + " LIMIT ?) p JOIN execution e ON e.rowid = p.id" + order;
        ExecutionCursor last = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, all.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                    last = new ExecutionCursor(rs.getObject("sort_key"), rs.getString("rid"));
                }
            }
        }
        return last;
    }

    private static String orderBy(ExecutionSort sort) {
        return " ORDER BY " + sort.column().orderBy(sort.ascending()) + ", e.rid "
                + (sort.ascending() ? "ASC" : "DESC");
    }

    /** The order of the rows with a value of a nullable key: the order of its index, either way. */
    private static String valuesOrder(ExecutionSort sort) {
        String dir = sort.ascending() ? " ASC" : " DESC";
        return " ORDER BY " + sort.column().sql() + dir + ", e.rid" + dir;
    }

    /** The order of the empty tail: by RID in the sort's direction. */
    private static String tailOrder(ExecutionSort sort) {
        return " ORDER BY e.rid " + (sort.ascending() ? "ASC" : "DESC");
    }

    /** Rows after the cursor in the list's order (sort value, then RID; empty values first or last as sorted). */
    private static String after(ExecutionSort sort, ExecutionCursor cursor, List<Object> params) {
        String k = sort.column().sql();
        String cmp = sort.ascending() ? ">" : "<";
        boolean nullsLast = sort.column().nullsLast(sort.ascending());
        if (cursor.key() == null) {
            params.add(cursor.rid());
            String tail = "(" + k + " IS NULL AND e.rid " + cmp + " ?)";
            return nullsLast ? tail : "(" + tail + " OR " + k + " IS NOT NULL)";
        }
        String beyond = beyond(sort, cursor, params);
        return nullsLast ? "(" + beyond + " OR " + k + " IS NULL)" : beyond;
    }

    /** Rows with a value beyond the cursor's (which has one) in the sort's direction, then RID. */
    private static String beyond(ExecutionSort sort, ExecutionCursor cursor, List<Object> params) {
        String k = sort.column().sql();
        String cmp = sort.ascending() ? ">" : "<";
        params.add(cursor.key());
        params.add(cursor.key());
        params.add(cursor.rid());
        // "k <= v AND (k < v OR rid < r)" rather than a row value: the first term is a range an index on k can seek
        return "(" + k + " " + cmp + "= ? AND (" + k + " " + cmp + " ? OR e.rid " + cmp + " ?))";
    }

    /**
     * Where an execution sits in the filtered, sorted list (0 for the first row), or -1 when the filter excludes it
     * or the cache does not hold it: the table selects and scrolls to that row when a run is opened from elsewhere.
     */
    public long indexOf(ExecutionFilter filter, ExecutionSort sort, Rid rid) {
        Where where = where(filter);
        String sql = "SELECT n FROM (SELECT e.rid AS rid, row_number() OVER (" + orderBy(sort).strip()
                + ") - 1 AS n" + FROM + whereSql(where.clauses()) + ") WHERE rid = ?";
        List<Object> params = new ArrayList<>(where.params());
        params.add(rid.value());
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    /** How many executions match the filter. */
    public long count(ExecutionFilter filter) {
        Where where = where(filter);
        return db.read(c -> {
            if (onlyInput(filter)) {   // every input row has its execution: count them in the input index
                List<Object> params = new ArrayList<>(List.of(filter.inputDataset()));
                String version = filter.inputVersion() == null ? "" : " AND dataset_version_rid = ?";
                if (filter.inputVersion() != null) {
                    params.add(filter.inputVersion());
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM execution_input "
                        + "WHERE dataset_rid = ?" + version)) {
                    Jdbc.bind(ps, params.toArray());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }
            }
            return count(c, where.clauses(), where.params());
        });
    }

    private static boolean onlyInput(ExecutionFilter f) {
        return f.inputDataset() != null && f.statuses().isEmpty() && f.workflows().isEmpty()
                && (f.text() == null || f.text().isBlank()) && f.createdFrom() == null && f.createdBefore() == null;
    }

    private static long count(Connection c, List<String> clauses, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM + whereSql(clauses))) {
            Jdbc.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    public ExecutionPage page(ExecutionFilter filter, ExecutionSort sort, int limit, int offset) {
        return new ExecutionPage(list(filter, sort, limit, offset), count(filter));
    }

    /** Every execution of one workflow, newest first. */
    public List<ExecutionRow> ofWorkflow(Rid workflow) {
        return list(ExecutionFilter.ALL.withWorkflows(workflow), ExecutionSort.NEWEST_FIRST, Integer.MAX_VALUE, 0);
    }

    static List<ExecutionRow> rows(Connection c, String sql, List<Object> params) throws SQLException {
        List<ExecutionRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static ExecutionRow row(ResultSet rs) throws SQLException {
        ExecutionDurations durations = ExecutionDurations.of(rs.getString("execution_duration"),
                rs.getString("download_duration"), rs.getString("upload_duration"), rs.getString("legacy_duration"));
        return new ExecutionRow(Jdbc.rid(rs, "rid"), rs.getString("description"), Jdbc.rid(rs, "workflow_rid"),
                rs.getString("workflow_name"), rs.getString("status"), shorten(rs.getString("status_detail")),
                Jdbc.instant(rs, "rct"), durations, rs.getInt("input_count"), rs.getString("input_summary"),
                Jdbc.rid(rs, "parent_rid"), rs.getInt("unknown_provenance") != 0);
    }

    private static String shorten(String detail) {
        if (detail == null) {
            return null;
        }
        String line = detail.strip().lines().findFirst().orElse("");
        return line.length() <= DETAIL_CELL_LENGTH ? line : line.substring(0, DETAIL_CELL_LENGTH - 1) + "…";
    }

    private record Where(List<String> clauses, List<Object> params) {
    }

    private static String whereSql(List<String> clauses) {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static Where where(ExecutionFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!f.statuses().isEmpty()) {
            clauses.add("e.status IN (" + placeholders(f.statuses()) + ")");
            params.addAll(f.statuses().stream().sorted().toList());
        }
        if (!f.workflows().isEmpty()) {
            clauses.add("e.workflow_rid IN (" + placeholders(f.workflows()) + ")");
            params.addAll(f.workflows().stream().sorted().toList());
        }
        if (f.inputDataset() != null) {
            String version = f.inputVersion() == null ? "" : " AND i.dataset_version_rid = ?";
            clauses.add("e.rid IN (SELECT i.execution_rid FROM execution_input i WHERE i.dataset_rid = ?" + version
                    + ")");
            params.add(f.inputDataset());
            if (f.inputVersion() != null) {
                params.add(f.inputVersion());
            }
        }
        if (f.createdFrom() != null) {
            clauses.add("e.rct >= ?");
            params.add(f.createdFrom());
        }
        if (f.createdBefore() != null) {
            clauses.add("e.rct < ?");
            params.add(f.createdBefore());
        }
        textClauses(f.text(), clauses, params);
        return new Where(clauses, params);
    }

    /**
     * Words of three or more characters go through the trigram index as quoted phrases (so FTS
     * syntax in the user's text is inert); shorter words fall back to an escaped LIKE.
     */
    private static void textClauses(String text, List<String> clauses, List<Object> params) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> phrases = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.codePointCount(0, word.length()) >= MIN_TRIGRAM) {
                phrases.add("\"" + word.replace("\"", "\"\"") + "\"");
            } else {
                clauses.add("(e.description LIKE ? ESCAPE '\\' OR e.status_detail LIKE ? ESCAPE '\\' "
                        + "OR e.workflow_name LIKE ? ESCAPE '\\')");
                String like = "%" + word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                params.add(like);
                params.add(like);
                params.add(like);
            }
        }
        if (!phrases.isEmpty()) {
            clauses.add("e.rowid IN (SELECT rowid FROM execution_search WHERE execution_search MATCH ?)");
            params.add(String.join(" AND ", phrases));
        }
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }
}
