package org.provex.core.workspace;

/** A catalog name that is not configured, or a catalog with nothing cached yet. */
public class UnknownCatalogException extends RuntimeException {

    public UnknownCatalogException(String message) {
        super(message);
    }
}
