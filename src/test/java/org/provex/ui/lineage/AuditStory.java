package org.provex.ui.lineage;

import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.lineage.DemoLineage;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;

/** The RIDs of the demo's label-audit story that the lineage window tests start from. */
record AuditStory(Rid training, Rid taintedTraining, Rid correctedTraining, Rid taintedSplit, Rid mine,
                  Rid devDataset, Rid devDatasetReleased, Rid devVersion) {

    static AuditStory of(CacheDatabase demo) {
        String train = DemoLineage.dataset(DemoLineage.TRAIN);
        DatasetSummary withDev = new DatasetQueries(demo).datasets().stream()
                .filter(d -> d.current() != null && d.current().isDev() && d.history().size() > 1).findFirst()
                .orElseThrow();
        DatasetVersion released = withDev.history().stream().filter(v -> !v.isDev()).findFirst().orElseThrow();
        return new AuditStory(Rid.of(train), Rid.of(DemoLineage.version(train, "0.2.0")),
                Rid.of(DemoLineage.version(train, "0.3.0")),
                Rid.of(DemoLineage.version(DemoLineage.dataset(DemoLineage.SPLIT), "0.2.0")),
                Rid.of(DemoLineage.execution("Mine hard examples")), withDev.dataset().rid(), released.rid(),
                withDev.current().rid());
    }
}
