package org.provex.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A dataset member association, {@code Dataset_<T>} in deriva-ml (or {@code <T>_Dataset} in older catalogs): each
 * row says that the member row of {@code memberTable} belongs to the dataset. {@code Dataset_Dataset} is one of them
 * (its members are the nested datasets).
 *
 * @param association the association table
 * @param datasetColumn its column referencing {@code Dataset.RID} (the owning dataset)
 * @param memberTable the member table
 * @param memberColumn its column referencing the member's RID
 * @param displayColumns columns of the member table shown beside a member's RID (may be empty)
 */
public record MemberAssociation(TableRef association, String datasetColumn, TableRef memberTable,
                                String memberColumn, List<String> displayColumns) {

    public MemberAssociation {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(datasetColumn, "datasetColumn");
        Objects.requireNonNull(memberTable, "memberTable");
        Objects.requireNonNull(memberColumn, "memberColumn");
        displayColumns = List.copyOf(displayColumns);
    }
}
