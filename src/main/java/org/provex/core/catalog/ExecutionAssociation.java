package org.provex.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code <Asset>_Execution} association of an asset table.
 *
 * @param association the association table
 * @param assetColumn its column referencing the asset's RID
 * @param executionColumn its column referencing {@code Execution.RID}
 * @param roleColumn its column referencing {@code Asset_Role} ({@code "Asset_Role"}), when present
 */
public record ExecutionAssociation(TableRef association, String assetColumn, String executionColumn,
                                   Optional<String> roleColumn) {

    public ExecutionAssociation {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(assetColumn, "assetColumn");
        Objects.requireNonNull(executionColumn, "executionColumn");
        Objects.requireNonNull(roleColumn, "roleColumn");
    }
}
