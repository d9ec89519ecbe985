package org.provex.ui.compare;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.diff.ExecutionComparer;
import org.provex.core.model.AssetFile;
import org.provex.core.model.Rid;

/**
 * Where a comparison reads its runs and their metadata files: the open catalog's cache. Both calls block, so
 * they are made only inside background tasks. The benchmark substitutes generated runs.
 */
public interface RunSource {

    /** Audits the runs in the given order; throws {@link org.provex.core.diff.DiffException} for an unknown RID. */
    List<ExecutionAudit> audits(List<Rid> runs);

    /** The cached body of a metadata file, or empty when it is not in the cache. */
    Optional<byte[]> read(AssetFile file) throws IOException;

    static RunSource of(CacheDatabase db) {
        Objects.requireNonNull(db, "db");
        return new RunSource() {
            @Override
            public List<ExecutionAudit> audits(List<Rid> runs) {
                return new ExecutionComparer(db).audits(runs);
            }

            @Override
            public Optional<byte[]> read(AssetFile file) throws IOException {
                return db.blobs().read(file.md5(), file.length());
            }
        };
    }
}
