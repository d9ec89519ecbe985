package org.provex.core.cache;

/** A cache database could not be opened, migrated, read or written. The message says what to do. */
public class CacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
