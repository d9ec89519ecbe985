package org.provex.core.sync;

import java.io.IOException;
import java.sql.SQLException;

/** Carries a SQLException through the row consumers of {@code CatalogSource}, which cannot throw it. */
public final class Sql {

    @FunctionalInterface
    public interface SqlAction {
        void run() throws SQLException;
    }

    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    private static final class Carried extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Carried(SQLException cause) {
            super(cause);
        }
    }

    private Sql() {
    }

    /** Inside a consumer: runs the action, wrapping its SQLException. */
    public static void unchecked(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new Carried(e);
        }
    }

    /** Around the call that runs the consumers: unwraps what {@link #unchecked} wrapped. */
    public static void carry(IoAction action) throws IOException, SQLException {
        try {
            action.run();
        } catch (Carried c) {
            throw (SQLException) c.getCause();
        }
    }
}
