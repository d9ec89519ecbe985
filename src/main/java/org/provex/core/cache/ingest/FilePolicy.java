package org.provex.core.cache.ingest;

import org.provex.core.model.AssetFile;
import org.provex.core.model.MetadataKind;

/** Which metadata file bodies a load reads into the blob store while it maps the rows. */
public enum FilePolicy {

    /** Every {@code Execution_Metadata} file (the embedded demo, whose files are in memory). */
    ALL_METADATA,

    /**
     * Only each run's configuration.json, which the load needs to pin inputs and per-run versions; the other files
     * are fetched when opened (a live catalog, where each file is a request).
     */
    CONFIGURATION_ONLY;

    /** Whether a load needs this asset's body. */
    public boolean loads(AssetFile asset) {
        return asset.isMetadata() && (this == ALL_METADATA || asset.kind() == MetadataKind.CONFIGURATION);
    }
}
