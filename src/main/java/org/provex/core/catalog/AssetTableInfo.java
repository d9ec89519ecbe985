package org.provex.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * An asset table and the associations that link its rows to executions and to type terms.
 *
 * @param table the asset table
 * @param executions its association with {@code Execution}, absent when the catalog has none (EyeAI {@code File})
 * @param types its association with a type vocabulary, absent when the catalog has none
 */
public record AssetTableInfo(TableRef table, Optional<ExecutionAssociation> executions,
                             Optional<TypeAssociation> types) {

    public AssetTableInfo {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(types, "types");
    }
}
