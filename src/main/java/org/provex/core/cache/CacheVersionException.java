package org.provex.core.cache;

import java.nio.file.Path;

/**
 * The cache file was written by a newer Provex (its schema version is higher than this build
 * knows). The file is left untouched.
 */
public class CacheVersionException extends CacheException {

    private static final long serialVersionUID = 1L;

    private final int fileVersion;
    private final int supportedVersion;

    public CacheVersionException(Path file, int fileVersion, int supportedVersion) {
        super("The cache " + file + " has schema version " + fileVersion + " but this Provex supports up to "
                + supportedVersion + "; update Provex, or delete the file to rebuild the cache with a new sync");
        this.fileVersion = fileVersion;
        this.supportedVersion = supportedVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int supportedVersion() {
        return supportedVersion;
    }
}
