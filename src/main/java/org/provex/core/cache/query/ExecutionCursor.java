package org.provex.core.cache.query;

/**
 * A position in a sorted executions list: the sort value and the RID of the row that a page starts after (keyset
 * paging). {@code key} is the column's value as stored (text, an integer or a real number) or null.
 */
public record ExecutionCursor(Object key, String rid) {
}
