package org.provex.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.provex.core.audit.FileGaps;
import org.provex.core.audit.MissingBody;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.model.Rid;
import org.provex.core.sync.MetadataFiles;
import org.provex.core.sync.OnDemandFiles;
import org.provex.core.workspace.Workspace;

/**
 * Evidence before an answer in {@code show} and {@code diff}: the metadata files the answer reads that a live
 * catalog's cache does not hold yet are fetched first (verified, cached, a few at a time, with a progress line when
 * it takes a while). What cannot be fetched is explained to the answer, which then says "unknown" and why.
 */
final class OnDemand {

    private OnDemand() {
    }

    /**
     * @param offline the person asked not to contact the catalog ({@code --offline})
     * @return why each body still missing is missing
     */
    static FileGaps fetch(CliContext ctx, CacheDatabase db, List<Rid> runs, boolean offline) throws IOException {
        if (Workspace.DEMO.equals(ctx.catalog())) {
            return FileGaps.NOT_DOWNLOADED;
        }
        if (offline) {
            return FileGaps.all(new MissingBody(MissingBody.Cause.OFFLINE, "--offline was given"));
        }
        List<ExecutionDetail> details = new ArrayList<>();
        ExecutionDetailQuery query = new ExecutionDetailQuery(db);
        runs.forEach(rid -> query.detail(rid).ifPresent(details::add));
        MetadataFiles files = ctx.catalogs().files(ctx.catalog(), db);
        if (OnDemandFiles.needed(details, files).isEmpty()) {
            return FileGaps.NOT_DOWNLOADED;
        }
        ProgressLine progress = new ProgressLine(ctx.err(), "provex: fetching: ", ProgressLine.terminal());
        OnDemandFiles.Result result;
        try (FilePool pool = new FilePool()) {
            result = OnDemandFiles.fetch(files, details, pool.executor(), progress, () -> false, ctx.catalog());
        } finally {
            progress.clear();
        }
        long failed = result.outcome().failed();
        if (failed > 0) {
            MetadataFiles.Failure first = result.outcome().failures().get(0);
            ctx.err().println(String.format(Locale.ROOT, "provex: warning: %,d metadata file%s could not be fetched, "
                    + "so the answers that need %s say unknown (%s: %s)", failed, failed == 1 ? "" : "s",
                    failed == 1 ? "it" : "them", first.file().filename(),
                    TextTable.clean(first.error().getMessage())));
            ctx.err().flush();
        }
        return result.gaps();
    }
}
