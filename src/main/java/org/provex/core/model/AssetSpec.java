package org.provex.core.model;

/**
 * An input asset declared in configuration.json: a catalog asset by RID, or a local file
 * ({@code LocalFile}: a path registered as a {@code File} row). Exactly one of rid and path is set.
 */
public record AssetSpec(Rid rid, String path, boolean cache) {

    public boolean isLocalFile() {
        return path != null;
    }
}
