package org.provex.core.audit;

import java.util.Objects;

/**
 * Why the body of a metadata file the catalog records is not in the local cache, and what would bring it: the
 * difference between "recorded but not downloaded here" (this) and "not recorded by deriva-ml" (no file row at all).
 *
 * @param cause what stopped it
 * @param detail the underlying message (e.g. the server's answer), shown after the short phrase; may be empty
 */
public record MissingBody(Cause cause, String detail) {

    /** What stopped a body from being here. */
    public enum Cause {
        /** Nobody tried: synced without files, or read from the cache alone. */
        NOT_DOWNLOADED("", "sync the catalog to bring it home"),
        /** The catalog could not be reached (or the person asked not to contact it). */
        OFFLINE("offline", "sync the catalog when it is reachable"),
        /** The object store wants a login. */
        LOGIN_NEEDED("login needed", "log in to the catalog's host, then sync"),
        /** The login has no access to this file. */
        NO_ACCESS("no access", "ask the catalog's owners for read access to its files"),
        /** The object store does not have it. */
        GONE("the object store no longer has it", "the catalog's owners may restore it"),
        /** It arrived damaged on every attempt. */
        CORRUPT("it did not match its recorded checksum",
                "try again later; if it persists, the stored file differs from what the catalog recorded"),
        /**
         * The row has no MD5, or the file lives outside the catalog's object store: it cannot be fetched and checked.
         */
        NOT_FETCHABLE("no checksum, or not in the catalog's object store", "open it from its URL in the catalog"),
        /** Anything else (a server error, a broken connection). */
        FAILED("the download failed", "try again later");

        private final String reason;
        private final String fix;

        Cause(String reason, String fix) {
            this.reason = reason;
            this.fix = fix;
        }
    }

    public static final MissingBody NOT_DOWNLOADED = new MissingBody(Cause.NOT_DOWNLOADED, "");

    public MissingBody {
        Objects.requireNonNull(cause, "cause");
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** A short phrase: {@code not downloaded; offline}. */
    public String phrase() {
        return cause.reason.isEmpty() ? "not downloaded" : "not downloaded; " + cause.reason;
    }

    /** Why, in a few words ({@code offline}), or empty when nobody tried. */
    public String reason() {
        return cause.reason;
    }

    /** What to do about it: {@code sync the catalog when it is reachable}. */
    public String fix() {
        return cause.fix;
    }

    /** {@code not downloaded; offline (sync the catalog when it is reachable)}. */
    public String describe() {
        return phrase() + " (" + fix() + ")";
    }
}
