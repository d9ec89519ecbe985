package org.provex.testserver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.catalog.CatalogSource;
import org.provex.core.catalog.TableRef;
import org.provex.core.model.Snaptime;

/**
 * The published states of the test catalog, oldest first, with ERMrest's snapshot rules: a snaptime reads the latest
 * state at or before it (clamping), a snaptime before the retained history reads nothing. RIDs that disappear
 * between states are remembered (for {@code entity_rid}) even after the history is truncated. Thread-safe.
 */
final class CatalogHistory {

    /** A row that disappeared: its table, the snapshot that no longer has it, the last one that did. */
    record Deletion(TableRef table, Snaptime deletedAt, Snaptime lastVisible) {
    }

    private final List<ServedState> states = new ArrayList<>();
    private final Map<String, Deletion> deletions = new HashMap<>();

    synchronized void publish(CatalogSource source) throws IOException {
        ServedState state = ServedState.read(source);
        if (!states.isEmpty()) {
            ServedState previous = states.get(states.size() - 1);
            if (state.snaptime().compareTo(previous.snaptime()) <= 0) {
                throw new IllegalArgumentException("A new state needs a later snaptime than " + previous.snaptime()
                        + ", not " + state.snaptime());
            }
            previous.ridIndex().forEach((rid, table) -> {
                if (state.tableOfRid(rid).isEmpty()) {
                    deletions.put(rid, new Deletion(table, state.snaptime(), previous.snaptime()));
                }
            });
            state.ridIndex().keySet().forEach(deletions::remove);
        }
        states.add(state);
    }

    /** Forgets every state older than {@code snaptime}, as {@code DELETE /history/,{until}} does. */
    synchronized void truncateBefore(Snaptime snaptime) {
        states.removeIf(s -> s.snaptime().compareTo(snaptime) < 0);
    }

    synchronized Optional<ServedState> latest() {
        return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
    }

    /** The state visible at a snaptime, or empty when it is before the retained history. */
    synchronized Optional<ServedState> at(Snaptime snaptime) {
        ServedState found = null;
        for (ServedState state : states) {
            if (state.snaptime().compareTo(snaptime) <= 0) {
                found = state;
            }
        }
        return Optional.ofNullable(found);
    }

    synchronized Optional<Deletion> deletion(String normalisedRid, Snaptime asOf) {
        Deletion d = deletions.get(normalisedRid);
        return d != null && d.deletedAt().compareTo(asOf) <= 0 ? Optional.of(d) : Optional.empty();
    }

    /** All states newest first (Hatrac objects are not versioned by snapshot). */
    synchronized List<ServedState> newestFirst() {
        List<ServedState> copy = new ArrayList<>(states);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
