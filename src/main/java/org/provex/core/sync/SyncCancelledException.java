package org.provex.core.sync;

import java.util.concurrent.CancellationException;

/** The sync was cancelled; like any failure, nothing it did was kept. */
public final class SyncCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public SyncCancelledException(String catalog) {
        super("The sync of " + catalog + " was cancelled; the cache is as it was before. Sync again to finish it.");
    }
}
