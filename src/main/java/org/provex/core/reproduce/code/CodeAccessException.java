package org.provex.core.reproduce.code;

import org.provex.core.reproduce.ReproduceException;

/** The code cannot be reached: no clone, a clone that fails, an SSH remote Provex does not clone, a lost commit. */
public final class CodeAccessException extends ReproduceException {

    private static final long serialVersionUID = 1L;

    private final CodeVerification.Reason reason;

    public CodeAccessException(CodeVerification.Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public CodeVerification.Reason reason() {
        return reason;
    }
}
