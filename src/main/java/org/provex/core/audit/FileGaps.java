package org.provex.core.audit;

import org.provex.core.model.AssetFile;

/** Says why a metadata file's body is not in the cache, as far as the caller knows (an on-demand fetch, say). */
@FunctionalInterface
public interface FileGaps {

    /** Nothing was tried: every missing body is simply not downloaded. */
    FileGaps NOT_DOWNLOADED = file -> MissingBody.NOT_DOWNLOADED;

    /** Why this file, whose body is not in the cache, is missing. */
    MissingBody why(AssetFile file);

    /** Every missing body for the same reason (e.g. offline on purpose). */
    static FileGaps all(MissingBody reason) {
        return file -> reason;
    }
}
