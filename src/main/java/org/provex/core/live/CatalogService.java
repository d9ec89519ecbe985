package org.provex.core.live;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import okhttp3.OkHttpClient;
import org.provex.core.audit.FileGaps;
import org.provex.core.audit.MissingBody;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.catalog.http.AuthnClient;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.Credential;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.RetryPolicy;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.OnDemandFiles;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncReport;
import org.provex.core.workspace.Workspace;

/**
 * What the window does with live catalogs, on the caller's thread (always background work): add, remove, sync,
 * ask a catalog for its snapshot (the offline badge), ask a host who the stored login is, log out, and fetch
 * metadata files. The credential file is read afresh for every connection, so a login made meanwhile is used.
 */
public final class CatalogService {

    private static final int OFFLINE_SECONDS = 30;

    private final Workspace workspace;
    private final CredentialFile credentials;
    private final CatalogManager.HttpFactory http;
    private final CatalogManager manager;
    private final Executor downloads;
    private final Map<String, Instant> offlineUntil = new ConcurrentHashMap<>();

    /**
     * @param downloads where a sync downloads metadata files in parallel (owned by the composition root)
     */
    public CatalogService(Workspace workspace, CredentialFile credentials, CatalogManager.HttpFactory http,
                          Executor downloads) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.manager = new CatalogManager(workspace, credentials, http);
    }

    /**
     * deriva-py's retries over the window's one HTTP client (one connection pool, the composition root's
     * {@link DerivaHttp#newClient()}).
     */
    public static CatalogService forDesktop(Workspace workspace, CredentialFile credentials, OkHttpClient client,
                                            Executor downloads) {
        return new CatalogService(workspace, credentials,
                (location, creds) -> new DerivaHttp(location, creds, client, RetryPolicy.defaults()), downloads);
    }

    public CredentialFile credentials() {
        return credentials;
    }

    /** True for an added catalog (not the demo, not unknown). */
    public boolean isLive(String name) {
        return name != null && !Workspace.DEMO.equals(name) && workspace.settings().catalog(name).isPresent();
    }

    /** Where an added catalog lives, or empty for the demo and unknown names. */
    public Optional<CatalogLocation> location(String name) {
        if (!isLive(name)) {
            return Optional.empty();
        }
        return workspace.settings().catalog(name).map(manager::location);
    }

    /** Checks the catalog answers and is deriva-ml, then saves it; see {@link CatalogManager#add}. */
    public CatalogManager.Added add(CatalogLocation location, String name) throws IOException {
        return manager.add(location, name);
    }

    public void remove(String name) throws IOException {
        manager.remove(name);
    }

    /** An incremental sync (a full one the first time); see {@link CatalogManager#sync}. */
    public SyncReport sync(String name, SyncListener listener, BooleanSupplier cancelled) throws IOException {
        return manager.sync(name, false, listener, cancelled, downloads);
    }

    /** Every metadata file not stored yet, downloaded in parallel. */
    public MetadataFiles.Outcome fetchAllFiles(String name, SyncListener listener, BooleanSupplier cancelled)
            throws IOException {
        return manager.fetchAllFiles(name, downloads, listener, cancelled);
    }

    /** The catalog's current snapshot: one small request. */
    public Snaptime catalogSnaptime(String name) throws IOException {
        return new ErmrestClient(open(name)).catalogSnaptime();
    }

    /** Whether the credential file holds a login for the catalog's host (no request). */
    public boolean hasStoredLogin(String name) throws IOException {
        Optional<CatalogLocation> where = location(name);
        return where.isPresent() && credentials.read().forHost(where.get().host()).isPresent();
    }

    /** Who {@code credential} is on {@code server} (a login window asks this of the cookie it just got). */
    public Optional<AuthnSession> sessionOf(CatalogLocation server, Credential credential) throws IOException {
        return new AuthnClient(http.open(server, Credentials.of(server.host(), credential))).session();
    }

    /** Who the stored login for the catalog's host is; empty when none is stored or the server knows none. */
    public Optional<AuthnSession> whoami(String name) throws IOException {
        if (!hasStoredLogin(name)) {
            return Optional.empty();
        }
        return new AuthnClient(open(name)).session();
    }

    /**
     * Ends the session on the server (when it can be told) and removes the host's login from the credential file.
     *
     * @return whether the server ended a session
     */
    public boolean logout(String name) throws IOException {
        CatalogLocation where = location(name).orElseThrow(() -> new IllegalArgumentException(name));
        boolean ended;
        try {
            ended = new AuthnClient(open(name)).logout();
        } catch (CatalogException e) {
            ended = false;
        }
        credentials.remove(where.host());
        return ended;
    }

    /**
     * The metadata files of an open cache of an added catalog, fetched on demand into that cache. After the catalog
     * could not be reached, batches answer "offline" for {@value #OFFLINE_SECONDS} seconds without trying again, so
     * that opening run after run offline does not wait on the network each time.
     */
    public RemoteFiles files(String name, CacheDatabase db) {
        return new RemoteFiles() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Optional<byte[]> fetch(org.provex.core.model.AssetFile file) throws IOException {
                return manager.files(name, db).open(file);
            }

            @Override
            public FileGaps fetchMissing(Collection<ExecutionDetail> runs, SyncListener progress,
                                         BooleanSupplier cancelled) {
                Instant until = offlineUntil.get(name);
                if (until != null && Instant.now().isBefore(until)) {
                    return FileGaps.all(new MissingBody(MissingBody.Cause.OFFLINE, ""));
                }
                MetadataFiles files;
                try {
                    files = manager.files(name, db);
                } catch (IOException e) {
                    return FileGaps.all(new MissingBody(MissingBody.Cause.FAILED, e.getMessage()));
                }
                OnDemandFiles.Result result = OnDemandFiles.fetch(files, runs, downloads, progress, cancelled, name);
                if (result.outcome().failures().stream().anyMatch(f -> f.error() instanceof CatalogException.Offline)) {
                    offlineUntil.put(name, Instant.now().plusSeconds(OFFLINE_SECONDS));
                } else {
                    offlineUntil.remove(name);
                }
                return result.gaps();
            }
        };
    }

    private DerivaHttp open(String name) throws IOException {
        CatalogEntry entry = manager.entry(name);
        return http.open(manager.location(entry), credentials.read());
    }
}
