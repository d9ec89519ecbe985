package org.provex.core.cache.query;

import java.util.List;
import org.provex.core.model.DatasetVersion;

/**
 * Who produced a dataset version ({@code Dataset_Version.Execution}) and which runs consumed it.
 *
 * @param producer the producing execution, or null when none is recorded or it is not in the cache
 */
public record DatasetVersionUsage(DatasetVersion version, ExecutionRow producer, List<ExecutionRow> consumers) {

    public DatasetVersionUsage {
        consumers = List.copyOf(consumers);
    }
}
