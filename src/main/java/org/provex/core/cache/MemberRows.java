package org.provex.core.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dataset members per released version, stored as deltas between consecutive versions of a dataset (see migration
 * V3): a member that stays costs nothing per version. Works on the connection it is given, like {@link SourceRows}:
 * a write transaction's ({@link CacheWriter#memberRows()}) or the read connection inside {@link CacheDatabase#read}.
 * Membership of a version being read is staged in a temporary table on the write connection, so neither side of a
 * comparison is held in memory.
 */
public final class MemberRows {

    /** What the cache knows about one version's members. */
    public enum State { STORED, EXPIRED }

    /** A dataset version whose membership was read (seq set) or could not be read (EXPIRED, with why). */
    public record VersionState(String versionRid, String datasetRid, String snapshot, Integer seq, State state,
                               String detail) {
    }

    /** One member set of a dataset: the members of one association. */
    public record MemberSet(long id, String datasetRid, String association, String memberTable) {
    }

    /** Members of one set at one version, and the change against the previous stored version. */
    public record Count(long setId, long members, long added, long removed) {
    }

    /** Which stored versions of a dataset held a member. */
    public record Holding(String datasetRid, String versionRid, String association) {
    }

    private static final int BATCH = 500;

    private final Connection connection;
    private PreparedStatement stageInsert;
    private int staged;

    private MemberRows(Connection connection) {
        this.connection = connection;
    }

