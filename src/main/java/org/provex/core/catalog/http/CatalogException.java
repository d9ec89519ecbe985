package org.provex.core.catalog.http;

import java.io.IOException;
import org.provex.core.model.Snaptime;

/**
 * A catalog or object-store read failed. Each subclass names one cause and its message says what the person can do
 * about it. Messages never contain a credential; server-provided detail is cleaned (see {@link ErrorText}). It is an
 * {@link IOException} so that it passes through {@link org.provex.core.catalog.CatalogSource} unchanged.
 */
public class CatalogException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public CatalogException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status that caused this, or 0 when there was no HTTP response. */
    public int status() {
        return status;
    }

    static String withDetail(String message, String detail) {
        return detail == null || detail.isEmpty() ? message : message + " (Server said: " + detail + ")";
    }

    /** 401: the resource needs a login (none was sent, or it expired). */
    public static final class NotAuthenticated extends CatalogException {
        private static final long serialVersionUID = 1L;

        public NotAuthenticated(String where, String detail) {
            super(withDetail(where + " requires a login. Log in to this server (Provex login or deriva-auth) "
                    + "and try again.", detail), 401, null);
        }
    }

    /** 403: logged in, but this login has no access. */
    public static final class Forbidden extends CatalogException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String where, String detail) {
            super(withDetail("Your login has no access to " + where + ". Ask the catalog's owner for access, or "
                    + "log in with another account.", detail), 403, null);
        }
    }

    /** 404, or 409 for a table or column the catalog does not have (or hides). */
    public static final class NotFound extends CatalogException {
        private static final long serialVersionUID = 1L;

        public NotFound(String what, int status, String detail) {
            super(withDetail(what + " was not found. Check the address, or whether you need to log in to see it.",
                    detail), status, null);
        }
    }

    /** 409 on a snapshot URL: the snapshot is older than the history the catalog keeps. */
    public static final class SnapshotExpired extends CatalogException {
        private static final long serialVersionUID = 1L;

        private final Snaptime snaptime;

        public SnapshotExpired(String catalog, Snaptime snaptime, String detail) {
            super(withDetail("Snapshot " + snaptime + " of catalog " + catalog + " is older than the catalog's "
                    + "retained history; data as of that time can no longer be read. Use a newer dataset version "
                    + "or read the catalog as it is now.", detail), 409, null);
            this.snaptime = snaptime;
        }

        public Snaptime snaptime() {
            return snaptime;
        }
    }

    /** 400 "Query run time limit exceeded." even at the smallest page size. */
    public static final class QueryTimeout extends CatalogException {
        private static final long serialVersionUID = 1L;

        public QueryTimeout(String where, String detail) {
            super(withDetail("The server gave up on a query for " + where + " because it ran too long. Try again "
                    + "later, when the server is less busy.", detail), 400, null);
        }
    }

    /** No connection: unknown host, connection refused, network down, or no answer in time. */
    public static final class Offline extends CatalogException {
        private static final long serialVersionUID = 1L;

        public Offline(String host, String reason, Throwable cause) {
            super("Cannot reach " + host + " (" + reason + "). Check the address and your network connection; "
                    + "Provex keeps working from its cache meanwhile.", 0, cause);
        }
    }

    /** 5xx after the retries ran out. */
    public static final class ServerError extends CatalogException {
        private static final long serialVersionUID = 1L;

        public ServerError(String host, int status, String detail) {
            super(withDetail("The server " + host + " failed (HTTP " + status + "). This is usually temporary; "
                    + "try again in a few minutes.", detail), status, null);
        }
    }

    /** The connection broke before the whole response arrived; nothing of it was used. */
    public static final class Incomplete extends CatalogException {
        private static final long serialVersionUID = 1L;

        public Incomplete(String what, Throwable cause) {
            super("The connection broke while reading " + what + "; nothing partial was kept. Try again.", 0, cause);
        }
    }

    /** A downloaded file does not match the MD5 or length the catalog records for it; it was not kept. */
    public static final class ChecksumMismatch extends CatalogException {
        private static final long serialVersionUID = 1L;

        public ChecksumMismatch(String url, String problem) {
            super("The file " + url + " does not match the catalog (" + problem + "); it was not kept. Try again; "
                    + "if it persists, the file in the object store differs from what the catalog recorded.", 0,
                    null);
        }
    }

    /** Any other refusal (400, 405, other 409s, 415, ...): Provex asked for something the server does not do. */
    public static final class Rejected extends CatalogException {
        private static final long serialVersionUID = 1L;

        public Rejected(String what, int status, String detail) {
            super(withDetail("The server refused the request for " + what + " (HTTP " + status + "). The server "
                    + "may run an unsupported version; please report this with the log file.", detail), status, null);
        }
    }

    /** The response was not what ERMrest sends (not JSON, wrong shape). */
    public static final class MalformedResponse extends CatalogException {
        private static final long serialVersionUID = 1L;

        public MalformedResponse(String what, String problem, Throwable cause) {
            super("The server's answer for " + what + " is not what a DERIVA catalog sends (" + problem + "). Check "
                    + "that the address points to a DERIVA server.", 0, cause);
        }
    }
}
