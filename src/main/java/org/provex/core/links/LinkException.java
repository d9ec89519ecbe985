package org.provex.core.links;

/** A record link that cannot be opened here: its catalog is not added, or the record is not in it. */
public class LinkException extends RuntimeException {

    public LinkException(String message) {
        super(message);
    }
}
