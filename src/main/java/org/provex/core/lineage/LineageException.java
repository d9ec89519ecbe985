package org.provex.core.lineage;

/** A lineage, impact or member question the cache cannot answer, with a message a person can act on. */
public final class LineageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LineageException(String message) {
        super(message);
    }
}
