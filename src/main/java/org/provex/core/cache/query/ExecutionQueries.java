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

    static final String ROW_COLUMNS = "e.rid, e.description, e.workflow_rid, w.name AS workflow_name, e.status, "
            + "e.status_detail, e.rct, e.execution_duration, e.download_duration, e.upload_duration, "
            + "e.legacy_duration, e.input_count, e.input_summary, e.unknown_provenance, "
            + "(SELECT n.parent_rid FROM execution_nesting n WHERE n.child_rid = e.rid "
            + "ORDER BY n.parent_rid LIMIT 1) AS parent_rid";
    static final String FROM = " FROM execution e LEFT JOIN workflow w ON w.rid = e.workflow_rid";

    private final CacheDatabase db;

    public ExecutionQueries(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A page of executions matching the filter, in the given order (RID breaks ties). */
    public List<ExecutionRow> list(ExecutionFilter filter, ExecutionSort sort, int limit, int offset) {
        Where where = where(filter);
        String sql = page(where.sql(), sort, " LIMIT ? OFFSET ?");
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return db.read(c -> rows(c, sql, params));
    }

    /**
     * A page of executions matching the filter after a position (keyset paging: the cost does not grow with the
     * depth of the page, unlike OFFSET); {@code after} null reads from the top.
     */
    public ExecutionSlice slice(ExecutionFilter filter, ExecutionSort sort, ExecutionCursor after, int limit) {
        Where where = where(filter);
        List<String> clauses = new ArrayList<>();
        if (!where.sql().isEmpty()) {
            clauses.add(where.sql().substring(" WHERE ".length()));
        }
        List<Object> params = new ArrayList<>(where.params());
        if (after != null) {
            clauses.add(after(sort, after, params));
        }
        int n = Math.max(0, limit);
        String sql = page(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), sort, " LIMIT ?");
        params.add(n);
        return db.read(c -> {
            List<ExecutionRow> rows = new ArrayList<>();
            ExecutionCursor last = null;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                        last = new ExecutionCursor(rs.getObject("sort_key"), rs.getString("rid"));
                    }
                }
            }
            return new ExecutionSlice(rows, rows.size() < n ? null : last);
        });
    }

    /**
     * The position just before row {@code index} of the sorted list (null for the top, or past the end): where a page
     * starting at that row is read from with {@link #slice}. Reads only the sort key and RID of the rows it skips.
     */
    public ExecutionCursor cursorBefore(ExecutionFilter filter, ExecutionSort sort, long index) {
        if (index <= 0) {
            return null;
        }
        Where where = where(filter);
        String sql = "SELECT " + sort.column().sql() + " AS sort_key, e.rid" + FROM + where.sql() + orderBy(sort)
                + " LIMIT 1 OFFSET ?";
        List<Object> params = new ArrayList<>(where.params());
        params.add(index - 1);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new ExecutionCursor(rs.getObject(1), rs.getString(2)) : null;
                }
            }
        });
    }

    /**
     * A page in two steps: the matching rows are filtered, sorted and cut to the page by their rowid alone, and only
     * the page's rows are then read whole (with their sweep parent and workflow name). Sorting keeps one small key
     * per matching row instead of a whole row (and its parent lookup) for each of up to 100,000 rows.
     */
    private static String page(String where, ExecutionSort sort, String limit) {
        return "SELECT " + ROW_COLUMNS + ", " + sort.column().sql() + " AS sort_key FROM (SELECT e.rowid AS id"
                + FROM + where + orderBy(sort) + limit + ") p JOIN execution e ON e.rowid = p.id "
                + "LEFT JOIN workflow w ON w.rid = e.workflow_rid" + orderBy(sort);
    }

    private static String orderBy(ExecutionSort sort) {
        return " ORDER BY " + sort.column().orderBy(sort.ascending()) + ", e.rid "
                + (sort.ascending() ? "ASC" : "DESC");
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
        params.add(cursor.key());
        params.add(cursor.key());
        params.add(cursor.rid());
        // "k <= v AND (k < v OR rid < r)" rather than a row value: the first term is a range an index on k can seek
        String beyond = "(" + k + " " + cmp + "= ? AND (" + k + " " + cmp + " ? OR e.rid " + cmp + " ?))";
        return nullsLast ? "(" + beyond + " OR " + k + " IS NULL)" : beyond;
    }

    /**
     * Where an execution sits in the filtered, sorted list (0 for the first row), or -1 when the filter excludes it
     * or the cache does not hold it: the table selects and scrolls to that row when a run is opened from elsewhere.
     */
    public long indexOf(ExecutionFilter filter, ExecutionSort sort, Rid rid) {
        Where where = where(filter);
        String sql = "SELECT n FROM (SELECT e.rid AS rid, row_number() OVER (" + orderBy(sort).strip()
                + ") - 1 AS n" + FROM + where.sql() + ") WHERE rid = ?";
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
        String sql = "SELECT count(*)" + FROM + where.sql();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.bind(ps, where.params().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
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

    private record Where(String sql, List<Object> params) {
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
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
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
                        + "OR w.name LIKE ? ESCAPE '\\')");
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
