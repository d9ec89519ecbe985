package org.provex.ui.common;

import java.util.Objects;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.links.RecordLinks;
import org.provex.core.live.RemoteFiles;
import org.provex.core.workspace.Workspace;

/**
 * The catalog the window shows: its open cache (read only through queries, off the FX thread), what
 * the cache reflects, the links its records can offer, and where metadata files that are not cached yet
 * can be fetched from. Replaced as a whole when the catalog changes or a sync lands.
 */
public record CatalogSession(String name, CacheDatabase db, CacheMeta meta, RecordLinks links, RemoteFiles files) {

    public CatalogSession {
        files = Objects.requireNonNullElse(files, RemoteFiles.NONE);
    }

    /** A session that fetches nothing (the demo, tests). */
    public CatalogSession(String name, CacheDatabase db, CacheMeta meta, RecordLinks links) {
        this(name, db, meta, links, RemoteFiles.NONE);
    }

    public boolean isDemo() {
        return Workspace.DEMO.equals(name);
    }
}
