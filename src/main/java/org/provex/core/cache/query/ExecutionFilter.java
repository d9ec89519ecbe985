package org.provex.core.cache.query;

import java.time.Instant;
import java.util.Set;
import org.provex.core.model.Rid;

/**
 * Filters of an executions list; empty sets and nulls mean "any".
 *
 * @param statuses       catalog status terms, matched exactly
 * @param workflows      workflow RIDs
 * @param inputDataset   only runs that consumed this dataset
 * @param inputVersion   with {@code inputDataset}: only runs pinned to this {@code Dataset_Version} row
 * @param text           words that must all occur (case-insensitive substrings) in the description,
 *                       status detail or workflow name
 * @param createdFrom    RCT at or after this instant
 * @param createdBefore  RCT strictly before this instant
 */
public record ExecutionFilter(Set<String> statuses, Set<Rid> workflows, Rid inputDataset, Rid inputVersion,
                              String text, Instant createdFrom, Instant createdBefore) {

    public static final ExecutionFilter ALL = new ExecutionFilter(Set.of(), Set.of(), null, null, null, null, null);

    public ExecutionFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        workflows = workflows == null ? Set.of() : Set.copyOf(workflows);
    }

    public ExecutionFilter withStatuses(String... terms) {
        return new ExecutionFilter(Set.of(terms), workflows, inputDataset, inputVersion, text, createdFrom,
                createdBefore);
    }

    public ExecutionFilter withWorkflows(Rid... rids) {
        return new ExecutionFilter(statuses, Set.of(rids), inputDataset, inputVersion, text, createdFrom,
                createdBefore);
    }

    public ExecutionFilter withInput(Rid dataset, Rid version) {
        return new ExecutionFilter(statuses, workflows, dataset, version, text, createdFrom, createdBefore);
    }

    public ExecutionFilter withText(String words) {
        return new ExecutionFilter(statuses, workflows, inputDataset, inputVersion, words, createdFrom,
                createdBefore);
    }

    public ExecutionFilter withCreated(Instant from, Instant before) {
        return new ExecutionFilter(statuses, workflows, inputDataset, inputVersion, text, from, before);
    }
}
