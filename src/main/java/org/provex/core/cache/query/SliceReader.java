package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.provex.core.cache.Jdbc;
import org.provex.core.cache.query.FilterSql.Clause;

/**
 * Reads a stretch of a filtered, sorted executions list, choosing how for each read. A filter that matches many runs
 * is best served by walking the sort key's index in order and testing each entry until the page is full (the walk
 * stops early); a filter that matches few is best served from the filter's own index, sorting its matches. SQLite's
 * planner cannot tell the two apart (it estimates from averages and prefers to sort), so the reader first counts, up
 * to {@link #FEW}, the runs that the most selective part of the filter can match (a few index entries per part) and
 * then tells SQLite which way to go. The walk's entries carry the status, workflow and creation time (migration V6),
 * so it reads no rows for those tests; the input dataset is one lookup per entry, a text search is matched against a
 * set read once.
 */
final class SliceReader {

    /** At most this many matches (by the filter's most selective part) are read from the filter and sorted. */
    static final int FEW = 3_000;

    /** A part of the list: all of it (a key that is never empty), or a nullable key's values, or its empty tail. */
    enum Part { LIST, VALUES, TAIL }

    private final Connection c;
    private final FilterSql filter;
    private final ExecutionSort sort;
    private final int few;
    private Boolean fromFilter;
    private Boolean emptyKeys;

    SliceReader(Connection c, FilterSql filter, ExecutionSort sort, int few) {
        this.c = c;
        this.filter = filter;
        this.sort = sort;
        this.few = few;
    }

