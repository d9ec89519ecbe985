package org.provex.core.catalog;

/** The catalog's schema document cannot be read as a deriva-ml catalog; the message says why and what to do. */
public class CatalogSchemaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogSchemaException(String message) {
        super(message);
    }

    public CatalogSchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
