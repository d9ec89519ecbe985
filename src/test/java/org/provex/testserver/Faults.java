package org.provex.testserver;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Per-test fault injection for {@link DerivaTestServer}. Thread-safe; {@link #reset()} clears everything (the
 * server's {@code reset()} calls it). Faults that take a path pattern apply only to requests whose raw path and
 * query match it (a regular expression, {@code find()} semantics); null means every request.
 */
public final class Faults {

    /** How a successful response body is damaged. */
    public enum BodyFault {
        /** {@code Content-Length} announces the whole body, half is sent, then the connection closes. */
        TRUNCATE,
        /** Chunked body, half is sent, then the connection closes without the final chunk. */
        DROP
    }

    private volatile Duration latency = Duration.ZERO;
    private volatile Pattern latencyPath;
    private final AtomicInteger errorsLeft = new AtomicInteger();
    private volatile int errorStatus = 503;
    private volatile Pattern errorPath;
    private final AtomicInteger bodyFaultsLeft = new AtomicInteger();
    private volatile BodyFault bodyFault = BodyFault.TRUNCATE;
    private volatile Pattern bodyFaultPath;
    private volatile boolean wrongMd5Header;
    private volatile boolean corruptFiles;
    private volatile Pattern corruptPath;
    private volatile int queryTimeoutAbove = -1;

    /** Every response waits this long first (server side). */
    public Faults latency(Duration value) {
        return latency(value, null);
    }

    /** Responses to matching requests wait this long first (server side); null matches every request. */
    public Faults latency(Duration value, String pathPattern) {
        latency = value;
        latencyPath = pathPattern == null ? null : Pattern.compile(pathPattern);
        return this;
    }

    /** The next {@code count} matching requests fail with {@code status} (e.g. 503, 500). */
    public Faults failNext(int count, int status, String pathPattern) {
        errorStatus = status;
        errorPath = pathPattern == null ? null : Pattern.compile(pathPattern);
        errorsLeft.set(count);
        return this;
    }

    /** The next {@code count} successful matching responses are cut short (see {@link BodyFault}). */
    public Faults damageNextBodies(int count, BodyFault kind, String pathPattern) {
        bodyFault = kind;
        bodyFaultPath = pathPattern == null ? null : Pattern.compile(pathPattern);
        bodyFaultsLeft.set(count);
        return this;
    }

    /** Hatrac answers with a {@code Content-MD5} header that does not match the bytes. */
    public Faults wrongMd5Header(boolean value) {
        wrongMd5Header = value;
        return this;
    }

    /** Hatrac flips one byte of every file it sends (headers still describe the original). */
    public Faults corruptFiles(boolean value) {
        corruptFiles = value;
        corruptPath = null;
        return this;
    }

    /** Hatrac flips one byte of every matching file it sends, every time; the others arrive intact. */
    public Faults corruptFiles(String pathPattern) {
        corruptFiles = true;
        corruptPath = Pattern.compile(pathPattern);
        return this;
    }

    /**
     * Data requests with {@code ?limit} above {@code maxRows} (or without a limit) fail with ERMrest's 400
     * "Query run time limit exceeded."; -1 turns it off.
     */
    public Faults queryTimeoutAbove(int maxRows) {
        queryTimeoutAbove = maxRows;
        return this;
    }

    public void reset() {
        latency = Duration.ZERO;
        latencyPath = null;
        errorsLeft.set(0);
        errorPath = null;
        bodyFaultsLeft.set(0);
        bodyFaultPath = null;
        wrongMd5Header = false;
        corruptFiles = false;
        corruptPath = null;
        queryTimeoutAbove = -1;
    }

    Duration latency(String pathAndQuery) {
        return matches(latencyPath, pathAndQuery) ? latency : Duration.ZERO;
    }

    /** The status to fail this request with, or 0. */
    int takeError(String pathAndQuery) {
        if (matches(errorPath, pathAndQuery) && take(errorsLeft)) {
            return errorStatus;
        }
        return 0;
    }

    BodyFault takeBodyFault(String pathAndQuery) {
        return matches(bodyFaultPath, pathAndQuery) && take(bodyFaultsLeft) ? bodyFault : null;
    }

    boolean wrongMd5Header() {
        return wrongMd5Header;
    }

    boolean corrupts(String path) {
        return corruptFiles && matches(corruptPath, path);
    }

    boolean queryTimesOut(Integer limit) {
        int threshold = queryTimeoutAbove;
        return threshold >= 0 && (limit == null || limit > threshold);
    }

    private static boolean matches(Pattern pattern, String text) {
        return pattern == null || pattern.matcher(text).find();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
