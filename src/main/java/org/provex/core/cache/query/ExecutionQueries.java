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
        String sql = "SELECT " + ROW_COLUMNS + FROM + where.sql()
                + " ORDER BY " + sort.column().orderBy(sort.ascending()) + ", e.rid "
                + (sort.ascending() ? "ASC" : "DESC") + " LIMIT ? OFFSET ?";
        List<Object> params = new ArrayList<>(where.params());
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return db.read(c -> rows(c, sql, params));
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
