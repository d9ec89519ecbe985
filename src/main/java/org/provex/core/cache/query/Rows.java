package org.provex.core.cache.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provex.core.cache.Jdbc;
import org.provex.core.model.AssetFile;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;

/** Maps cache rows back to model records; shared by the query classes. */
public final class Rows {

    static final String VERSION_COLUMNS = "v.rid, v.dataset_rid, v.version, v.description, v.execution_rid, v.minid, "
            + "v.snapshot, v.rct, v.rmt";
    static final String ASSET_COLUMNS = "a.rid, a.asset_table, a.url, a.filename, a.length, a.md5, a.description, "
            + "a.rct, a.rmt";

    private Rows() {
    }

    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
        }
        return result;
    }

    public static <T> Optional<T> first(Connection c, String sql, Mapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    static List<String> terms(Connection c, String table, String ownerColumn, String owner) throws SQLException {
        // table and column names come from the callers' constants, never from data
        return list(c, "SELECT term FROM " + table + " WHERE " + ownerColumn + " = ? ORDER BY term",
                rs -> rs.getString(1), owner);
    }

    static Optional<Workflow> workflow(Connection c, String rid) throws SQLException {
        Optional<Workflow> w = first(c, "SELECT rid, name, description, url, checksum, version, rct, rmt "
                + "FROM workflow WHERE rid = ?", rs -> new Workflow(Jdbc.rid(rs, "rid"), rs.getString("name"),
                rs.getString("description"), rs.getString("url"), rs.getString("checksum"), rs.getString("version"),
                List.of(), Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt")), rid);
        if (w.isEmpty()) {
            return w;
        }
        Workflow x = w.get();
        return Optional.of(new Workflow(x.rid(), x.name(), x.description(), x.url(), x.checksum(), x.version(),
                terms(c, "workflow_type", "workflow_rid", rid), x.created(), x.modified()));
    }

    static Execution execution(ResultSet rs) throws SQLException {
        return new Execution(Jdbc.rid(rs, "rid"), Jdbc.rid(rs, "workflow_rid"), rs.getString("description"),
                rs.getString("status"), rs.getString("status_detail"),
                ExecutionDurations.of(rs.getString("execution_duration"), rs.getString("download_duration"),
                        rs.getString("upload_duration"), rs.getString("legacy_duration")),
                Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt"));
    }

    static DatasetVersion version(ResultSet rs) throws SQLException {
        return new DatasetVersion(Jdbc.rid(rs, "rid"), Jdbc.rid(rs, "dataset_rid"), rs.getString("version"),
                rs.getString("description"), Jdbc.rid(rs, "execution_rid"), rs.getString("minid"),
                Snaptime.parseOrNull(rs.getString("snapshot")), Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt"));
    }

    /** An asset without its types; see {@link #withTypes}. */
    static AssetFile asset(ResultSet rs) throws SQLException {
        long length = rs.getLong("length");
        boolean noLength = rs.wasNull();
        return new AssetFile(Jdbc.rid(rs, "rid"), rs.getString("asset_table"), rs.getString("url"),
                rs.getString("filename"), noLength ? -1 : length, rs.getString("md5"), rs.getString("description"),
                List.of(), Jdbc.instant(rs, "rct"), Jdbc.instant(rs, "rmt"));
    }

    static AssetFile withTypes(Connection c, AssetFile a) throws SQLException {
        return new AssetFile(a.rid(), a.table(), a.url(), a.filename(), a.length(), a.md5(), a.description(),
                terms(c, "asset_type", "asset_rid", a.rid().value()), a.created(), a.modified());
    }
}
