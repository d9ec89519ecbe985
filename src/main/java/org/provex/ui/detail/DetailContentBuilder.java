package org.provex.ui.detail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.model.AssetRole;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.core.model.RunDuration;
import org.provex.ui.common.Messages;
import org.provex.ui.detail.DetailContent.AssetRow;
import org.provex.ui.detail.DetailContent.Field;
import org.provex.ui.detail.DetailContent.FileRow;
import org.provex.ui.detail.DetailContent.InputRow;
import org.provex.ui.detail.DetailContent.Nesting;
import org.provex.ui.detail.DetailContent.ProducedRow;
import org.provex.ui.detail.DetailContent.RunRef;

/** Turns an audit into display values; pure, so it runs on a background thread and in tests without a toolkit. */
final class DetailContentBuilder {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Messages m;
    private final ZoneId zone;

    DetailContentBuilder(Messages messages, ZoneId zone) {
        this.m = messages;
        this.zone = zone;
    }

    /**
     * @param runs          rows of the parent and children, by RID (runs missing from the cache are absent)
     * @param datasetLabels labels of the datasets of produced versions
     */
    DetailContent build(ExecutionAudit audit, Map<Rid, ExecutionRow> runs, Map<Rid, String> datasetLabels) {
        ExecutionDetail d = audit.detail();
        List<AssetRow> inputAssets = new ArrayList<>();
        List<AssetRow> outputAssets = new ArrayList<>();
        for (AssetUse use : d.assets()) {
            (use.role() == AssetRole.INPUT ? inputAssets : outputAssets).add(asset(use));
        }
        List<DetailContent.FileRow> files = audit.files().stream().map(DetailContentBuilder::file).toList();
        return new DetailContent(header(d.execution()), audit.findings(), new CodeFacts(m).code(d),
                d.inputs().stream().map(this::input).toList(), inputAssets, files, outputAssets,
                audit.configuration().map(c -> ConfigurationFacts.of(c, audit, d.inputs())).orElse(null),
                nesting(d, runs, datasetLabels), RunSummary.of(files, m));
    }

    private DetailContent.Header header(Execution e) {
        String detail = e.statusDetail();
        boolean saysMore = detail != null && !detail.isBlank() && !detail.strip().equals(
                Objects.toString(e.description(), "").strip());
        return new DetailContent.Header(e.rid(), ExecutionStatus.displayName(e.status()), e.phase(),
                e.description() == null || e.description().isBlank() ? m.get("header.description.none")
                        : e.description(),
                saysMore ? detail.strip() : null, local(e.created()), utc(e.created()), durations(e.durations()),
                e.isUnknownProvenance());
    }

    private List<Field> durations(ExecutionDurations d) {
        List<Field> out = new ArrayList<>();
        add(out, "header.duration.execution", d.execution());
        add(out, "header.duration.download", d.download());
        add(out, "header.duration.upload", d.upload());
        add(out, "header.duration.legacy", d.legacy());
        return out;
    }

    private void add(List<Field> out, String key, RunDuration d) {
        if (d != null) {
            out.add(new Field(m.get(key), d.display(), false));
        }
    }

    private InputRow input(InputDetail in) {
        ExecutionInput i = in.input();
        boolean pinned = i.source() != ExecutionInput.Source.UNPINNED && in.versionKnown();
        return new InputRow(i.dataset(), in.datasetLabel(), i.datasetVersion(),
                i.version() == null ? m.get("inputs.version.unknown") : i.version(),
                i.snapshot() == null ? null : i.snapshot().value(),
                i.snapshot() == null ? null : local(i.snapshot().toInstant()),
                i.snapshot() == null ? null : utc(i.snapshot().toInstant()), in.dev(),
                i.source() == ExecutionInput.Source.CONFIGURATION, pinned);
    }

    private AssetRow asset(AssetUse use) {
        var a = use.asset();
        if (a.isUnknownProvenance()) {
            return new AssetRow(a.rid(), m.get("inputs.sentinelAsset"), role(use.role()), "", "", "", true);
        }
        return new AssetRow(a.rid(), Objects.toString(a.filename(), a.url()), role(use.role()),
                String.join(", ", a.types()), size(a.length()), Objects.toString(a.md5(), ""), false);
    }

    private String role(AssetRole role) {
        return role == AssetRole.UNSPECIFIED ? m.get("outputs.role.none") : role.term();
    }

    private static FileRow file(ExecutionAudit.MetadataFile f) {
        var a = f.use().asset();
        return new FileRow(Objects.toString(a.filename(), a.url()), f.use().role().term(),
                String.join(", ", a.types()), size(a.length()), Objects.toString(a.md5(), ""), f.cached(), a.kind(),
                a, f.parsed().orElse(null));
    }

    private Nesting nesting(ExecutionDetail d, Map<Rid, ExecutionRow> runs, Map<Rid, String> labels) {
        RunRef parent = d.parent() == null ? null : run(d.parent(), null, runs);
        List<RunRef> children = new ArrayList<>();
        for (ExecutionNesting n : d.children()) {
            children.add(run(n.child(), n.sequence(), runs));
        }
        List<ProducedRow> produced = new ArrayList<>();
        for (DatasetVersion v : d.produced()) {
            produced.add(new ProducedRow(v.dataset(), labels.getOrDefault(v.dataset(), v.dataset().value()), v.rid(),
                    Objects.toString(v.version(), m.get("inputs.version.unknown")),
                    v.snapshot() == null ? null : v.snapshot().value(), v.isDev()));
        }
        return new Nesting(parent, children, produced);
    }

    private RunRef run(Rid rid, Integer sequence, Map<Rid, ExecutionRow> runs) {
        ExecutionRow row = runs.get(rid);
        if (row == null) {
            return new RunRef(rid, sequence, m.get("nesting.unknownRun"), ExecutionStatus.Phase.UNKNOWN, "");
        }
        return new RunRef(rid, sequence, ExecutionStatus.displayName(row.status()),
                ExecutionStatus.phaseOf(row.status()), Objects.toString(row.description(), ""));
    }

    String local(Instant t) {
        return t == null ? m.get("code.none") : LOCAL.format(t.atZone(zone));
    }

    String utc(Instant t) {
        return t == null ? "" : m.get("header.createdUtc", UTC.format(t));
    }

    /** Binary units like the CLI: {@code 694 B}, {@code 1.7 KiB}; "?" when unknown. */
    static String size(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
