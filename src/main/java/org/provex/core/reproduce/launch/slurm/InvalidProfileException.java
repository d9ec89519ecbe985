package org.provex.core.reproduce.launch.slurm;

/** A cluster profile value that was refused; the message names the key, the value and what the key takes. */
public class InvalidProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidProfileException(String message) {
        super(message);
    }
}
