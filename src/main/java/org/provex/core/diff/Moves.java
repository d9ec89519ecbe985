package org.provex.core.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which elements of a list moved. An element moved when it is not part of the longest run of common elements
 * that kept their relative order, so inserting or removing one element does not make the others "moved".
 */
final class Moves {

    private Moves() {
    }

    /** Keys present in both lists (each unique within its list) whose relative order changed. */
    static Set<String> moved(List<String> before, List<String> after) {
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            pos.put(before.get(i), i);
        }
        List<String> common = new ArrayList<>();
        List<Integer> seq = new ArrayList<>();
        for (String k : after) {
            Integer p = pos.get(k);
            if (p != null) {
                common.add(k);
                seq.add(p);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i : longestIncreasing(seq)) {
            kept.add(common.get(i));
        }
        Set<String> moved = new HashSet<>(common);
        moved.removeAll(kept);
        return moved;
    }

    /** Indices into {@code seq} of one longest strictly increasing subsequence (patience sorting, n log n). */
    private static List<Integer> longestIncreasing(List<Integer> seq) {
        int n = seq.size();
        int[] tails = new int[n];
        int[] prev = new int[n];
        Arrays.fill(prev, -1);
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (seq.get(tails[mid]) < seq.get(i)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = prev[i]) {
            out.add(0, i);
        }
        return out;
    }
}
