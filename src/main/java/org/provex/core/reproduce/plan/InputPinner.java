package org.provex.core.reproduce.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.model.DatasetSpec;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.plan.PinnedInput.Resolution;

/**
 * Chooses the dataset versions of a new run. A reproduction keeps every recorded release; an input the original read
 * at a dev version or without a version gets the release that was current when the original was created (and says
 * so). A re-run on the latest versions takes each dataset's current release.
 */
final class InputPinner {

    private InputPinner() {
    }

    /**
     * @param datasets the dataset summaries (with version histories) by RID, e.g. from the cache
     */
    static List<PinnedInput> pin(ExecutionAudit audit, ReproductionMode mode,
                                 Function<Rid, Optional<DatasetSummary>> datasets) {
        Instant created = audit.detail().execution().created();
        Map<Rid, InputDetail> recorded = new LinkedHashMap<>();
        audit.detail().inputs().forEach(i -> recorded.put(i.input().dataset(), i));
        List<PinnedInput> out = new ArrayList<>();
        List<DatasetSpec> specs = audit.configuration().map(c -> c.datasets()).orElse(List.of());
        for (int i = 0; i < specs.size(); i++) {
            DatasetSpec spec = specs.get(i);
            InputDetail detail = recorded.remove(spec.rid());
            out.add(pin(spec.rid(), detail, spec.version(), i, mode, created, datasets));
        }
        // inputs the catalog links but configuration.json does not name (or no configuration was read)
        for (InputDetail detail : recorded.values()) {
            out.add(pin(detail.input().dataset(), detail, null, -1, mode, created, datasets));
        }
        return out;
    }

    private static PinnedInput pin(Rid dataset, InputDetail detail, String configVersion, int index,
                                   ReproductionMode mode, Instant created,
                                   Function<Rid, Optional<DatasetSummary>> datasets) {
        Optional<DatasetSummary> summary = datasets.apply(dataset);
        String label = detail != null ? detail.datasetLabel() : summary.map(DatasetSummary::label)
                .orElse(dataset.value());
        List<DatasetVersion> history = summary.map(DatasetSummary::history).orElse(List.of());
        String recordedVersion = detail != null && detail.input().version() != null ? detail.input().version()
                : configVersion;
        Optional<DatasetVersion> row = recordedRow(detail, recordedVersion, history);
        if (mode == ReproductionMode.LATEST_VERSIONS) {
            Optional<DatasetVersion> latest = latestRelease(summary);
            if (latest.isEmpty()) {
                return unresolved(dataset, label, recordedVersion, index, "No released version of " + label
                        + " is in the cache.");
            }
            DatasetVersion v = latest.get();
            String note = v.version().equals(recordedVersion) ? "Still at " + v.version() + ", the version the "
                    + "original consumed." : "Was " + (recordedVersion == null ? "unpinned" : recordedVersion)
                    + "; now " + v.version() + ", the current release.";
            return new PinnedInput(dataset, label, recordedVersion, v.version(), v.rid(), v.snapshot(),
                    Resolution.LATEST, note, index);
        }
        if (row.isPresent() && row.get().isReleased()) {
            DatasetVersion v = row.get();
            return new PinnedInput(dataset, label, recordedVersion, v.version(), v.rid(), v.snapshot(),
                    Resolution.AS_RECORDED, "", index);
        }
        boolean dev = row.isPresent() || (detail != null && detail.dev());
        Optional<DatasetVersion> then = releaseCurrentAt(history, created);
        if (then.isEmpty()) {
            return unresolved(dataset, label, recordedVersion, index, label + " had no released version when the "
                    + "run was created, so the data it read cannot be pinned.");
        }
        DatasetVersion v = then.get();
        String note = (dev ? label + " was read at dev version " + recordedVersion + ", which has no snapshot"
                : label + " was read without a pinned version") + "; pinned to " + v.version() + ", the release "
                + "current when the run was created (" + created + "). Its contents may differ from what the "
                + "original read.";
        return new PinnedInput(dataset, label, recordedVersion, v.version(), v.rid(), v.snapshot(),
                dev ? Resolution.RESOLVED_DEV : Resolution.RESOLVED_UNPINNED, note, index);
    }

    private static PinnedInput unresolved(Rid dataset, String label, String recordedVersion, int index, String note) {
        return new PinnedInput(dataset, label, recordedVersion, recordedVersion, null, null, Resolution.UNRESOLVED,
                note, index);
    }

    private static Optional<DatasetVersion> recordedRow(InputDetail detail, String version,
                                                        List<DatasetVersion> history) {
        if (detail != null && detail.input().datasetVersion() != null) {
            Optional<DatasetVersion> byRid = history.stream()
                    .filter(v -> v.rid().equals(detail.input().datasetVersion())).findFirst();
            if (byRid.isPresent()) {
                return byRid;
            }
        }
        return version == null ? Optional.empty()
                : history.stream().filter(v -> version.equals(v.version())).findFirst();
    }

    /** The highest release whose snapshot was taken at or before the instant. */
    static Optional<DatasetVersion> releaseCurrentAt(List<DatasetVersion> history, Instant at) {
        return history.stream().filter(DatasetVersion::isReleased)
                .filter(v -> at == null || !v.snapshot().toInstant().isAfter(at))
                .max(DatasetVersion.BY_VERSION);
    }

    private static Optional<DatasetVersion> latestRelease(Optional<DatasetSummary> summary) {
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        DatasetVersion current = summary.get().current();
        if (current != null && current.isReleased()) {
            return Optional.of(current);
        }
        return summary.get().history().stream().filter(DatasetVersion::isReleased)
                .max(Comparator.comparing(v -> v, DatasetVersion.BY_VERSION));
    }
}
