package org.provex.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit.Finding;
import org.provex.core.audit.ExecutionAudit.MetadataFile;
import org.provex.core.audit.ExecutionAudit.Severity;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.HydraRuntime;
import org.provex.core.formats.MetadataReaders;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.formats.UvLock;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.JsonNode;

/**
 * Builds an {@link ExecutionAudit} from the cache alone (no network). A file body that is not in the cache is
 * explained by the caller's {@link FileGaps} (an on-demand fetch that failed says why; otherwise "not downloaded").
 */
public final class ExecutionAuditor {

    private final CacheDatabase db;
    private final FileGaps gaps;

    public ExecutionAuditor(CacheDatabase db) {
        this(db, FileGaps.NOT_DOWNLOADED);
    }

    public ExecutionAuditor(CacheDatabase db, FileGaps gaps) {
        this.db = db;
        this.gaps = gaps;
    }

    public Optional<ExecutionAudit> audit(Rid execution) {
        return new ExecutionDetailQuery(db).detail(execution).map(this::audit);
    }

    private ExecutionAudit audit(ExecutionDetail d) {
        List<MetadataFile> files = new ArrayList<>();
        for (AssetUse use : d.metadataFiles()) {
            Optional<byte[]> body = body(use);
            files.add(new MetadataFile(use, body.isPresent(), body.map(b -> MetadataReaders.read(use.asset().kind(),
                    use.asset().filename(), b)), body.isPresent() ? null : gaps.why(use.asset())));
        }
        return assemble(d, files);
    }

    /**
     * Builds the audit from a run's rows and its already read metadata files: picks the parsed
     * configuration, environment, uv.lock and Hydra files, and derives the findings.
     */
    public static ExecutionAudit assemble(ExecutionDetail d, List<MetadataFile> files) {
        ExecutionConfiguration config = null;
        EnvironmentSnapshot env = null;
        UvLock lock = null;
        HydraRuntime runtime = null;
        JsonNode hydraConfig = null;
        List<String> overrides = List.of();
        List<Finding> findings = new ArrayList<>();
        for (MetadataFile file : files) {
            ParsedMetadata p = file.parsed().orElse(null);
            if (p instanceof ParsedMetadata.Configuration c) {
                config = c.configuration();
            } else if (p instanceof ParsedMetadata.Environment e) {
                env = e.snapshot();
            } else if (p instanceof ParsedMetadata.UvLockFile u) {
                lock = u.lock();
            } else if (p instanceof ParsedMetadata.HydraRuntime h) {
                runtime = h.runtime();
            } else if (p instanceof ParsedMetadata.HydraConfig h) {
                hydraConfig = h.config();
            } else if (p instanceof ParsedMetadata.HydraOverrides h) {
                overrides = h.overrides();
            } else if (p instanceof ParsedMetadata.Failed f) {
                findings.add(new Finding(Severity.PROBLEM, "unreadable-file", f.error().getMessage()));
            }
        }
        findings.addAll(Findings.of(d, files, config, env, lock));
        findings.sort(Comparator.comparing(Finding::severity));
        return new ExecutionAudit(d, files, Optional.ofNullable(config), Optional.ofNullable(env),
                Optional.ofNullable(lock), Optional.ofNullable(runtime), Optional.ofNullable(hydraConfig), overrides,
                findings);
    }

