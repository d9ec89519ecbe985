package org.provex.core.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync state kept beside the provenance tables: every catalog row as ERMrest sent it, keyed by table and RID,
 * and the {@code /schema} document. Works on the connection it is given: a write transaction's (through
 * {@link CacheWriter#sourceRows()}) or the read connection (through {@link #on(Connection)} inside
 * {@link CacheDatabase#read}). Update statements are prepared once per instance.
 */
public final class SourceRows {

    private static final int BATCH = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UPSERT = "INSERT INTO source_row (table_name, rid, body, ref1, ref2) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (table_name, rid) DO UPDATE SET body = excluded.body, "
            + "ref1 = excluded.ref1, ref2 = excluded.ref2";

    private final Connection connection;
    private final StatementCache statements;
    private PreparedStatement batch;
    private int batched;

    private SourceRows(Connection connection) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    /** Reads (or, inside a write transaction, writes) through this connection. */
    public static SourceRows on(Connection connection) {
        return new SourceRows(connection);
    }

    /**
     * Stores or replaces a row with the RIDs it points at that a refresh selects it by ({@code ref1}, {@code ref2},
     * normalised; null when none): see {@link #forEachReferring}.
     */
    public void put(String table, String rid, String body, String ref1, String ref2) throws SQLException {
        update(UPSERT, table, rid, body, ref1, ref2);
    }

    /**
     * Stores or replaces a row as {@link #put} does, as part of a batch (a bulk load): written at the latest when the
     * batch is full, before any read through this object, or at {@link #flush()}.
     */
    public void append(String table, String rid, String body, String ref1, String ref2) throws SQLException {
        if (batch == null) {
            batch = connection.prepareStatement(UPSERT);
        }
        batch.setString(1, table);
        batch.setString(2, rid);
        batch.setString(3, body);
        batch.setString(4, ref1);
        batch.setString(5, ref2);
        batch.addBatch();
        if (++batched >= BATCH) {
            flush();
        }
    }

    /** Writes the rows appended so far. */
    public void flush() throws SQLException {
        if (batched > 0) {
            batch.executeBatch();
            batched = 0;
        }
    }

    /** Removes a row; true when it was there. */
    public boolean delete(String table, String rid) throws SQLException {
        return update("DELETE FROM source_row WHERE table_name = ? AND rid = ?", table, rid) > 0;
    }

    /** A stored row's body, or empty. */
    public Optional<String> get(String table, String rid) throws SQLException {
        flush();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT body FROM source_row WHERE table_name = ? AND rid = ?")) {
            ps.setString(1, table);
            ps.setString(2, rid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Streams, in RID order, the bodies of a table's rows whose RID is one of {@code rids}. */
    public void forEachByRid(String table, Collection<String> rids, Consumer<String> body) throws SQLException {
        select("SELECT body FROM source_row WHERE table_name = ?1 AND rid IN (SELECT value FROM json_each(?2)) "
                + "ORDER BY rid", table, rids, body);
    }

    /**
     * Streams, in RID order, the bodies of a table's rows whose {@code ref1} or {@code ref2} (see {@link #put}) is
     * one of {@code refs}: an index lookup per value, not a read of the table's rows.
     */
    public void forEachReferring(String table, Collection<String> refs, Consumer<String> body) throws SQLException {
        select("SELECT body FROM source_row WHERE rowid IN ("
                + "SELECT rowid FROM source_row WHERE table_name = ?1 AND ref1 IN (SELECT value FROM json_each(?2)) "
                + "UNION SELECT rowid FROM source_row WHERE table_name = ?1 AND ref2 IN "
                + "(SELECT value FROM json_each(?2))) ORDER BY rid", table, refs, body);
    }

    /** Sets the references of a stored row (rows stored before they were kept); true when the row is there. */
    public boolean setRefs(String table, String rid, String ref1, String ref2) throws SQLException {
        return update("UPDATE source_row SET ref1 = ?, ref2 = ? WHERE table_name = ? AND rid = ?", ref1, ref2, table,
                rid) > 0;
    }

    private void select(String sql, String table, Collection<String> values, Consumer<String> body)
            throws SQLException {
        flush();
        String json = JSON.writeValueAsString(values);   // one parameter however many values (json_each)
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    body.accept(rs.getString(1));
                }
            }
        }
    }

    /** The RIDs of a table as stored. */
    public Set<String> rids(String table) throws SQLException {
        flush();
        Set<String> rids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT rid FROM source_row WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rids.add(rs.getString(1));
                }
            }
        }
        return rids;
    }

    /** Streams a table's row bodies in RID order (text order, as ERMrest's {@code @sort(RID)}). */
    public void forEach(String table, Consumer<String> body) throws SQLException {
        flush();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT body FROM source_row WHERE table_name = ? ORDER BY rid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    body.accept(rs.getString(1));
                }
            }
        }
    }

    /** Rows stored per table. */
    public Map<String, Long> counts() throws SQLException {
        flush();
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT table_name, count(*) FROM source_row GROUP BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    public void putModel(String document) throws SQLException {
        update("INSERT INTO source_model (id, document) VALUES (1, ?) "
                + "ON CONFLICT (id) DO UPDATE SET document = excluded.document", document);
    }

    public Optional<String> model() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT document FROM source_model WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    private int update(String sql, Object... values) throws SQLException {
        return statements.update(sql, values);
    }

    /** Closes the statements; rows appended and not flushed are dropped (a commit flushes first). */
    void close() throws SQLException {
        if (batch != null) {
            batch.close();
            batch = null;
            batched = 0;
        }
        statements.close();
    }
}
