package org.provex.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One order for the keys of several documents: the first document's order, with keys that only later documents
 * have inserted right after the key that precedes them there.
 */
final class PathOrder {

    private static final String HEAD = "\u0000head";

    private final Map<String, String> next = new HashMap<>();
    private String tail = HEAD;

    /** Adds a document's keys in its own order. */
    void add(Iterable<String> keys) {
        String previous = HEAD;
        for (String k : keys) {
            if (!next.containsKey(k) && !k.equals(tail)) {
                insertAfter(previous, k);
            }
            previous = k;
        }
    }

    private void insertAfter(String previous, String key) {
        String following = next.get(previous);
        next.put(previous, key);
        if (following != null) {
            next.put(key, following);
        }
        if (previous.equals(tail)) {
            tail = key;
        }
    }

    List<String> keys() {
        List<String> out = new ArrayList<>();
        for (String k = next.get(HEAD); k != null; k = next.get(k)) {
            out.add(k);
        }
        return out;
    }
}
