package org.provex.ui.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;
import org.provex.core.sync.SyncListener;
import org.provex.core.live.RemoteFiles;

/**
 * Where a comparison reads its runs and their metadata files: the open catalog's cache, after fetching from the
 * live catalog the files the comparison reads that the cache lacks. Both calls block, so they are made only inside
 * background tasks. The benchmark substitutes generated runs.
 */
public interface RunSource {

    /** Audits the runs in the given order; throws {@link org.provex.core.diff.DiffException} for an unknown RID. */
    List<ExecutionAudit> audits(List<Rid> runs);

    /**
     * Evidence first: fetches the files the comparison reads that the cache lacks (where there is a catalog to
     * fetch from), then audits the runs, each missing file explained. The default has nothing to fetch from.
     */
    default List<ExecutionAudit> audits(List<Rid> runs, SyncListener progress, BooleanSupplier cancelled) {
        return audits(runs);
    }

    /** The cached body of a metadata file, or empty when it is not in the cache. */
    Optional<byte[]> read(AssetFile file) throws IOException;

    static RunSource of(CacheDatabase db) {
        return of(db, RemoteFiles.NONE);
    }

    /** Reads the cache; fetches missing files from {@code remote} first ({@link RemoteFiles#NONE}: never). */
    static RunSource of(CacheDatabase db, RemoteFiles remote) {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(remote, "remote");
        return new RunSource() {
            @Override
            public List<ExecutionAudit> audits(List<Rid> runs) {
                return new ExecutionComparer(db).audits(runs);
            }

            @Override
            public List<ExecutionAudit> audits(List<Rid> runs, SyncListener progress, BooleanSupplier cancelled) {
                List<ExecutionDetail> details = new ArrayList<>();
                ExecutionDetailQuery query = new ExecutionDetailQuery(db);
                runs.forEach(rid -> query.detail(rid).ifPresent(details::add));
                FileGaps gaps = remote.fetchMissing(details, progress, cancelled);
                return new ExecutionComparer(db, gaps).audits(runs);
            }

            @Override
            public Optional<byte[]> read(AssetFile file) throws IOException {
                return db.blobs().read(file.md5(), file.length());
            }
        };
    }
}
