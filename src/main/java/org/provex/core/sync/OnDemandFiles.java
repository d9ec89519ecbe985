package org.provex.core.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.provex.core.audit.FileGaps;
import org.provex.core.audit.MissingBody;
import org.provex.core.audit.NotDownloaded;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.model.AssetFile;

/**
 * Evidence before an answer: the metadata files an audit or a comparison reads (configuration, environment
 * snapshot, uv.lock, Hydra files) that the cache does not hold yet are downloaded first, verified, a few at a time,
 * into the cache. What cannot be fetched is explained ({@link FileGaps}), so the answer can say "unknown: environment
 * snapshot of 1-AB12 not downloaded; offline" instead of guessing. Runs on the caller's thread; downloads on the
 * given executor.
 */
public final class OnDemandFiles {

    /**
     * What the fetch did and why the files still missing are missing.
     *
     * @param outcome downloads made, and the ones that failed
     * @param gaps explains each body that is still not in the cache
     */
    public record Result(MetadataFiles.Outcome outcome, FileGaps gaps) {
    }

    private OnDemandFiles() {
    }

    /** The files of these runs that an answer reads and the cache does not hold. */
    public static List<AssetFile> needed(Collection<ExecutionDetail> runs, MetadataFiles files) {
        return runs.stream().flatMap(d -> d.metadataFiles().stream()).map(AssetUse::asset)
                .filter(a -> NotDownloaded.matters(a.kind())).filter(a -> !files.isStored(a)).toList();
    }

    /**
     * Downloads what {@link #needed} lists.
     *
     * @param listener told of planned, fetched and failed files (for a progress line)
     * @throws SyncCancelledException when cancelled meanwhile (what was stored stays stored)
     */
    public static Result fetch(MetadataFiles files, Collection<ExecutionDetail> runs, Executor executor,
                               SyncListener listener, BooleanSupplier cancelled, String catalog) {
        List<AssetFile> needed = needed(runs, files);
        if (needed.isEmpty()) {
            return new Result(MetadataFiles.Outcome.NONE, FileGaps.NOT_DOWNLOADED);
        }
        MetadataFiles.Outcome outcome;
        try (MetadataDownloads downloads = new MetadataDownloads(files, executor,
                MetadataDownloads.DEFAULT_PARALLELISM, Long.MAX_VALUE, listener, cancelled, catalog)) {
            needed.forEach(f -> downloads.offer(f, false));
            outcome = downloads.awaitAll();
        }
        Map<String, MissingBody> why = new HashMap<>();
        for (MetadataFiles.Failure f : outcome.failures()) {
            why.put(key(f.file()), missing(f.error()));
        }
        return new Result(outcome, file -> !files.fetchable(file)
                ? new MissingBody(MissingBody.Cause.NOT_FETCHABLE, "")
                : why.getOrDefault(key(file), MissingBody.NOT_DOWNLOADED));
    }

    /** The cause behind a failed download. */
    public static MissingBody missing(CatalogException e) {
        MissingBody.Cause cause;
        if (e instanceof CatalogException.Offline) {
            cause = MissingBody.Cause.OFFLINE;
        } else if (e instanceof CatalogException.NotAuthenticated) {
            cause = MissingBody.Cause.LOGIN_NEEDED;
        } else if (e instanceof CatalogException.Forbidden) {
            cause = MissingBody.Cause.NO_ACCESS;
        } else if (e instanceof CatalogException.NotFound) {
            cause = MissingBody.Cause.GONE;
        } else if (e instanceof CatalogException.ChecksumMismatch) {
            cause = MissingBody.Cause.CORRUPT;
        } else {
            cause = MissingBody.Cause.FAILED;
        }
        // The short cause says it all, except for "the download failed", where the server's words help.
        return new MissingBody(cause, cause == MissingBody.Cause.FAILED ? e.getMessage() : "");
    }

    private static String key(AssetFile file) {
        return file.md5() == null ? "" : file.md5().toLowerCase(Locale.ROOT);
    }
}
