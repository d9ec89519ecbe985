package org.provex.core.cache.query;

/** The columns an executions list can be sorted by; each maps to a fixed SQL expression. */
public enum ExecutionColumn {
    RID("e.rid", false),
    DESCRIPTION("e.description COLLATE NOCASE", true),
    WORKFLOW("e.workflow_name COLLATE NOCASE", true),
    STATUS("e.status", true),
    CREATED("e.rct", false),
    EXECUTION_DURATION("e.execution_seconds", true),
    DOWNLOAD_DURATION("e.download_seconds", true),
    UPLOAD_DURATION("e.upload_seconds", true),
    LEGACY_DURATION("e.legacy_seconds", true),
    INPUT_COUNT("e.input_count", false);

    private final String sql;
    private final boolean nullable;

    ExecutionColumn(String sql, boolean nullable) {
        this.sql = sql;
        this.nullable = nullable;
    }

    /** The ORDER BY term for this column; empty values sort last in both directions. */
    String orderBy(boolean ascending) {
        return sql + (ascending ? " ASC" : " DESC") + (nullable ? " NULLS LAST" : "");
    }

    /** Whether empty values are read as a tail of their own (they sort last in both directions). */
    boolean nullable() {
        return nullable;
    }

    /** The column's SQL expression (with its collation). */
    String sql() {
        return sql;
    }

    /** Whether empty values come last in this direction (always for nullable columns; SQLite's order otherwise). */
    boolean nullsLast(boolean ascending) {
        return nullable || !ascending;
    }
}
