package org.provex.core.catalog.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.provex.core.model.Snaptime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs against one DERIVA host: the login attached only to that host, bounded retries with backoff for 5xx,
 * timeouts and broken responses, and HTTP failures mapped to {@link CatalogException}s. Shared by
 * {@link ErmrestClient} and {@link HatracClient}. Only GET exists here (and the logout's DELETE of the login
 * session): Provex never writes to a catalog.
 */
public final class DerivaHttp {

    /** Reads a successful response; plain IOExceptions from it count as a broken response. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(Response response) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DerivaHttp.class);
    private static final long ERROR_BODY_BYTES = 4096;

    private final CatalogLocation location;
    private final OkHttpClient client;
    private final RetryPolicy retry;
    private final List<String> secrets;
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param base a client whose dispatcher and connection pool are shared (timeouts, proxy); a network interceptor
     *     for the login is added to a derived client
     */
    public DerivaHttp(CatalogLocation location, Credentials credentials, OkHttpClient base, RetryPolicy retry) {
        this.location = Objects.requireNonNull(location, "location");
        this.retry = Objects.requireNonNull(retry, "retry");
        Optional<Credential> credential = credentials.forHost(location.host());
        this.secrets = credential.map(c -> List.of(c.secret())).orElse(List.of());
        this.client = base.newBuilder()
                .followRedirects(true)
                .followSslRedirects(false)
                .addNetworkInterceptor(new CredentialInterceptor(location, credential.orElse(null)))
                .build();
    }

