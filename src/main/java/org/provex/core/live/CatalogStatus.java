package org.provex.core.live;

import java.time.Instant;
import org.provex.core.model.Snaptime;

/**
 * One catalog as the catalog list shows it.
 *
 * @param name the catalog's name in Provex
 * @param url where it lives, {@code https://host/ermrest/catalog/id}, or a note for the demo
 * @param syncedAt when its cache was last filled, or null when never
 * @param snaptime the snapshot the cache reflects, or null
 * @param executions executions in the cache
 */
public record CatalogStatus(String name, String url, Instant syncedAt, Snaptime snaptime, long executions) {

    public boolean isSynced() {
        return snaptime != null;
    }
}
