package org.provex.core.links;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.cache.query.ResolvedRid;
import org.provex.core.workspace.Workspace;

/**
 * Finds the record a {@link RecordLink} names in the cache of its catalog. When the catalog is added but the
 * record is not cached (a run newer than the last sync, or a catalog never synced), the catalog is synced first,
 * once; the demo catalog is never synced. Blocking: call it off the FX thread.
 */
public final class LinkedRecords {

    /** Brings one catalog's cache up to date (the CLI with its progress line, the window with its status bar). */
    @FunctionalInterface
    public interface Syncer {
        void sync(String catalog) throws IOException;
    }

    /**
     * Where the link landed.
     *
     * @param catalog the catalog's name
     * @param record  what the RID is in that catalog
     * @param synced  whether the catalog was synced to find it
     */
    public record Found(String catalog, ResolvedRid record, boolean synced) {
    }

    private final Workspace workspace;
    private final Syncer syncer;

    public LinkedRecords(Workspace workspace, Syncer syncer) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.syncer = Objects.requireNonNull(syncer, "syncer");
    }

    /**
     * The record the link names.
     *
     * @throws LinkException when the link's catalog is not added, or the record is not in it even after a sync
     */
    public Found find(RecordLink link) throws IOException {
        String name = link.catalogIn(workspace.settings()).orElseThrow(() -> new LinkException(
                link.notAddedMessage()));
        Optional<ResolvedRid> cached = lookup(name, link);
        if (cached.isPresent()) {
            return new Found(name, cached.get(), false);
        }
        if (Workspace.DEMO.equals(name)) {
            throw new LinkException("No record " + link.rid() + " in the demo catalog.");
        }
        syncer.sync(name);
        return lookup(name, link).map(r -> new Found(name, r, true)).orElseThrow(() -> new LinkException(
                "No execution, workflow, dataset or file " + link.rid() + " in catalog '" + name
                        + "', synced just now: the record may have been deleted, or belong to a table Provex does not "
                        + "read. Open the link in a browser to see it."));
    }

    private Optional<ResolvedRid> lookup(String name, RecordLink link) throws IOException {
        if (!Workspace.DEMO.equals(name) && !workspace.hasCache(name)) {
            return Optional.empty();
        }
        try (CacheDatabase db = workspace.openCache(name)) {
            return new LookupQueries(db).resolve(link.rid());
        }
    }
}
