package org.provex.core.catalog;

import java.util.Objects;

/**
 * A table named by schema and table name, e.g. {@code ("deriva-ml", "Execution")}.
 *
 * @param schema the ERMrest schema name
 * @param table the table name within that schema
 */
public record TableRef(String schema, String table) {

    public TableRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        if (schema.isEmpty() || table.isEmpty()) {
            throw new IllegalArgumentException("A table reference needs a schema and a table name");
        }
    }

    /** The ERMrest qualified name, e.g. {@code deriva-ml:Execution}. */
    public String qualified() {
        return schema + ":" + table;
    }

    /**
     * Parses a qualified name written by {@link #qualified()}.
     *
     * @throws IllegalArgumentException when the text is not {@code schema:table}
     */
    public static TableRef parse(String qualified) {
        Objects.requireNonNull(qualified, "qualified");
        // Schema names never contain ':' in deriva-ml catalogs; table names might, so split at the first one.
        int colon = qualified.indexOf(':');
        if (colon <= 0 || colon == qualified.length() - 1) {
            throw new IllegalArgumentException("Not a qualified table name (schema:table): '" + qualified + "'");
        }
        return new TableRef(qualified.substring(0, colon), qualified.substring(colon + 1));
    }

    @Override
    public String toString() {
        return qualified();
    }
}
