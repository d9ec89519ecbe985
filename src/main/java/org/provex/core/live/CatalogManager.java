package org.provex.core.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.SourceRows;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.catalog.http.HatracClient;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.io.SafeFiles;
import org.provex.core.lineage.ErmrestMemberSource;
import org.provex.core.lineage.MemberSource;
import org.provex.core.lineage.MemberSync;
import org.provex.core.lineage.MemberSyncCancelledException;
import org.provex.core.model.Snaptime;
import org.provex.core.settings.DataDirectory;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.sync.CatalogSync;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.SyncCancelledException;
import org.provex.core.sync.SyncListener;
import org.provex.core.sync.SyncOptions;
import org.provex.core.sync.SyncReport;
import org.provex.core.workspace.UnknownCatalogException;
import org.provex.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live catalogs of a workspace: add one (after checking that it answers and is a deriva-ml catalog), remove one
 * (with its cache), list them with what their caches hold, sync them and fetch their metadata files. Logins come
 * from the credential file, read afresh for every connection so that a login made meanwhile is used. The CLI and the
 * window share this; it runs on the caller's thread.
 */
public final class CatalogManager {

    /** Opens HTTP to a catalog; the default has deriva-py's timeouts and retries. */
    @FunctionalInterface
    public interface HttpFactory {
        DerivaHttp open(CatalogLocation location, Credentials credentials);
    }

    /** What adding a catalog found. */
    public record Added(CatalogEntry entry, Snaptime snaptime, String modelShape) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(CatalogManager.class);

    private final Workspace workspace;
    private final CredentialFile credentials;
    private final HttpFactory httpFactory;

