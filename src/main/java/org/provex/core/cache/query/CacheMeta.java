package org.provex.core.cache.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.provex.core.model.Snaptime;

/**
 * What the cache reflects.
 *
 * @param snaptime  the catalog snapshot of the last load, or null when the cache was never loaded
 * @param syncedAt  when the last load committed, or null
 * @param counts    rows per cache table (executions, workflows, datasets, dataset_versions, inputs, assets, links)
 */
public record CacheMeta(String source, Snaptime snaptime, Instant syncedAt, String modelShape,
                        List<String> modelNotes, Map<String, Long> counts) {

    public CacheMeta {
        modelNotes = List.copyOf(modelNotes);
        counts = Map.copyOf(counts);
    }

    public boolean isEmpty() {
        return snaptime == null;
    }
}