    public static MemberRows on(Connection connection) {
        return new MemberRows(connection);
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    public Optional<VersionState> version(String versionRid) throws SQLException {
        List<VersionState> found = versions("version_rid = ?", versionRid);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The versions of a dataset the cache has member state for, stored ones in seq order first. */
    public List<VersionState> versionsOf(String datasetRid) throws SQLException {
        return versions("dataset_rid = ?", datasetRid);
    }

    private List<VersionState> versions(String where, String value) throws SQLException {
        List<VersionState> result = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT version_rid, dataset_rid, snapshot, seq, "
                + "state, detail FROM member_version WHERE " + where + " ORDER BY seq IS NULL, seq, version_rid")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new VersionState(rs.getString(1), rs.getString(2), rs.getString(3),
                            Jdbc.integer(rs, "seq"), State.valueOf(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return result;
    }

    public List<MemberSet> setsOf(String datasetRid) throws SQLException {
        List<MemberSet> sets = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, dataset_rid, association, member_table "
                + "FROM member_set WHERE dataset_rid = ? ORDER BY member_table, association")) {
            ps.setString(1, datasetRid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sets.add(new MemberSet(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return sets;
    }

    public Map<Long, Count> counts(String versionRid) throws SQLException {
        Map<Long, Count> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_id, members, added, removed "
                + "FROM member_count WHERE version_rid = ? ORDER BY set_id")) {
            ps.setString(1, versionRid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new Count(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return counts;
    }

    /**
     * The net change of one set from seq {@code from} to seq {@code to} (from &lt; to), in member RID order: the
     * consumer gets each member that joined (+1) or left (-1). Reads only the deltas between the two versions.
     */
    public void changes(long setId, int from, int to, MemberChange consumer) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT member_rid, sum(sign) AS s FROM member_delta "
                + "WHERE set_id = ? AND seq > ? AND seq <= ? GROUP BY member_rid HAVING s <> 0 ORDER BY member_rid")) {
            Jdbc.bind(ps, setId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs.getString(1), rs.getInt(2));
                }
            }
        }
    }

    /** How many members joined and left a set from seq {@code from} to seq {@code to} (from &lt; to). */
    public long[] changeCounts(long setId, int from, int to) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(sum(s > 0), 0), "
                + "coalesce(sum(s < 0), 0) FROM (SELECT sum(sign) AS s FROM member_delta WHERE set_id = ? "
                + "AND seq > ? AND seq <= ? GROUP BY member_rid HAVING s <> 0)")) {
            Jdbc.bind(ps, setId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** A member joining (+1) or leaving (-1) a set. */
    @FunctionalInterface
    public interface MemberChange {
        void accept(String memberRid, int sign) throws SQLException;
    }

    /** A page of the members of one set at seq, in RID order after {@code afterRid} (null: from the start). */
    public List<String> members(long setId, int seq, String afterRid, int limit) throws SQLException {
        List<String> page = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT member_rid FROM member_delta "
                + "WHERE set_id = ? AND seq <= ? AND member_rid > ? GROUP BY member_rid HAVING sum(sign) > 0 "
                + "ORDER BY member_rid LIMIT ?")) {
            Jdbc.bind(ps, setId, seq, afterRid == null ? "" : afterRid, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(rs.getString(1));
                }
            }
        }
        return page;
    }

    /** The stored display values (JSON objects) of some members of a table; absent ones are left out. */
    public Map<String, String> display(String memberTable, List<String> rids) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT display FROM member_record "
                + "WHERE member_table = ? AND rid = ?")) {
            for (String rid : rids) {
                Jdbc.bind(ps, memberTable, rid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        values.put(rid, rs.getString(1));
                    }
                }
            }
        }
        return values;
    }

    /** The member tables that have stored member sets (so that lookups for other tables can be skipped). */
    public java.util.Set<String> memberTables() throws SQLException {
        java.util.Set<String> tables = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT member_table FROM member_set");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The stored versions whose membership holds this row, in any set whose member table is given. */
    public List<Holding> holding(String memberTable, String memberRid) throws SQLException {
        List<Holding> result = new ArrayList<>();
        String sql = "SELECT s.dataset_rid, v.version_rid, s.association FROM member_set s "
                + "JOIN member_version v ON v.dataset_rid = s.dataset_rid AND v.state = 'STORED' "
                + "WHERE s.member_table = ? AND (SELECT sum(d.sign) FROM member_delta d WHERE d.set_id = s.id "
                + "AND d.member_rid = ? AND d.seq <= v.seq) > 0 ORDER BY s.dataset_rid, v.seq";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Jdbc.bind(ps, memberTable, memberRid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Holding(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }

    // ---- writing (inside a write transaction) ---------------------------------------------------------------------

    /** The set of a dataset's association, created when new. */
    public long setId(String datasetRid, String association, String memberTable) throws SQLException {
        update("INSERT OR IGNORE INTO member_set (dataset_rid, association, member_table) VALUES (?, ?, ?)",
                datasetRid, association, memberTable);
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM member_set "
                + "WHERE dataset_rid = ? AND association = ?")) {
            Jdbc.bind(ps, datasetRid, association);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Empties the staging table that receives one version's members as they are read. */
    public void startStaging() throws SQLException {
        execute("CREATE TEMP TABLE IF NOT EXISTS member_now (rid TEXT PRIMARY KEY) WITHOUT ROWID");
        execute("CREATE TEMP TABLE IF NOT EXISTS member_prev (rid TEXT PRIMARY KEY) WITHOUT ROWID");
        execute("DELETE FROM member_now");
        staged = 0;
    }

    /** Adds a member read from the catalog to the staging table (duplicates are ignored). */
    public void stage(String memberRid) throws SQLException {
        if (stageInsert == null) {
            stageInsert = connection.prepareStatement("INSERT OR IGNORE INTO member_now (rid) VALUES (?)");
        }
        stageInsert.setString(1, memberRid);
        stageInsert.addBatch();
        if (++staged % BATCH == 0) {
            stageInsert.executeBatch();
        }
    }

    /**
     * Stores the staged members of one set as version {@code seq}: the deltas against the set's membership at
     * {@code previousSeq} (0 = nothing before) and the counts.
     */
    public Count commitStaged(String versionRid, long setId, int seq, int previousSeq) throws SQLException {
        flushStage();
        execute("DELETE FROM member_prev");
        update("INSERT INTO member_prev (rid) SELECT member_rid FROM member_delta WHERE set_id = ? AND seq <= ? "
                + "GROUP BY member_rid HAVING sum(sign) > 0", setId, previousSeq);
        long added = update("INSERT INTO member_delta (set_id, member_rid, seq, sign) SELECT ?, n.rid, ?, 1 "
                + "FROM member_now n WHERE NOT EXISTS (SELECT 1 FROM member_prev p WHERE p.rid = n.rid)", setId, seq);
        long removed = update("INSERT INTO member_delta (set_id, member_rid, seq, sign) SELECT ?, p.rid, ?, -1 "
                + "FROM member_prev p WHERE NOT EXISTS (SELECT 1 FROM member_now n WHERE n.rid = p.rid)", setId, seq);
        long members = single("SELECT count(*) FROM member_now");
        update("INSERT INTO member_count (version_rid, set_id, members, added, removed) VALUES (?, ?, ?, ?, ?)",
                versionRid, setId, members, added, removed);
        return new Count(setId, members, added, removed);
    }

    /** A page of the staged members (in RID order after {@code afterRid}) with no display record for the table. */
    public List<String> stagedWithoutRecord(String memberTable, String afterRid, int limit) throws SQLException {
        flushStage();
        List<String> page = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT n.rid FROM member_now n WHERE n.rid > ? "
                + "AND NOT EXISTS (SELECT 1 FROM member_record r WHERE r.member_table = ? AND r.rid = n.rid) "
                + "ORDER BY n.rid LIMIT ?")) {
            Jdbc.bind(ps, afterRid, memberTable, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    page.add(rs.getString(1));
                }
            }
        }
        return page;
    }

    public void putRecord(String memberTable, String rid, String displayJson) throws SQLException {
        update("INSERT OR REPLACE INTO member_record (member_table, rid, display) VALUES (?, ?, ?)", memberTable, rid,
                displayJson);
    }

    public void putVersion(VersionState v) throws SQLException {
        update("INSERT INTO member_version (version_rid, dataset_rid, snapshot, seq, state, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?)", v.versionRid(), v.datasetRid(), v.snapshot(), v.seq(),
                v.state().name(), v.detail());
    }

    /** Forgets everything stored for a dataset's members (its chain is read again from the start). */
    public void forgetDataset(String datasetRid) throws SQLException {
        update("DELETE FROM member_delta WHERE set_id IN (SELECT id FROM member_set WHERE dataset_rid = ?)",
                datasetRid);
        update("DELETE FROM member_version WHERE dataset_rid = ?", datasetRid);
        update("DELETE FROM member_set WHERE dataset_rid = ?", datasetRid);
    }

    /** Forgets every member table's content (a rebuilt demo). */
    public void clear() throws SQLException {
        for (String table : List.of("member_delta", "member_count", "member_version", "member_set", "member_record")) {
            execute("DELETE FROM " + table);
        }
    }

    /** Closes the staging statement (the writer does this when its transaction ends). */
    void close() throws SQLException {
        if (stageInsert != null) {
            stageInsert.close();
            stageInsert = null;
        }
    }

    private void flushStage() throws SQLException {
        if (stageInsert != null) {
            stageInsert.executeBatch();
        }
    }

    private long single(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            return ps.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