    public CatalogManager(Workspace workspace, CredentialFile credentials, HttpFactory httpFactory) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.httpFactory = Objects.requireNonNull(httpFactory, "httpFactory");
    }

    public CatalogManager(Workspace workspace, CredentialFile credentials) {
        this(workspace, credentials, DerivaHttp::create);
    }

    /** A safe folder name for a catalog: {@code host[-port]-id}, e.g. {@code www.example.org-1}. */
    public static String defaultName(CatalogLocation location) {
        String raw = location.host() + (location.port() == -1 ? "" : "-" + location.port()) + "-"
                + location.catalogId();
        String safe = raw.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return safe.length() > 64 ? safe.substring(0, 64) : safe;
    }

    /**
     * Checks that the catalog answers and holds a deriva-ml schema, then saves it under {@code name} (null: the
     * default name). Nothing is saved when the check fails.
     *
     * @throws IllegalArgumentException when the name is taken, unsafe or "demo", or the catalog is already added
     * @throws CatalogException when the server cannot be reached, needs a login, or has no such catalog
     * @throws org.provex.core.catalog.CatalogSchemaException when the catalog is not a deriva-ml catalog
     */
    public Added add(CatalogLocation location, String name) throws IOException {
        String chosen = name == null || name.isBlank() ? defaultName(location) : name.strip();
        if (Workspace.DEMO.equals(chosen)) {
            throw new IllegalArgumentException("'demo' is the built-in demo catalog; choose another name with --name");
        }
        if (!DataDirectory.isSafeName(chosen)) {
            throw new IllegalArgumentException("'" + chosen + "' cannot be used as a catalog name: use letters, digits,"
                    + " '.', '_' or '-' (at most 64, starting with a letter or digit)");
        }
        if (workspace.settings().catalog(chosen).isPresent()) {
            throw new IllegalArgumentException("A catalog named '" + chosen + "' already exists; choose another name "
                    + "with --name, or remove it first");
        }
        for (CatalogEntry e : workspace.settings().catalogs()) {
            if (location(e).sameCatalog(location)) {
                throw new IllegalArgumentException(location.describe() + " is already added as '" + e.name() + "'");
            }
        }
        ErmrestClient client = new ErmrestClient(http(location));
        Snaptime snaptime = client.catalogSnaptime();
        DerivaMlModel model = DerivaMlModel.discover(client.schema(snaptime));
        CatalogEntry entry = new CatalogEntry(chosen, location.origin(), location.catalogId());
        workspace.updateSettings(s -> s.withCatalog(entry));
        LOG.info("Added catalog {} as {} ({})", location.describe(), chosen, model.shape());
        return new Added(entry, snaptime, model.shape());
    }

    /** Forgets a catalog and deletes its cache folder. The demo cannot be removed. */
    public void remove(String name) throws IOException {
        if (Workspace.DEMO.equals(name)) {
            throw new IllegalArgumentException("The demo catalog is built in and cannot be removed; 'provex demo' "
                    + "rebuilds it");
        }
        entry(name);
        workspace.updateSettings(s -> s.withoutCatalog(name));
        SafeFiles.deleteTree(workspace.data().catalogDirectory(name));
        LOG.info("Removed catalog {}", name);
    }

    /** Every catalog, the demo first, with what its cache holds (never touches the network). */
    public List<CatalogStatus> list() {
        List<CatalogStatus> all = new ArrayList<>();
        all.add(status(Workspace.DEMO, "built in (" + DemoCatalog.HOST + ")"));
        for (CatalogEntry e : workspace.settings().catalogs()) {
            all.add(status(e.name(), location(e).origin() + "/ermrest/catalog/" + e.catalog()));
        }
        return all;
    }

    /** Where a saved catalog lives. */
    public CatalogLocation location(CatalogEntry entry) {
        return CatalogLocation.of(entry.baseUrl(), entry.catalog());
    }

    public CatalogEntry entry(String name) {
        if (Workspace.DEMO.equals(name)) {
            throw new IllegalArgumentException("The demo catalog is built in and is never synced; 'provex demo' "
                    + "rebuilds it");
        }
        return workspace.settings().catalog(name).orElseThrow(() -> new UnknownCatalogException("There is no "
                + "catalog named '" + name + "'. Known catalogs: " + String.join(", ", workspace.catalogNames())
                + "."));
    }

    /**
     * Syncs a catalog's cache (incremental unless {@code full}) with every metadata file; see {@link CatalogSync}.
     * The cache is created on the first sync.
     */
    public SyncReport sync(String name, boolean full, SyncListener listener, BooleanSupplier cancelled,
                           Executor files) throws IOException {
        return sync(name, full, true, listener, cancelled, files);
    }

    /**
     * Syncs a catalog's cache; with {@code allFiles} off only the configuration.json files the load needs are
     * downloaded (the others when first needed).
     */
    public SyncReport sync(String name, boolean full, boolean allFiles, SyncListener listener,
                           BooleanSupplier cancelled, Executor files) throws IOException {
        CatalogEntry entry = entry(name);
        try (CacheDatabase db = workspace.openCacheForWriting(name)) {
            DerivaHttp http = http(location(entry));
            CatalogSync sync = new CatalogSync(db, http, files, SyncOptions.defaults().withFiles(allFiles));
            SyncReport report = full ? sync.fullSync(listener, cancelled) : sync.sync(listener, cancelled);
            return report.withWarnings(syncMembers(db, http, listener, cancelled));
        }
    }

    /** Reads the members of released dataset versions not read yet, at their snapshots (after the rows commit). */
    private static List<String> syncMembers(CacheDatabase db, DerivaHttp http, SyncListener listener,
                                            BooleanSupplier cancelled) throws IOException {
        Optional<String> model = db.read(c -> SourceRows.on(c).model());
        if (model.isEmpty()) {
            return List.of();
        }
        MemberSource source = new ErmrestMemberSource(new ErmrestClient(http), SyncOptions.defaults().pageSize());
        DerivaMlModel discovered = DerivaMlModel.discover(JSON.readTree(model.get()));
        try {
            return new MemberSync(db, discovered, source).sync(listener::step, cancelled).warnings();
        } catch (MemberSyncCancelledException e) {
            throw new SyncCancelledException(db.file().getParent().getFileName().toString());
        }
    }

    /** Metadata files of an open cache of a saved catalog, fetched on demand or all at once. */
    public MetadataFiles files(String name, CacheDatabase db) throws IOException {
        return new MetadataFiles(db.blobs(), new HatracClient(http(location(entry(name)))));
    }

    /** Every metadata file of a synced catalog whose body is not stored yet, fetched on {@code files}. */
    public MetadataFiles.Outcome fetchAllFiles(String name, Executor files, SyncListener listener,
                                               BooleanSupplier cancelled) throws IOException {
        try (CacheDatabase db = workspace.openCache(name)) {
            return files(name, db).fetchAll(new LookupQueries(db).metadataAssets(), files, listener, cancelled,
                    name);
        }
    }

    private DerivaHttp http(CatalogLocation location) throws IOException {
        return httpFactory.open(location, credentials.read());
    }

    private CatalogStatus status(String name, String url) {
        Path file = workspace.data().cacheDatabase(name);
        if (!Files.exists(file)) {
            return new CatalogStatus(name, url, null, null, 0);
        }
        try (CacheDatabase db = CacheDatabase.open(file)) {
            CacheMeta meta = new LookupQueries(db).meta();
            return new CatalogStatus(name, url, meta.syncedAt(), meta.snaptime(),
                    Optional.ofNullable(meta.counts().get("executions")).orElse(0L));
        }
    }
}
