package org.provex.ui.catalogs;

/** What the status bar's badge says about the open catalog's server. */
public enum Connection {
    /** No catalog open. */
    NONE,
    /** The built-in demo: never online. */
    DEMO,
    /** Asking the catalog for its snapshot. */
    CHECKING,
    /** The catalog answered with the snapshot the cache reflects. */
    ONLINE,
    /** The catalog answered with a newer snapshot than the cache's: a sync would bring changes. */
    CHANGES,
    /** The server could not be reached; browsing goes on from the cache. */
    OFFLINE,
    /** The catalog needs a login (or this login has no access). */
    LOGIN,
    /** The server answered with an error. */
    ERROR;

    /** The key of its badge text in messages.properties. */
    String key() {
        return "connection." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The CSS pseudo-class of its badge. */
    String pseudoClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
