package org.provex.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.export.Citations;

/**
 * The order of the run columns: the baseline first. A new baseline swaps places with the old one, so the other
 * columns stay where the reader left them (and the grid redraws two headers, not all of them).
 */
final class ColumnOrder {

    private final List<Integer> order = new ArrayList<>();
    private List<RunRef> runs = List.of();

    List<RunHeader> headers(Comparison c, Citations citations) {
        if (!c.runs().equals(runs)) {
            runs = c.runs();
            order.clear();
            order.add(c.baselineIndex());
            for (int i = 0; i < runs.size(); i++) {
                if (i != c.baselineIndex()) {
                    order.add(i);
                }
            }
        } else if (order.get(0) != c.baselineIndex()) {
            int at = order.indexOf(c.baselineIndex());
            order.set(at, order.get(0));
            order.set(0, c.baselineIndex());
        }
        List<RunHeader> out = new ArrayList<>();
        for (int i : order) {
            RunRef r = runs.get(i);
            Citations.Citation cite = citations.cite(r.rid());
            out.add(new RunHeader(i, r, i == c.baselineIndex(), cite.text(), cite.url()));
        }
        return out;
    }
}
