package org.provex.ui.detail;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.audit.FileGaps;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.cache.query.ExecutionLookup;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.ui.common.FileFetchProgress;
import org.provex.ui.common.Messages;
import org.provex.core.live.RemoteFiles;
import org.provex.ui.common.TaskRunner;

/**
 * The blocking work of a load: fetch the run's missing metadata files, audit the run and look up what its links
 * point to. Runs off the FX thread.
 */
final class DetailLoader {

    private final Messages messages;
    private final ZoneId zone;

    DetailLoader(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /**
     * Evidence first: the run's metadata files that the cache lacks are fetched from {@code remote} (with progress
     * through the task), then the run is audited, each file still missing explained.
     *
     * @return empty when the execution is not in the cache, or when the task was cancelled part way
     */
    Optional<DetailContent> load(CacheDatabase db, RemoteFiles remote, Rid rid, TaskRunner.TaskContext task) {
        Optional<ExecutionDetail> detail = new ExecutionDetailQuery(db).detail(rid);
        if (detail.isEmpty() || task.isCancelled()) {
            return Optional.empty();
        }
        FileGaps gaps = remote.fetchMissing(List.of(detail.get()),
                new FileFetchProgress(text -> task.progress(-1, text)), task::isCancelled);
        Optional<ExecutionAudit> found = new ExecutionAuditor(db, gaps).audit(rid);
        if (found.isEmpty() || task.isCancelled()) {
            return Optional.empty();
        }
        ExecutionAudit audit = found.get();
        List<Rid> runs = new ArrayList<>();
        if (audit.detail().parent() != null) {
            runs.add(audit.detail().parent());
        }
        audit.detail().children().stream().map(ExecutionNesting::child).forEach(runs::add);
        var rows = runs.isEmpty() ? Map.<Rid, org.provex.core.cache.query.ExecutionRow>of()
                : new ExecutionLookup(db).rows(runs);
        Map<Rid, String> labels = new LinkedHashMap<>();
        DatasetQueries datasets = new DatasetQueries(db);
        for (DatasetVersion v : audit.detail().produced()) {
            if (!labels.containsKey(v.dataset())) {
                labels.put(v.dataset(), datasets.dataset(v.dataset()).map(DatasetSummary::label)
                        .orElse(v.dataset().value()));
            }
        }
        if (task.isCancelled()) {
            return Optional.empty();
        }
        return Optional.of(new DetailContentBuilder(messages, zone).build(audit, rows, labels));
    }
}
