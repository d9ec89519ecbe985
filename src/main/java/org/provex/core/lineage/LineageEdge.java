package org.provex.core.lineage;

/**
 * A relation between two nodes, stated the way deriva-ml records it: {@code consumed} (input → execution),
 * {@code produced} (execution → output asset or authored dataset version), {@code contains} (parent dataset version →
 * the nested version it held at its snapshot, or dataset version → member asset), {@code ran} (workflow → execution),
 * {@code parent} (sweep parent → job), {@code version} (dataset → its version) and {@code code} (commit →
 * execution). For {@code contains} data flows from {@code to} to {@code from}; for every other relation from
 * {@code from} to {@code to}.
 */
public record LineageEdge(String from, String to, String relation) {

    /** Whether data flows against the stated direction. */
    public boolean reversed() {
        return relation.equals("contains");
    }
}
