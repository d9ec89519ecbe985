package org.provex.core.diff;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.model.Rid;

/**
 * Compares executions straight from a catalog's cache (no network). Fetch the files an answer needs first
 * ({@code core.sync.OnDemandFiles}) and pass what it says about the rest, so that a missing file is named with why.
 */
public final class ExecutionComparer {

    private final CacheDatabase db;
    private final FileGaps gaps;

    public ExecutionComparer(CacheDatabase db) {
        this(db, FileGaps.NOT_DOWNLOADED);
    }

    /** @param gaps why a file body that is not in the cache is missing */
    public ExecutionComparer(CacheDatabase db, FileGaps gaps) {
        this.db = Objects.requireNonNull(db, "db");
        this.gaps = Objects.requireNonNull(gaps, "gaps");
    }

    /**
     * Audits the runs in the given order.
     *
     * @throws DiffException if a RID is not an execution in the cache, or its cached files cannot be read
     */
    public List<ExecutionAudit> audits(List<Rid> executions) {
        ExecutionAuditor auditor = new ExecutionAuditor(db, gaps);
        List<ExecutionAudit> out = new ArrayList<>();
        for (Rid rid : executions) {
            try {
                out.add(auditor.audit(rid).orElseThrow(() -> new DiffException("There is no execution " + rid
                        + " in the cache; check the RID with 'provex executions', or sync the catalog.")));
            } catch (UncheckedIOException e) {
                throw new DiffException("The cached files of execution " + rid + " cannot be read ("
                        + e.getCause().getMessage() + "); sync the catalog again to repair the cache.", e);
            }
        }
        return out;
    }

    /** Audits and prepares the runs; pick the baseline with {@link PreparedComparison#against}. */
    public PreparedComparison prepare(List<Rid> executions, boolean revealSecrets) {
        return RunComparer.prepare(audits(executions), revealSecrets);
    }
}
