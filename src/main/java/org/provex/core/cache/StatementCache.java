package org.provex.core.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared update statements kept by their SQL text for one connection, so the repeated writes of a load or a
 * sync prepare each statement once. Closed with the writer that owns it.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** Binds the values ({@link Jdbc#bind}) and runs the update; returns the number of rows it changed. */
    int update(String sql, Object... values) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        Jdbc.bind(ps, values);
        return ps.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }
}
