package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Rid;

/** The executions list: filtered, sorted, paged; every value is a bound parameter. */
public final class ExecutionQueries {

    private static final int DETAIL_CELL_LENGTH = 160;

    static final String ROW_COLUMNS = "e.rid, e.description, e.workflow_rid, e.workflow_name, e.status, "
            + "e.status_detail, e.rct, e.execution_duration, e.download_duration, e.upload_duration, "
            + "e.legacy_duration, e.input_count, e.input_summary, e.unknown_provenance, "
            + "(SELECT n.parent_rid FROM execution_nesting n WHERE n.child_rid = e.rid "
            + "ORDER BY n.parent_rid LIMIT 1) AS parent_rid";
    static final String FROM = " FROM execution e";

    private final CacheDatabase db;
    private final int few;

    public ExecutionQueries(CacheDatabase db) {
        this(db, SliceReader.FEW);
    }

    /**
     * With a bound of its own on the matches read from the filter's side and sorted (see {@link SliceReader}), for
     * tests: -1 always walks the sort key's index, a large bound never does.
     */
    ExecutionQueries(CacheDatabase db, int few) {
        this.db = Objects.requireNonNull(db, "db");
        this.few = few;
    }

    /** A page of executions matching the filter, in the given order (RID breaks ties), from row {@code offset}. */
    public List<ExecutionRow> list(ExecutionFilter filter, ExecutionSort sort, int limit, int offset) {
        return slice(filter, sort, cursorBefore(filter, sort, Math.max(0, offset)), limit).rows();
    }

    /**
     * A page of executions matching the filter after a position (keyset paging: the cost does not grow with the
     * depth of the page, unlike OFFSET); {@code after} null reads from the top. Every sort walks an index of its key
     * and the RID (see {@link SliceReader} for how a filter is applied); a key that can be empty is read in two
     * parts, the rows with a value and then the empty tail by RID, since SQLite keeps empty values first in an index
     * and the list shows them last. A text search reads the set of its runs that {@link #cursorAfter} kept, if any
     * ({@link MatchSets}); a page never makes one itself, so a list's first page does not wait for it.
     */
    public ExecutionSlice slice(ExecutionFilter filter, ExecutionSort sort, ExecutionCursor after, int limit) {
        FilterSql where = FilterSql.of(filter);
        int n = Math.max(0, limit);
        ExecutionColumn column = sort.column();
        return db.read(c -> {
            SliceReader reader = new SliceReader(c, MatchSets.use(c, where, false), sort, few);
            List<ExecutionRow> rows = new ArrayList<>();
            ExecutionCursor last = null;
            if (!column.nullable()) {
                last = reader.read(SliceReader.Part.LIST, after, List.of(), n, rows);
            } else {
                if (after == null || after.key() != null) {
                    last = reader.read(SliceReader.Part.VALUES, after, implied(c, filter, sort), n, rows);
                }
                if (rows.size() < n) {
                    ExecutionCursor tail = reader.read(SliceReader.Part.TAIL,
                            after != null && after.key() == null ? after : null, List.of(), n - rows.size(), rows);
                    last = tail != null ? tail : last;
                }
            }
            return new ExecutionSlice(rows, rows.size() < n ? null : last);
        });
    }

