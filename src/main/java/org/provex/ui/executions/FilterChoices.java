package org.provex.ui.executions;

import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.model.Workflow;

/** The workflows and datasets the filters offer, read from the cache (blocking: call off the FX thread). */
record FilterChoices(List<FilterChoice> workflows, List<FilterChoice> datasets) {

    static FilterChoices read(CacheDatabase db) {
        List<FilterChoice> workflows = new LookupQueries(db).workflows().stream()
                .map(w -> new FilterChoice(w.workflow().rid(), label(w.workflow()))).toList();
        List<FilterChoice> datasets = new DatasetQueries(db).datasets().stream()
                .map(d -> new FilterChoice(d.dataset().rid(), d.label() + " (" + d.dataset().rid() + ")")).toList();
        return new FilterChoices(workflows, datasets);
    }

    /** Workflows often share a name (versions of the same code), so the RID tells them apart. */
    private static String label(Workflow w) {
        String name = w.name() == null || w.name().isBlank() ? w.rid().value() : w.name();
        String version = w.version() == null || w.version().isBlank() ? "" : " " + w.version();
        return name + version + " (" + w.rid() + ")";
    }
}
