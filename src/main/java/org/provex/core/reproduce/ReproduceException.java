package org.provex.core.reproduce;

/** A reproduction step that cannot go on; the message says why and what to do, in words a researcher can act on. */
public class ReproduceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReproduceException(String message) {
        super(message);
    }

    public ReproduceException(String message, Throwable cause) {
        super(message, cause);
    }
}
