package org.provex.core.model;

import java.time.Instant;
import java.util.List;

/**
 * A {@code Dataset} row.
 *
 * @param currentVersion the {@code Dataset_Version} row that {@code Dataset.Version} points to, or null
 * @param types          {@code Dataset_Type} terms
 */
public record Dataset(Rid rid, String description, boolean deleted, Rid currentVersion, List<String> types,
                      Instant created, Instant modified) {

    public Dataset {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
