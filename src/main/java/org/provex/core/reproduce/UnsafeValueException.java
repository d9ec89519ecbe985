package org.provex.core.reproduce;

/**
 * A value read from a catalog (an override, a file path, an image reference) that would change what a command means
 * or where files are written. It is refused, never cleaned up and used.
 */
public final class UnsafeValueException extends ReproduceException {

    private static final long serialVersionUID = 1L;

    public UnsafeValueException(String message) {
        super(message);
    }
}
