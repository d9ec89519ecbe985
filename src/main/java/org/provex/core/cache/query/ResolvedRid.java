package org.provex.core.cache.query;

import org.provex.core.model.Rid;

/** What a RID names in the cache, with a label for search results. */
public record ResolvedRid(Rid rid, Kind kind, String label) {

    public enum Kind { EXECUTION, WORKFLOW, DATASET, DATASET_VERSION, ASSET }
}
