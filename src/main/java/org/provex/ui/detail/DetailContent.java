package org.provex.ui.detail;

import java.util.List;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.model.AssetFile;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;

/**
 * What the detail page shows of one execution: plain values and display text, built off the FX thread by
 * {@link DetailContentBuilder} so the sections only lay them out.
 *
 * @param configuration null when no configuration.json was read
 * @param summary       the effective hyperparameters and the environment at a glance (empty when not cached)
 */
public record DetailContent(Header header, List<ExecutionAudit.Finding> findings, Code code, List<InputRow> inputs,
                            List<AssetRow> inputAssets, List<FileRow> files, List<AssetRow> outputAssets,
                            Configuration configuration, Nesting nesting, RunSummary summary) {

    public DetailContent {
        findings = List.copyOf(findings);
        inputs = List.copyOf(inputs);
        inputAssets = List.copyOf(inputAssets);
        files = List.copyOf(files);
        outputAssets = List.copyOf(outputAssets);
    }

    public Rid rid() {
        return header.rid();
    }

    /** A label and its value; {@code mono} for hashes, paths and versions; {@code note} a muted caption or null. */
    public record Field(String label, String value, boolean mono, String note) {

        public Field(String label, String value, boolean mono) {
            this(label, value, mono, null);
        }
    }

    /**
     * @param statusDetail the status detail when it says more than the description (a failure's traceback), or null
     * @param createdUtc   the same instant in UTC, for a tooltip
     */
    public record Header(Rid rid, String status, ExecutionStatus.Phase phase, String description,
                         String statusDetail, String createdLocal, String createdUtc, List<Field> durations,
                         boolean sentinel) {
        public Header {
            durations = List.copyOf(durations);
        }
    }

    /**
     * @param workflow     null when the run names no workflow in the cache
     * @param location     where the code is: repository / commit / path, image / digest, or the raw URL
     * @param explanation  what a REPL, empty or sentinel URL means, or null
     * @param identity     checksum (or digest) and the per-run version fields
     * @param dirty        the per-run version says the tree had uncommitted changes
     */
    public record Code(Rid workflow, String workflowName, String types, String kind, List<Field> location,
                       String explanation, List<Field> identity, boolean dirty) {
        public Code {
            location = List.copyOf(location);
            identity = List.copyOf(identity);
        }
    }

    /**
     * @param version     the pinned {@code Dataset_Version} row, or null when unknown
     * @param snapshot    the snapshot id, or null (dev versions have none)
     * @param snapshotUtc the snapshot's time in UTC, for a tooltip
     */
    public record InputRow(Rid dataset, String datasetLabel, Rid version, String versionLabel, String snapshot,
                           String snapshotTime, String snapshotUtc, boolean dev, boolean fromConfiguration,
                           boolean pinned) {
    }

    /** An asset linked to the run; {@code sentinel} marks deriva-ml's "no declared input" placeholder file. */
    public record AssetRow(Rid rid, String name, String role, String types, String size, String md5,
                           boolean sentinel) {
    }

    /** A metadata file; {@code parsed} is null when its body is not cached. */
    public record FileRow(String name, String role, String types, String size, String md5, boolean cached,
                          MetadataKind kind, AssetFile asset, ParsedMetadata parsed) {

        public boolean isEnvironment() {
            return kind == MetadataKind.ENVIRONMENT;
        }

        /** The reader's error message when the file did not parse, else null. */
        public String parseError() {
            return parsed instanceof ParsedMetadata.Failed f ? f.error().getMessage() : null;
        }
    }

    /** configuration.json: config choices in file order, datasets, the command line and Hydra's overrides. */
    public record Configuration(List<Choice> choices, List<ConfigDataset> datasets, List<ConfigAsset> assets,
                                String commandLine, List<String> overrides) {
        public Configuration {
            choices = List.copyOf(choices);
            datasets = List.copyOf(datasets);
            assets = List.copyOf(assets);
            overrides = List.copyOf(overrides);
        }
    }

    /** A Hydra config group and the option the run chose; {@code internal} for Hydra's own {@code hydra/*}. */
    public record Choice(String group, String option, boolean internal) {
    }

    /** An input asset of configuration.json: a catalog asset by RID, or a local file by path. */
    public record ConfigAsset(Rid rid, String path) {
    }

    /** A dataset of configuration.json; {@code versionRid} comes from the matching input, when there is one. */
    public record ConfigDataset(Rid dataset, String version, Rid versionRid, boolean materialize) {
    }

    public record Nesting(RunRef parent, List<RunRef> children, List<ProducedRow> produced) {
        public Nesting {
            children = List.copyOf(children);
            produced = List.copyOf(produced);
        }

        public boolean isEmpty() {
            return parent == null && children.isEmpty() && produced.isEmpty();
        }
    }

    /** Another execution: a sweep parent or one of its jobs ({@code sequence} null when unnumbered). */
    public record RunRef(Rid rid, Integer sequence, String status, ExecutionStatus.Phase phase, String description) {
    }

    /** A dataset version this run produced or released. */
    public record ProducedRow(Rid dataset, String datasetLabel, Rid version, String versionLabel, String snapshot,
                              boolean dev) {
    }
}
