package org.provex.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.ingest.IngestListener;
import org.provex.core.cache.ingest.IngestReport;
import org.provex.core.catalog.DerivaMlModel;
import org.provex.core.demo.DemoCatalog;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.demo.DemoRepository;
import org.provex.core.io.SafeFiles;
import org.provex.core.lineage.MemberSync;

/**
 * Creates or refreshes the embedded demo catalog: generates it, loads it into the demo cache through
 * the same ingestion as a live sync, and writes the demo workflows' git repository next to it.
 */
public final class DemoInstaller {

    /** What an install did, with timings for the bench numbers. */
    public record Result(IngestReport report, Path repository, Duration generate, Duration load, Duration total) {
    }

    private final Workspace workspace;

    public DemoInstaller(Workspace workspace) {
        this.workspace = workspace;
    }

    public Result install(DemoOptions options, IngestListener listener) throws IOException {
        long t0 = System.nanoTime();
        DemoCatalog catalog = DemoCatalogGenerator.generate(options);
        long t1 = System.nanoTime();
        IngestReport report;
        try (CacheDatabase db = workspace.openCacheForWriting(Workspace.DEMO)) {
            report = new CatalogIngestor(db).ingest(catalog, listener == null ? new IngestListener() { } : listener);
            db.updateMetadata(w -> {
                w.memberRows().clear();
                return null;
            });
            new MemberSync(db, DerivaMlModel.discover(catalog.schemaDocument()), catalog).sync(step -> { },
                    () -> false);
        }
        long t2 = System.nanoTime();
        Path repo = writeRepository(workspace.data().demoRepository());
        workspace.updateSettings(s -> s.withRepositoryMapping(DemoRepository.REMOTE, repo.toString()));
        long t3 = System.nanoTime();
        return new Result(report, repo, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                Duration.ofNanos(t3 - t0));
    }

    /**
     * Puts back the demo's git repository and its mapping when an installed demo lost either (a damaged or deleted
     * settings.json falls back to defaults; the folder may have been removed): without them the demo's code cannot be
     * verified or reproduced, and the message would send the user to a remote that does not exist. Cheap when both
     * are there.
     */
    public void ensureRepository() throws IOException {
        Path repo = workspace.data().demoRepository();
        if (!Files.isDirectory(repo.resolve(".git"))) {
            repo = writeRepository(repo);
        }
        String mapped = repo.toString();
        if (!mapped.equals(workspace.settings().repositoryMappings().get(DemoRepository.REMOTE))) {
            workspace.updateSettings(s -> s.withRepositoryMapping(DemoRepository.REMOTE, mapped));
        }
    }

    /** Writes the repository beside the old one, then swaps, so a failure leaves the old one in place. */
    private static Path writeRepository(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path fresh = Files.createTempDirectory(target.getParent(), ".repo-");
        try {
            DemoRepository.get().write(fresh);
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), ".old-");
                Files.move(target, old.resolve("repo"), StandardCopyOption.ATOMIC_MOVE);
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                SafeFiles.deleteTree(old);
            } else {
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } finally {
            if (Files.exists(fresh)) {
                SafeFiles.deleteTree(fresh);
            }
        }
    }
}