    /**
     * Conditions on the sort key's values that the filter entails: sorted by workflow name and filtered by
     * workflows, the values lie between the least and the greatest of those workflows' names, so that the walk
     * starts at the first of them instead of passing every other workflow's runs.
     */
    private static List<FilterSql.Clause> implied(Connection c, ExecutionFilter filter, ExecutionSort sort)
            throws SQLException {
        if (sort.column() != ExecutionColumn.WORKFLOW || filter.workflows().isEmpty()) {
            return List.of();
        }
        List<Object> rids = new ArrayList<>(filter.workflows().stream().sorted().toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT min(name COLLATE NOCASE), max(name COLLATE NOCASE) "
                + "FROM workflow WHERE rid IN (" + FilterSql.placeholders(rids) + ")")) {
            Jdbc.bind(ps, rids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                String least = rs.next() ? rs.getString(1) : null;
                String greatest = least == null ? null : rs.getString(2);
                if (least == null) {   // none of them has a name: their runs are all in the empty tail
                    return List.of(FilterSql.Clause.plain("0", List.of(), null));
                }
                String key = ExecutionColumn.WORKFLOW.sql();
                return List.of(FilterSql.Clause.plain(key + " >= ? AND " + key + " <= ?", List.of(least, greatest),
                        null));
            }
        }
    }

    /**
     * The position just before row {@code index} of the sorted list (null for the top, or past the end): where a page
     * starting at that row is read from with {@link #slice}. Reads only the sort key and RID of the rows it skips,
     * from the index of the sort key.
     */
    public ExecutionCursor cursorBefore(ExecutionFilter filter, ExecutionSort sort, long index) {
        return index <= 0 ? null : cursorAfter(filter, sort, null, index);
    }

    /**
     * The position {@code rows} rows after a position (null: the top): {@code from} itself for 0, the cursor of the
     * {@code rows}-th row after it otherwise, or null past the end. A jump from a known position costs the rows it
     * skips from there ({@link ExecutionPositions} keeps such positions along a list). The filter's text searches
     * are read once into sets kept for the reads after it ({@link MatchSets}).
     */
    public ExecutionCursor cursorAfter(ExecutionFilter filter, ExecutionSort sort, ExecutionCursor from, long rows) {
        if (rows <= 0) {
            return from;
        }
        FilterSql where = FilterSql.of(filter);
        return db.read(c -> {
            // the positions pass and the jumps from its positions: the filter's text searches read once, then kept
            SliceReader reader = new SliceReader(c, MatchSets.use(c, where, true), sort, few);
            if (!sort.column().nullable()) {
                return reader.position(SliceReader.Part.LIST, from, List.of(), rows - 1);
            }
            if (from != null && from.key() == null) {   // in the empty tail already
                return reader.position(SliceReader.Part.TAIL, from, List.of(), rows - 1);
            }
            List<FilterSql.Clause> implied = implied(c, filter, sort);
            long withValue = reader.count(SliceReader.Part.VALUES, from, implied, rows);
            if (rows - 1 < withValue) {
                return reader.position(SliceReader.Part.VALUES, from, implied, rows - 1);
            }
            return reader.position(SliceReader.Part.TAIL, null, List.of(), rows - 1 - withValue);
        });
    }

    /**
     * Where an execution sits in the filtered, sorted list (0 for the first row), or -1 when the filter excludes it
     * or the cache does not hold it: the table selects and scrolls to that row when a run is opened from elsewhere.
     */
    public long indexOf(ExecutionFilter filter, ExecutionSort sort, Rid rid) {
        FilterSql where = FilterSql.of(filter);
        String sql = "SELECT n FROM (SELECT e.rid AS rid, row_number() OVER (" + orderBy(sort).strip()
                + ") - 1 AS n" + FROM + FilterSql.where(FilterSql.sql(where.clauses())) + ") WHERE rid = ?";
        List<Object> params = FilterSql.params(where.clauses());
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

    private static String orderBy(ExecutionSort sort) {
        return " ORDER BY " + sort.column().orderBy(sort.ascending()) + ", e.rid "
                + (sort.ascending() ? "ASC" : "DESC");
    }

    /** How many executions match the filter. */
    public long count(ExecutionFilter filter) {
        FilterSql where = FilterSql.of(filter);
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
            return count(c, where.clauses());
        });
    }

    private static boolean onlyInput(ExecutionFilter f) {
        return f.inputDataset() != null && f.statuses().isEmpty() && f.workflows().isEmpty()
                && (f.text() == null || f.text().isBlank()) && f.createdFrom() == null && f.createdBefore() == null;
    }

    private static long count(Connection c, List<FilterSql.Clause> clauses) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM
                + FilterSql.where(FilterSql.sql(clauses)))) {
            Jdbc.bind(ps, FilterSql.params(clauses).toArray());
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

    static ExecutionRow row(ResultSet rs) throws SQLException {
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
}