    /**
     * Appends up to {@code limit} rows of one part after a position (null: from the start of the part), with
     * {@code implied} conditions on the sort key that the filter entails (they narrow the walk). Returns the cursor
     * after the last row read, or null when none was.
     */
    ExecutionCursor read(Part part, ExecutionCursor after, List<Clause> implied, int limit, List<ExecutionRow> out)
            throws SQLException {
        ExecutionCursor last = null;
        int wanted = limit;
        for (int stretch = 0; stretch < stretches(part, after) && wanted > 0; stretch++) {
            Plan plan = plan(part, after, stretch, implied);
            List<Object> params = new ArrayList<>(plan.params());
            params.add(wanted);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.rowid" + plan.from() + plan.order()
                    + " LIMIT ?")) {
                Jdbc.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            ExecutionCursor read = rows(ids, part, out);
            last = read != null ? read : last;
            wanted -= ids.size();
        }
        return last;
    }

    /**
     * The stretches of a part after a cursor with a value, each one range of the sort key's index: the rows with the
     * cursor's value and a RID beyond its RID, then the rows with a value beyond it (one condition "value beyond, or
     * the same value and RID beyond" is no range SQLite can seek: it would pass every row with the cursor's value,
     * which for a key such as the status or the workflow is tens of thousands). Otherwise one stretch.
     */
    private static int stretches(Part part, ExecutionCursor after) {
        return after != null && after.key() != null && part != Part.TAIL ? 2 : 1;
    }

    /**
     * The sort key and RID of row {@code offset} of a part after a position (null: from the start of the part; 0 for
     * the first row after it), or null past its end.
     */
    ExecutionCursor position(Part part, ExecutionCursor after, List<Clause> implied, long offset)
            throws SQLException {
        long skip = offset;
        int last = stretches(part, after) - 1;
        for (int stretch = 0; stretch < last; stretch++) {
            long n = count(part, after, stretch, implied, skip + 1);
            if (skip < n) {
                return position(part, after, stretch, implied, skip);
            }
            skip -= n;
        }
        return position(part, after, last, implied, skip);
    }

    private ExecutionCursor position(Part part, ExecutionCursor after, int stretch, List<Clause> implied, long offset)
            throws SQLException {
        Plan plan = plan(part, after, stretch, implied);
        List<Object> params = new ArrayList<>(plan.params());
        params.add(offset);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + sort.column().sql() + " AS sort_key, e.rid"
                + plan.from() + plan.order() + " LIMIT 1 OFFSET ?")) {
            Jdbc.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ExecutionCursor(rs.getObject(1), rs.getString(2)) : null;
            }
        }
    }

    /** How many rows a part has after a position (null: all of it), counting no further than {@code cap}. */
    long count(Part part, ExecutionCursor after, List<Clause> implied, long cap) throws SQLException {
        long n = 0;
        for (int stretch = 0; stretch < stretches(part, after) && n < cap; stretch++) {
            n += count(part, after, stretch, implied, cap - n);
        }
        return n;
    }

    private long count(Part part, ExecutionCursor after, int stretch, List<Clause> implied, long cap)
            throws SQLException {
        Plan plan = plan(part, after, stretch, implied);
        List<Object> params = new ArrayList<>(plan.params());
        params.add(cap);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1" + plan.from()
                + (plan.walks() ? plan.order() : "") + " LIMIT ?)")) {
            Jdbc.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * How a part is read: its FROM and WHERE, and its ORDER BY.
     *
     * @param walks whether it walks the sort key's index (else it reads the filter's matches and sorts them)
     */
    private record Plan(String from, String order, List<Object> params, boolean walks) {
    }

    private Plan plan(Part part, ExecutionCursor after, int stretch, List<Clause> implied) throws SQLException {
        String key = sort.column().sql();
        List<Clause> inner = new ArrayList<>(range(part, after, stretch, key));
        inner.addAll(implied);
        List<Clause> outer = new ArrayList<>();
        for (Clause clause : filter.clauses()) {
            (clause.column() == sort.column() ? inner : outer).add(clause);
        }
        if (outer.isEmpty() || !fromFilter(outer)) {
            // along the sort key's index, in its order, testing each entry: stops when the page is full. The terms
            // on the sort key bound the range walked; the others are tested on each entry
            List<Object> params = FilterSql.params(inner);
            params.addAll(FilterSql.params(outer));
            String where = FilterSql.sql(inner) + (inner.isEmpty() || outer.isEmpty() ? "" : " AND ")
                    + FilterSql.walkSql(outer);
            return new Plan(" FROM execution e INDEXED BY " + sort.column().index() + FilterSql.where(where),
                    order(part, key), params, true);
        }
        // from the filter's side, sorting its matches: the sort key's index is kept out of the plan
        String plain = "+" + key;
        List<Clause> all = new ArrayList<>(range(part, after, stretch, plain));
        all.addAll(implied);
        all.addAll(filter.clauses());
        return new Plan(" FROM execution e" + FilterSql.where(FilterSql.sql(all)), order(part, plain),
                FilterSql.params(all), false);
    }

    /**
     * Whether some part of the filter matches few runs, at most {@link #FEW} times what testing it on each entry of
     * a walk costs (decided once per reader).
     */
    private boolean fromFilter(List<Clause> outer) throws SQLException {
        if (fromFilter == null) {
            fromFilter = false;
            for (Clause clause : outer) {
                if (clause.walkCost() == FilterSql.ROW_COST) {
                    fromFilter = true;
                    break;
                }
                if (clause.bound() != null && boundedCount(clause, (long) few * clause.walkCost()) <= (long) few
                        * clause.walkCost()) {
                    fromFilter = true;
                    break;
                }
            }
        }
        return fromFilter;
    }

    /** How many runs one condition matches, counting no further than one past {@code most}. */
    private long boundedCount(Clause clause, long most) throws SQLException {
        List<Object> params = new ArrayList<>(clause.params());
        params.add(most + 1);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + clause.bound() + " LIMIT ?)")) {
            Jdbc.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Whether some execution has no value of the sort key (checked once per reader, in the key's index). */
    private boolean emptyKeys() throws SQLException {
        if (emptyKeys == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM execution e WHERE " + sort.column().sql()
                    + " IS NULL LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                emptyKeys = rs.next();
            }
        }
        return emptyKeys;
    }

    /** Reads the rows of a page whole, in the part's order; returns the cursor after the last one. */
    private ExecutionCursor rows(List<Long> ids, Part part, List<ExecutionRow> out) throws SQLException {
        if (ids.isEmpty()) {
            return null;
        }
        String key = sort.column().sql();
        String sql = "SELECT " + ExecutionQueries.ROW_COLUMNS + ", " + key + " AS sort_key FROM execution e "
                + "WHERE e.rowid IN (" + FilterSql.placeholders(ids) + ")" + order(part, key);
        ExecutionCursor last = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ExecutionQueries.row(rs));
                    last = new ExecutionCursor(rs.getObject("sort_key"), rs.getString("rid"));
                }
            }
        }
        return last;
    }

    /**
     * The conditions of one stretch of a part after a position (null: all of it; see {@link #stretches}), over the key
     * expression {@code k}.
     */
    List<Clause> range(Part part, ExecutionCursor after, int stretch, String k) throws SQLException {
        List<Clause> clauses = new ArrayList<>();
        String cmp = sort.ascending() ? ">" : "<";
        if (part == Part.VALUES) {
            clauses.add(Clause.plain(k + " IS NOT NULL", List.of(), null));
        } else if (part == Part.TAIL) {
            clauses.add(Clause.plain(k + " IS NULL", List.of(), null));
        }
        if (after == null) {
            return clauses;
        }
        if (part == Part.TAIL) {
            clauses.add(Clause.plain("e.rid " + cmp + " ?", List.of(after.rid()), null));
        } else if (after.key() == null) {   // a list whose empty values come first, after one of them
            clauses.add(after(k, after));
        } else if (stretch == 0) {
            clauses.add(Clause.plain(k + " = ? AND e.rid " + cmp + " ?", java.util.Arrays.asList(after.key(),
                    after.rid()), null));
        } else {
            boolean nullsLast = part == Part.LIST && sort.column().nullsLast(sort.ascending()) && emptyKeys();
            clauses.add(Clause.plain(nullsLast ? "(" + k + " " + cmp + " ? OR " + k + " IS NULL)"
                    : k + " " + cmp + " ?", java.util.Arrays.asList(after.key()), null));
        }
        return clauses;
    }

    /** The order of a part over the key expression {@code k}: that of the sort key's index, either way. */
    String order(Part part, String k) {
        String dir = sort.ascending() ? " ASC" : " DESC";
        return part == Part.TAIL ? " ORDER BY e.rid" + dir : " ORDER BY " + k + dir + ", e.rid" + dir;
    }

    /**
     * Rows after a cursor without a value in a list whose key is never meant to be empty but is for some runs (their
     * empty values come first ascending, last descending), in the list's order.
     */
    private Clause after(String k, ExecutionCursor cursor) throws SQLException {
        String cmp = sort.ascending() ? ">" : "<";
        boolean nullsLast = sort.column().nullsLast(sort.ascending()) && (sort.column().nullable() || emptyKeys());
        String tail = "(" + k + " IS NULL AND e.rid " + cmp + " ?)";
        return Clause.plain(nullsLast ? tail : "(" + tail + " OR " + k + " IS NOT NULL)", List.of(cursor.rid()),
                null);
    }
}
