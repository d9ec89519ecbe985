package org.provex.ui.workflows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provex.core.cache.query.WorkflowSummary;
import org.provex.core.model.Workflow;

/** Groups workflow rows by name into versions of the same code; the sentinel rows stay on their own, last. */
final class WorkflowGrouping {

    private static final Comparator<WorkflowSummary> FIRST_USE = Comparator
            .comparing((WorkflowSummary s) -> s.workflow().created(), Comparator.nullsLast(Instant::compareTo))
            .thenComparing(s -> s.workflow().rid());

    private WorkflowGrouping() {
    }

    static List<WorkflowGroup> group(List<WorkflowSummary> workflows) {
        Map<String, List<WorkflowSummary>> byName = new LinkedHashMap<>();
        List<List<WorkflowSummary>> sentinels = new ArrayList<>();
        for (WorkflowSummary s : workflows) {
            Workflow w = s.workflow();
            if (w.isUnknownProvenance()) {
                sentinels.add(List.of(s));
            } else {
                // A nameless row cannot be grouped with anything: it stands alone under its RID.
                String key = w.name() == null || w.name().isBlank() ? "\u0000" + w.rid() : w.name().strip();
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<WorkflowGroup> groups = new ArrayList<>();
        byName.values().forEach(list -> groups.add(toGroup(list)));
        groups.sort(Comparator.comparing(g -> g.name().toLowerCase(java.util.Locale.ROOT)));
        sentinels.forEach(list -> groups.add(toGroup(list)));
        return groups;
    }

    private static WorkflowGroup toGroup(List<WorkflowSummary> rows) {
        List<WorkflowSummary> sorted = new ArrayList<>(rows);
        sorted.sort(FIRST_USE);
        List<WorkflowVersion> versions = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            WorkflowSummary s = sorted.get(i);
            versions.add(new WorkflowVersion(s, i + 1, sorted.size(), WorkflowCode.of(s.workflow())));
        }
        Workflow first = sorted.get(0).workflow();
        String name = first.name() == null || first.name().isBlank() ? first.rid().value() : first.name().strip();
        return new WorkflowGroup(name, versions);
    }
}
