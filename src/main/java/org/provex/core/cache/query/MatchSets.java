package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.provex.core.cache.Jdbc;
import org.provex.core.cache.query.FilterSql.Clause;

/**
 * The runs a text search matches, read once from the search index into a temporary table of the connection and used
 * by the reads after it: the background pass that finds a list's positions and the jumps from them read the same
 * search hundreds of times, and each read of {@code rowid IN (SELECT rowid FROM index WHERE index MATCH ?)} would
 * evaluate the query again and build a set of its answers (tens of thousands of runs for a broad word). A kept set is
 * a table keyed by rowid, which SQLite probes directly for {@code rowid IN (SELECT rowid FROM set)}.
 *
 * <p>A set is made only where a read asks for it ({@link #use} with {@code make}) and used by every read of the
 * same connection after that while the cache is unchanged: {@code PRAGMA data_version} tells when another connection
 * committed (a sync, a replacement), and then every set is dropped. The {@link #KEPT} most recently made stay.
 * Callers hold the connection for the whole read (the cache's read lock).
 */
final class MatchSets {

    /** How many sets a connection keeps (a set of 100,000 runs takes about 1 MB). */
    static final int KEPT = 4;
    private static final String REGISTRY = "temp.provex_match_set";
    private static final String PREFIX = "provex_match_";

    private MatchSets() {
    }

    /**
     * The filter with each of its text searches read from a kept set: one already made for the same search while the
     * cache was as it is now, or (with {@code make}) one made now. Searches without a set stay as they are.
     */
    static FilterSql use(Connection c, FilterSql filter, boolean make) throws SQLException {
        if (filter.clauses().stream().allMatch(clause -> clause.matches() == null)) {
            return filter;
        }
        long version = dataVersion(c);
        ensureRegistry(c, version);
        List<Clause> clauses = new ArrayList<>();
        for (Clause clause : filter.clauses()) {
            String table = clause.matches() == null ? null : find(c, clause, version);
            if (table == null && clause.matches() != null && make) {
                table = make(c, clause, version);
            }
            clauses.add(table == null ? clause : Clause.inSet(table));
        }
        return new FilterSql(clauses);
    }

    private static long dataVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Creates the list of sets if the connection has none, and drops every set made before the cache changed. */
    private static void ensureRegistry(Connection c, long version) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS provex_match_set (id INTEGER PRIMARY KEY, "
                    + "search TEXT NOT NULL, query TEXT NOT NULL, version INTEGER NOT NULL)");
        }
        dropAll(c, "SELECT id FROM " + REGISTRY + " WHERE version <> ?", version);
    }

    private static String find(Connection c, Clause clause, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + REGISTRY
                + " WHERE search = ? AND query = ? AND version = ?")) {
            Jdbc.bind(ps, clause.matches(), String.valueOf(clause.params().get(0)), version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? table(rs.getLong(1)) : null;
            }
        }
    }

    private static String make(Connection c, Clause clause, long version) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + REGISTRY
                + " (search, query, version) VALUES (?, ?, ?)")) {
            Jdbc.bind(ps, clause.matches(), String.valueOf(clause.params().get(0)), version);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            id = rs.next() ? rs.getLong(1) : 0;
        }
        String table = table(id);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (run INTEGER PRIMARY KEY)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (run) " + clause.matches())) {
            Jdbc.bind(ps, clause.params().toArray());
            ps.executeUpdate();
        }
        dropAll(c, "SELECT id FROM " + REGISTRY + " ORDER BY id DESC LIMIT -1 OFFSET ?", KEPT);
        return table;
    }

    /** Drops the sets a query of the list of sets names. */
    private static void dropAll(Connection c, String ids, Object param) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ids)) {
            Jdbc.bind(ps, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
        }
        for (long id : found) {
            drop(c, id);
        }
    }

    private static void drop(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table(id));
            s.execute("DELETE FROM " + REGISTRY + " WHERE id = " + id);
        }
    }

    private static String table(long id) {
        return "temp." + PREFIX + id;
    }
}
