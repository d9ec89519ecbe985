package org.provex.core.catalog;

import java.util.Objects;

/**
 * How an entity gets its vocabulary terms through an association table, e.g. {@code File_Asset_Type}.
 *
 * @param association the association table
 * @param entityColumn its column referencing the entity's RID
 * @param termColumn its column referencing the vocabulary
 * @param vocabulary the vocabulary table
 * @param vocabularyKey the vocabulary column the foreign key references: {@code Name} normally, {@code ID} in
 *     legacy tables (EyeAI {@code File_File_Type -> File_Type.ID})
 */
public record TypeAssociation(TableRef association, String entityColumn, String termColumn,
                              TableRef vocabulary, String vocabularyKey) {

    public TypeAssociation {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(entityColumn, "entityColumn");
        Objects.requireNonNull(termColumn, "termColumn");
        Objects.requireNonNull(vocabulary, "vocabulary");
        Objects.requireNonNull(vocabularyKey, "vocabularyKey");
    }
}
