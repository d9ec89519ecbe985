package org.provex.ui.datasets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.model.Rid;

/** A dataset in the nesting tree with the datasets nested in it ({@code Dataset_Dataset}). */
public record DatasetNode(DatasetSummary summary, List<DatasetNode> children) {

    public DatasetNode {
        children = List.copyOf(children);
    }

    public Rid rid() {
        return summary.dataset().rid();
    }

    /**
     * Roots are the datasets no other cached dataset nests; a child nested in two parents appears under both.
     * A nesting cycle (not made by deriva-ml, but possible in data) is cut where it closes.
     */
    static List<DatasetNode> forest(List<DatasetSummary> datasets) {
        Map<Rid, DatasetSummary> byRid = new HashMap<>();
        datasets.forEach(d -> byRid.put(d.dataset().rid(), d));
        Set<Rid> nested = new HashSet<>();
        datasets.forEach(d -> d.children().stream().filter(byRid::containsKey).forEach(nested::add));
        List<DatasetNode> roots = new ArrayList<>();
        for (DatasetSummary d : datasets) {
            if (!nested.contains(d.dataset().rid())) {
                roots.add(node(d, byRid, new HashSet<>()));
            }
        }
        if (roots.isEmpty() && !datasets.isEmpty()) {
            // Every dataset is nested in another: a pure cycle. Show them all flat rather than nothing.
            datasets.forEach(d -> roots.add(new DatasetNode(d, List.of())));
        }
        return roots;
    }

    private static DatasetNode node(DatasetSummary d, Map<Rid, DatasetSummary> byRid, Set<Rid> path) {
        path.add(d.dataset().rid());
        List<DatasetNode> kids = new ArrayList<>();
        for (Rid child : d.children()) {
            DatasetSummary c = byRid.get(child);
            if (c != null && !path.contains(child)) {
                kids.add(node(c, byRid, path));
            }
        }
        path.remove(d.dataset().rid());
        return new DatasetNode(d, kids);
    }
}
