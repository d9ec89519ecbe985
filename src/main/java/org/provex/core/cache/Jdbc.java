package org.provex.core.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.provex.core.model.Rid;

/** Small conversions between model values and SQLite columns, shared by the writer and the queries. */
public final class Jdbc {

    private Jdbc() {
    }

    public static Long micros(Instant instant) {
        return instant == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.EPOCH.plus(v, ChronoUnit.MICROS);
    }

    public static Rid rid(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : new Rid(v);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    public static String text(Rid rid) {
        return rid == null ? null : rid.value();
    }

    /** Binds positional parameters; Java null, Rid, Instant (as micros), Boolean and numbers are handled. */
    public static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int p = i + 1;
            if (v == null) {
                ps.setNull(p, Types.NULL);
            } else if (v instanceof Rid r) {
                ps.setString(p, r.value());
            } else if (v instanceof Instant t) {
                ps.setLong(p, micros(t));
            } else if (v instanceof Boolean b) {
                ps.setInt(p, b ? 1 : 0);
            } else if (v instanceof Integer n) {
                ps.setInt(p, n);
            } else if (v instanceof Long n) {
                ps.setLong(p, n);
            } else if (v instanceof Double d) {
                ps.setDouble(p, d);
            } else {
                ps.setString(p, v.toString());
            }
        }
    }
}
