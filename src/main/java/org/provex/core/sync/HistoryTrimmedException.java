package org.provex.core.sync;

import org.provex.core.catalog.http.CatalogException;
import org.provex.core.model.Snaptime;

/**
 * 409 while syncing: the snapshot the sync pinned left the catalog's retained history while it was being read (the
 * owner trimmed the history). Nothing in the cache changed; a new sync pins a newer snapshot.
 */
public final class HistoryTrimmedException extends CatalogException {

    private static final long serialVersionUID = 1L;

    public HistoryTrimmedException(String catalog, Snaptime snaptime, CatalogException cause) {
        super("Snapshot " + snaptime + " of catalog " + catalog + " was removed from the catalog's history while "
                + "Provex was reading it, so the sync could not finish. Nothing in the cache was changed; sync again "
                + "to read the catalog as it is now.", 409, cause);
    }
}
