package org.provex.core.reproduce.run;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.ReproduceException;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.plan.Readiness;
import org.provex.core.reproduce.plan.ReadinessChecker;
import java.util.concurrent.Executor;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.catalog.http.DerivaHttp;
import org.provex.core.catalog.http.ErmrestClient;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.reproduce.code.CodeVerifier;
import org.provex.core.reproduce.code.RepositoryLocator;
import org.provex.core.reproduce.code.VerificationCache;
import org.provex.core.reproduce.launch.ContainerEngine;
import org.provex.core.reproduce.launch.ContainerTarget;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.LocalTarget;
import org.provex.core.reproduce.launch.slurm.SlurmTarget;
import org.provex.core.reproduce.plan.CatalogRef;
import org.provex.core.reproduce.plan.LiveSnapshotProbe;
import org.provex.core.reproduce.plan.MachineProbe;
import org.provex.core.reproduce.plan.ReproductionPlanner;
import org.provex.core.reproduce.plan.SnapshotProbe;
import org.provex.core.settings.Settings;
import org.provex.core.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reproduce services of one workspace, wired once: the repository locator (settings mappings, Provex's clones),
 * the verifier with its stored results, the launch targets and the reproductions record. The window's composition
 * root and the CLI build it the same way; the environment is passed in (it is the launch's environment: its PATH
 * finds uv, docker and python3).
 */
public final class ReproduceServices {

    private static final Logger LOG = LoggerFactory.getLogger(ReproduceServices.class);
    /** A clone or fetch that takes longer gives up (a reachable host answers in seconds). */
    private static final int GIT_TIMEOUT_SECONDS = 60;

    private final Workspace workspace;
    private final CredentialFile credentialFile;
    private final Map<String, String> environment;
    private final Clock clock;
    private final RepositoryLocator locator;
    private final CodeVerifier verifier;
    private final ReproductionStore store;
    private final Map<String, LaunchTarget> targets;
    private final MachineProbe machine;

    public ReproduceServices(Workspace workspace, CredentialFile credentialFile, Map<String, String> environment,
                             Clock clock) {
        this.workspace = workspace;
        this.credentialFile = credentialFile;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.locator = new RepositoryLocator(() -> workspace.settings().repositoryMappings(),
                workspace.data().repositoriesDirectory(), GIT_TIMEOUT_SECONDS);
        this.verifier = new CodeVerifier(locator, new VerificationCache(workspace.data().repositoriesDirectory()
                .resolve("verifications.json")), clock);
        this.store = new ReproductionStore(workspace.data().reproductionsDirectory());
        Map<String, LaunchTarget> t = new LinkedHashMap<>();
        LaunchTarget local = new LocalTarget();
        t.put(local.id(), local);
        LaunchTarget slurm = new SlurmTarget(() -> workspace.settings().cluster(), this.environment, clock, null);
        t.put(slurm.id(), slurm);
        for (ContainerEngine engine : ContainerEngine.values()) {
            LaunchTarget container = new ContainerTarget(engine);
            t.put(container.id(), container);
        }
        this.targets = java.util.Collections.unmodifiableMap(t);
        this.machine = MachineProbe.once(MachineProbe.local(this.environment));
    }

    public CodeVerifier verifier() {
        return verifier;
    }

    public RepositoryLocator locator() {
        return locator;
    }

    public ReproductionStore store() {
        return store;
    }

    public Map<String, LaunchTarget> targets() {
        return targets;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** The launch target with this id. */
    public LaunchTarget target(String id) {
        LaunchTarget t = targets.get(id);
        if (t == null) {
            throw new IllegalArgumentException("There is no launch target '" + id + "'; available: "
                    + String.join(", ", targets.keySet()) + ".");
        }
        return t;
    }

    /** Where a catalog's runs were recorded: the host and id deriva-ml-run is given. */
    public CatalogRef catalogRef(String catalog) {
        if (Workspace.DEMO.equals(catalog)) {
            return new CatalogRef(Workspace.DEMO, DemoCatalog.HOST, DemoCatalog.CATALOG_ID, true);
        }
        Settings.CatalogEntry entry = workspace.settings().catalog(catalog).orElseThrow(() ->
                new IllegalArgumentException("There is no catalog named '" + catalog + "'."));
        CatalogLocation location = CatalogLocation.of(entry.baseUrl(), entry.catalog());
        String host = location.port() == -1 ? location.host() : location.host() + ":" + location.port();
        return new CatalogRef(catalog, host, location.catalogId(), false);
    }

    /** Asks a live catalog about snapshots; the demo is never contacted. */
    public SnapshotProbe snapshotProbe(String catalog) {
        if (Workspace.DEMO.equals(catalog)) {
            return SnapshotProbe.notChecked("the demo catalog is never contacted");
        }
        Settings.CatalogEntry entry = workspace.settings().catalog(catalog).orElseThrow();
        CatalogLocation location = CatalogLocation.of(entry.baseUrl(), entry.catalog());
        return new LiveSnapshotProbe(new ErmrestClient(DerivaHttp.create(location, credentials())));
    }

    /** The logins of the credential file (none when it cannot be read; the preflight then says so). */
    public Credentials credentials() {
        try {
            return credentialFile.read();
        } catch (IOException e) {
            LOG.warn("The credential file could not be read: {}", e.getMessage());
            return Credentials.none();
        }
    }

    /** A planner for one catalog's cache. */
    public ReproductionPlanner planner(CacheDatabase db, String catalog, SnapshotProbe snapshots) {
        return new ReproductionPlanner(db, catalogRef(catalog), new ReproductionPlanner.Context(verifier,
                machine, environment, credentials(), snapshots, clock,
                workspace.data().reproductionsDirectory()));
    }

    /**
     * The readiness of a run from the cache alone: the stored code verdict (no git, no network) and no snapshot
     * check. Cheap enough for a table column; empty when the run is not in the cache.
     */
    public Optional<Readiness> quickReadiness(CacheDatabase db, Rid execution) {
        Optional<ExecutionAudit> audit = new ExecutionAuditor(db).audit(execution);
        if (audit.isEmpty()) {
            return Optional.empty();
        }
        CodeIdentity code = audit.get().detail().code();
        CodeVerification verdict = code == null ? null : verifier.cached(code).orElse(null);
        return Optional.of(ReadinessChecker.check(audit.get(), verdict, SnapshotProbe.notChecked(
                "the catalog was not asked")));
    }

    /**
     * The full readiness of a run: its code verified against git (it may clone or fetch) and its input snapshots
     * checked on a live catalog. Runs on the caller's thread.
     */
    public Readiness readiness(CacheDatabase db, String catalog, Rid execution) {
        ExecutionAudit audit = new ExecutionAuditor(db).audit(execution).orElseThrow(() -> new ReproduceException(
                "There is no execution " + execution + " in the cache of catalog '" + catalog + "'."));
        CodeIdentity code = audit.detail().code();
        return ReadinessChecker.check(audit, code == null ? null : verifier.verify(code), snapshotProbe(catalog));
    }

    /** The launcher and record; {@code executor} follows process output (owned by the caller). */
    public Reproductions reproductions(Executor executor) {
        return new Reproductions(store, targets, executor, clock);
    }
}