    /**
     * A new HTTP client with deriva-py's timeouts (connect 6 s, read 63 s). Build it once per process and share it
     * (one connection pool and dispatcher): the window's composition root does, and {@link #create} uses one too.
     */
    public static OkHttpClient newClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(6))
                .readTimeout(Duration.ofSeconds(63))
                .build();
    }

    /** Over the process's shared client ({@link #newClient()}, made once) with the default retry policy (CLI). */
    public static DerivaHttp create(CatalogLocation location, Credentials credentials) {
        return new DerivaHttp(location, credentials, SharedClient.CLIENT, RetryPolicy.defaults());
    }

    /**
     * Makes the client {@link #create} shares now, if not made yet (a command that will surely go to the network
     * calls it on a thread of its own at its start: the trusted certificates and OkHttp's classes cost a few hundred
     * ms of CPU, which then overlap the command's own start instead of delaying its first request).
     */
    public static void prepareSharedClient() {
        SharedClient.CLIENT.dispatcher();
    }

    /** The client {@link #create} shares, made when first needed. */
    private static final class SharedClient {
        static final OkHttpClient CLIENT = newClient();
    }

    /** How failed GETs are retried (also used for files whose bytes arrive damaged). */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    public CatalogLocation location() {
        return location;
    }

    /** HTTP requests sent so far (every attempt counts), for reports and benchmarks. */
    public long requestCount() {
        return requests.get();
    }

    /**
     * GETs a URL of this host and reads the body, retrying within the policy.
     *
     * @param what what is being read, for messages ("the rows of deriva-ml:Execution")
     * @param at the snapshot the URL is pinned to, or null; a 409 on it becomes
     *     {@link CatalogException.SnapshotExpired}
     * @param retryBody whether a response that breaks while being read may be fetched again (false when the reader
     *     has already handed bytes on)
     */
    public <T> T get(String url, String accept, String what, Snaptime at, boolean retryBody, BodyReader<T> reader)
            throws CatalogException {
        HttpUrl httpUrl = HttpUrl.get(url);
        Request request = new Request.Builder().url(httpUrl).header("Accept", accept).get().build();
        for (int attempt = 1; ; attempt++) {
            CatalogException failure;
            boolean retryable;
            requests.incrementAndGet();
            try (Response response = client.newCall(request).execute()) {
                LOG.debug("GET {} -> {}", url, response.code());
                if (response.isSuccessful()) {
                    try {
                        return reader.read(response);
                    } catch (CatalogException e) {
                        throw e;
                    } catch (IOException e) {
                        failure = new CatalogException.Incomplete(what, e);
                        retryable = retryBody;
                    }
                } else {
                    failure = mapStatus(response, what, at);
                    retryable = response.code() >= 500;
                }
            } catch (CatalogException e) {
                throw e;   // from the reader (checksum, malformed body): final, never wrapped or retried
            } catch (SocketTimeoutException e) {
                failure = new CatalogException.Offline(location.host(), "no answer in time", e);
                retryable = true;
            } catch (UnknownHostException e) {
                throw new CatalogException.Offline(location.host(), "unknown host", e);
            } catch (ConnectException | NoRouteToHostException e) {
                throw new CatalogException.Offline(location.host(), "connection refused or network down", e);
            } catch (SSLException e) {
                throw new CatalogException.Offline(location.host(), "the secure connection failed", e);
            } catch (InterruptedIOException e) {
                throw new CatalogException.Incomplete(what, e);
            } catch (IOException e) {
                failure = new CatalogException.Incomplete(what, e);
                retryable = true;
            }
            if (!retryable || attempt >= retry.maxAttempts()) {
                throw failure;
            }
            Duration delay = retry.delayAfter(attempt);
            LOG.info("Retrying GET {} in {} ms after attempt {} of {} failed (status {})", url, delay.toMillis(),
                    attempt, retry.maxAttempts(), failure.status());
            try {
                retry.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CatalogException.Incomplete(what + " (interrupted)", e);
            }
        }
    }

    /**
     * {@code DELETE /authn/session}: the one non-GET Provex sends, to log out (it changes no catalog data).
     *
     * @return 200 when a session was ended, 404 when there was none
     */
    public int deleteAuthnSession() throws CatalogException {
        String what = "the login session";
        Request request = new Request.Builder().url(HttpUrl.get(location.origin() + "/authn/session"))
                .header("Accept", "application/json").delete().build();
        requests.incrementAndGet();
        try (Response response = client.newCall(request).execute()) {
            LOG.debug("DELETE /authn/session -> {}", response.code());
            if (response.isSuccessful() || response.code() == 404) {
                return response.code();
            }
            throw mapStatus(response, what, null);
        } catch (UnknownHostException e) {
            throw new CatalogException.Offline(location.host(), "unknown host", e);
        } catch (ConnectException | NoRouteToHostException | SocketTimeoutException e) {
            throw new CatalogException.Offline(location.host(), "connection refused or no answer", e);
        } catch (CatalogException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogException.Incomplete(what, e);
        }
    }

    CatalogException mapStatus(Response response, String what, Snaptime at) {
        int code = response.code();
        String body;
        try {
            body = response.peekBody(ERROR_BODY_BYTES).string();
        } catch (IOException e) {
            body = "";
        }
        String detail = ErrorText.detail(body, secrets);
        String where = what + " on " + location.describe();
        return switch (code) {
            case 401 -> new CatalogException.NotAuthenticated(where, detail);
            case 403 -> new CatalogException.Forbidden(where, detail);
            case 404 -> new CatalogException.NotFound(where, code, detail);
            case 409 -> conflict(where, at, detail);
            case 400 -> detail.contains("Query run time limit exceeded")
                    ? new CatalogException.QueryTimeout(where, detail)
                    : new CatalogException.Rejected(where, code, detail);
            default -> code >= 500
                    ? new CatalogException.ServerError(location.host(), code, detail)
                    : new CatalogException.Rejected(where, code, detail);
        };
    }

    private CatalogException conflict(String where, Snaptime at, String detail) {
        if (at != null && (detail.contains("prior to any known revision") || detail.contains("revision"))) {
            return new CatalogException.SnapshotExpired(location.describe(), at, detail);
        }
        if (detail.contains("does not exist")) {
            return new CatalogException.NotFound(where, 409, detail);
        }
        return new CatalogException.Rejected(where, 409, detail);
    }
}
