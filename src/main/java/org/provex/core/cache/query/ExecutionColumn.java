package org.provex.core.cache.query;

/** The columns an executions list can be sorted by; each maps to a fixed SQL expression. */
public enum ExecutionColumn {
    RID("e.rid", false, "execution_rid_keys"),
    DESCRIPTION("e.description COLLATE NOCASE", true, "execution_description"),
    WORKFLOW("e.workflow_name COLLATE NOCASE", true, "execution_workflow_name"),
    STATUS("e.status", true, "execution_status_rid"),
    CREATED("e.rct", false, "execution_rct"),
    EXECUTION_DURATION("e.execution_seconds", true, "execution_exec_seconds"),
    DOWNLOAD_DURATION("e.download_seconds", true, "execution_download_seconds"),
    UPLOAD_DURATION("e.upload_seconds", true, "execution_upload_seconds"),
    LEGACY_DURATION("e.legacy_seconds", true, "execution_legacy_seconds"),
    INPUT_COUNT("e.input_count", false, "execution_input_count");

    private final String sql;
    private final boolean nullable;
    private final String index;

    ExecutionColumn(String sql, boolean nullable, String index) {
        this.sql = sql;
        this.nullable = nullable;
        this.index = index;
    }

    /** The index of this key, ending with the RID and the columns the filters test (migrations V5 and V6). */
    String index() {
        return index;
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
