package org.provex.core.lineage;

import java.util.List;

/**
 * One node of a lineage graph.
 *
 * @param rid the catalog RID (null only for a commit root)
 * @param kind {@code execution}, {@code dataset_version}, {@code dataset}, {@code workflow}, {@code asset},
 *     {@code file}, or {@code commit} for the root of a commit's impact; {@code unknown} for a RID the cache lacks
 * @param label what a person reads: a run's description, {@code dataset@version}, a workflow or file name
 * @param status an execution's status, else null
 * @param detail a second fact: an execution's workflow name, a version's dataset RID, an asset's table
 * @param unknownProvenance deriva-ml's sentinel rows: shown, never walked through
 * @param depth steps from the root (0 for the root)
 * @param direction {@code up} (fed the root), {@code down} (was fed by it) or {@code root}
 * @param path the RIDs from the root to this node, both ends included, along the first way the walk found it
 */
public record LineageNode(String rid, String kind, String label, String status, String detail,
                          boolean unknownProvenance, int depth, String direction, List<String> path) {

    public LineageNode {
        path = List.copyOf(path);
    }
}
