package org.provex.ui.common;

import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.workspace.RecordLinks;
import org.provex.core.workspace.Workspace;

/**
 * The catalog the window shows: its open cache (read only through queries, off the FX thread), what
 * the cache reflects, and the links its records can offer. Replaced as a whole when the catalog changes.
 */
public record CatalogSession(String name, CacheDatabase db, CacheMeta meta, RecordLinks links) {

    public boolean isDemo() {
        return Workspace.DEMO.equals(name);
    }
}