    private Optional<byte[]> body(AssetUse use) {
        String md5 = use.asset().md5();
        if (md5 == null || md5.isBlank()) {
            return Optional.empty();
        }
        try {
            return db.blobs().read(md5, use.asset().length());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + use.asset().filename() + " from the cache", e);
        }
    }

    /** The rules behind the findings, kept apart so each reads as one sentence. */
    static final class Findings {

        private Findings() {
        }

        static List<Finding> of(ExecutionDetail d, List<MetadataFile> files, ExecutionConfiguration config,
                                EnvironmentSnapshot env, UvLock lock) {
            List<Finding> out = new ArrayList<>();
            if (d.execution().isUnknownProvenance()) {
                out.add(new Finding(Severity.NOTE, "sentinel", "This is deriva-ml's unknown-provenance sentinel:"
                        + " artifacts with no known producer point here. It is not a real run."));
                return out;
            }
            code(d, out);
            for (InputDetail in : d.inputs()) {
                ExecutionInput i = in.input();
                if (in.dev()) {
                    out.add(new Finding(Severity.WARNING, "dev-input", "Input " + in.datasetLabel() + " uses dev"
                            + " version " + i.version() + ", which has no snapshot: its contents may have changed."));
                } else if (i.source() == ExecutionInput.Source.UNPINNED || !in.versionKnown()) {
                    out.add(new Finding(Severity.WARNING, "unpinned-input", "Input " + in.datasetLabel()
                            + " is not pinned to a known dataset version."));
                } else if (i.source() == ExecutionInput.Source.CONFIGURATION) {
                    out.add(new Finding(Severity.NOTE, "pinned-from-config", "The version of input "
                            + in.datasetLabel() + " comes from configuration.json: this catalog predates"
                            + " Dataset_Execution.Dataset_Version."));
                }
            }
            if (!has(files, MetadataKind.CONFIGURATION)) {
                out.add(new Finding(Severity.WARNING, "no-configuration", "No configuration.json was recorded by"
                        + " deriva-ml for this run: its datasets, versions and config choices are unknown."));
            }
            if (!has(files, MetadataKind.UV_LOCK)) {
                out.add(new Finding(Severity.NOTE, "no-uv-lock", "No uv.lock was recorded by deriva-ml: exact package"
                        + " versions come only from the environment snapshot."));
            }
            if (!has(files, MetadataKind.ENVIRONMENT)) {
                out.add(new Finding(Severity.WARNING, "no-environment", "No environment snapshot was recorded by"
                        + " deriva-ml for this run."));
            } else if (env != null && env.isPlainText()) {
                out.add(new Finding(Severity.NOTE, "plain-environment", "The environment snapshot is plain text"
                        + " (an older deriva-ml): it is shown as written, not parsed."));
            }
            for (MetadataFile f : files) {
                if (!f.cached() && NotDownloaded.matters(f.use().asset().kind())) {
                    out.add(new Finding(Severity.WARNING, "not-downloaded", NotDownloaded.sentence(f)));
                }
            }
            if (lock == null && env == null && config == null && files.isEmpty()) {
                out.add(new Finding(Severity.WARNING, "no-metadata", "No metadata files are linked to this run."));
            }
            return out;
        }

        private static void code(ExecutionDetail d, List<Finding> out) {
            if (d.workflow() == null) {
                out.add(new Finding(Severity.PROBLEM, "no-workflow", "The run's workflow is not in the cache,"
                        + " so the code that ran is unknown."));
                return;
            }
            WorkflowUrl url = d.workflow().parsedUrl();
            if (url instanceof WorkflowUrl.GitBlob b && !b.hasCommit()) {
                out.add(new Finding(Severity.WARNING, "uncommitted-file",
                        "The workflow file was never committed, so no commit holds this code."));
            } else if (url instanceof WorkflowUrl.Repl) {
                out.add(new Finding(Severity.WARNING, "repl",
                        "The code was typed at an interactive prompt; there is nothing to check out."));
            } else if (url instanceof WorkflowUrl.Empty) {
                out.add(new Finding(Severity.WARNING, "no-url",
                        "The workflow has no URL: the script was outside any git repository."));
            } else if (url instanceof WorkflowUrl.UnknownProvenance) {
                out.add(new Finding(Severity.WARNING, "unknown-workflow",
                        "The workflow is deriva-ml's unknown-provenance sentinel."));
            }
            if (d.code() != null && d.code().dirty()) {
                out.add(new Finding(Severity.WARNING, "dirty-tree", "The repository had uncommitted changes when"
                        + " this ran (version " + d.code().runVersion().text() + "): the code may match no commit."));
            }
        }

        private static boolean has(List<MetadataFile> files, MetadataKind kind) {
            return files.stream().anyMatch(f -> isKind(f, kind));
        }

        private static boolean isKind(MetadataFile f, MetadataKind kind) {
            return f.use().asset().kind() == kind;
        }
    }
}
