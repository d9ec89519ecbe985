package org.provex.core.diff;

/** A comparison cannot be made as asked (too few runs, a run twice, an unknown baseline). The message says why. */
public class DiffException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DiffException(String message) {
        super(message);
    }

    public DiffException(String message, Throwable cause) {
        super(message, cause);
    }
}
