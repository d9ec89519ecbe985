package org.provex.core.cache.query;

import java.util.List;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;

/**
 * A dataset with its version history in PEP 440 order (oldest first; {@link DatasetVersion#isDev()}
 * flags dev versions).
 *
 * @param current  the row {@code Dataset.Version} points to, or null
 * @param children nested datasets ({@code Dataset_Dataset})
 */
public record DatasetSummary(Dataset dataset, String label, DatasetVersion current, List<DatasetVersion> history,
                             List<Rid> children) {

    public DatasetSummary {
        history = List.copyOf(history);
        children = List.copyOf(children);
    }
}
