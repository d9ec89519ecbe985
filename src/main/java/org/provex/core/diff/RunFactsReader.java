package org.provex.core.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.NotDownloaded;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.model.AssetRole;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.MetadataKind;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Extracts {@link RunFacts} from an audit: what the cache has, and why the rest is missing. */
final class RunFactsReader {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RunFactsReader() {
    }

    static RunFacts read(ExecutionAudit a, boolean reveal) {
        ExecutionDetail d = a.detail();
        CodeIdentity code = d.code() == null ? null : withRunVersion(d.code(), a.configuration().orElse(null));
        String runVersion = code == null ? a.configuration().map(c -> c.workflow() == null ? null
                : c.workflow().version()).map(Objects::toString).orElse("") : code.runVersion().text();
        String description = Objects.toString(d.execution().description(), "");
        RunRef ref = new RunRef(d.execution().rid(), reveal ? description : MetadataText.mask(description),
                Objects.toString(d.execution().status(), ""), d.execution().created(), d.execution().workflow(),
                d.workflow() == null ? "" : Objects.toString(d.workflow().name(), ""), runVersion);
        Map<SectionId, SectionFacts> s = new EnumMap<>(SectionId.class);
        s.put(SectionId.INPUTS, inputs(d));
        s.put(SectionId.CODE, code(d, code));
        Availability config = availability(a, MetadataKind.CONFIGURATION, "configuration.json", "",
                a.configuration().isPresent());
        s.put(SectionId.CONFIG_CHOICES, choices(a, config));
        s.put(SectionId.CONFIGURATION, a.configuration().map(c -> tree(withoutChoices(c), config)).orElse(
                SectionFacts.Tree.missing(config)));
        String hydraNote = " (runs started with deriva-ml-run have one)";
        Availability hydra = availability(a, MetadataKind.HYDRA_CONFIG, "Hydra config.yaml", hydraNote,
                a.hydraConfig().isPresent());
        s.put(SectionId.HYDRA_CONFIG, a.hydraConfig().map(h -> tree(h, hydra))
                .orElse(SectionFacts.Tree.missing(hydra)));
        Availability overrides = availability(a, MetadataKind.HYDRA_OVERRIDES, "Hydra overrides.yaml", hydraNote,
                hasParsed(a, MetadataKind.HYDRA_OVERRIDES));
        s.put(SectionId.HYDRA_OVERRIDES, overrides.present() ? tree(list(a.hydraOverrides()), overrides)
                : SectionFacts.Tree.missing(overrides));
        environment(a, reveal, s);
        Availability lock = availability(a, MetadataKind.UV_LOCK, "uv.lock", "", a.uvLock().isPresent());
        s.put(SectionId.UV_LOCK, a.uvLock().map(l -> fields(EnvironmentFacts.uvLock(l), lock))
                .orElse(SectionFacts.Fields.missing(lock)));
        boolean dev = d.inputs().stream().anyMatch(InputDetail::dev);
        boolean unpinned = d.inputs().stream().anyMatch(in -> in.input().version() == null
                || in.input().version().isBlank());
        return new RunFacts(ref, s, code != null && code.dirty(), dev, unpinned);
    }

    private static void environment(ExecutionAudit a, boolean reveal, Map<SectionId, SectionFacts> s) {
        Availability env = availability(a, MetadataKind.ENVIRONMENT, "environment snapshot", "",
                a.environment().isPresent());
        EnvironmentSnapshot snapshot = a.environment().orElse(null);
        if (snapshot != null && snapshot.isPlainText()) {
            env = Availability.of(Availability.State.UNREADABLE, "the environment snapshot is plain text (an older"
                    + " deriva-ml), so it can only be compared as text");
        }
        if (!env.present()) {
            for (SectionId id : List.of(SectionId.PACKAGES, SectionId.PLATFORM, SectionId.GPU, SectionId.VARIABLES)) {
                s.put(id, SectionFacts.Fields.missing(env));
            }
            return;
        }
        s.put(SectionId.PACKAGES, fields(EnvironmentFacts.packages(snapshot), env));
        s.put(SectionId.PLATFORM, fields(EnvironmentFacts.platform(snapshot), env));
        s.put(SectionId.GPU, fields(EnvironmentFacts.gpu(snapshot), env));
        s.put(SectionId.VARIABLES, fields(EnvironmentFacts.variables(snapshot, reveal), env));
    }

    private static SectionFacts.Fields inputs(ExecutionDetail d) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (InputDetail in : d.inputs()) {
            String version = Objects.toString(in.input().version(), "");
            String snapshot = in.input().snapshot() == null ? "" : in.input().snapshot().value();
            String shown = (version.isEmpty() ? "unknown version" : version) + (in.dev() ? " (dev)" : "")
                    + (snapshot.isEmpty() ? ", no snapshot" : " @ " + snapshot);
            out.put("dataset " + in.input().dataset(), new Field(in.input().dataset() + " " + in.datasetLabel(),
                    version + "@" + snapshot, shown, version.isEmpty() ? null : version, false));
        }
        for (AssetUse use : d.assets()) {
            if (use.role() != AssetRole.INPUT) {
                continue;
            }
            String name = Objects.toString(use.asset().filename(), use.asset().rid().value());
            String key = out.containsKey("file " + name) ? "file " + name + " " + use.asset().rid() : "file " + name;
            String md5 = Objects.toString(use.asset().md5(), "");
            String shown = use.asset().rid() + (md5.isEmpty() ? ", no MD5" : ", md5 " + md5);
            out.put(key, new Field("input file " + name, md5.isEmpty() ? use.asset().rid().value() : md5, shown,
                    null, false));
        }
        return fields(out);
    }

    private static SectionFacts.Fields code(ExecutionDetail d, CodeIdentity c) {
        if (d.workflow() == null) {
            return SectionFacts.Fields.missing(Availability.of(Availability.State.NOT_RECORDED,
                    "the run's workflow is not in the cache, so the code that ran is unknown"));
        }
        Map<String, Field> out = new LinkedHashMap<>();
        out.put("workflow", new Field("Workflow", d.workflow().rid().value(),
                d.workflow().rid() + " " + Objects.toString(d.workflow().name(), ""), null, false));
        WorkflowUrl url = c.url();
        String identity = url instanceof WorkflowUrl.DockerImage ? "Image digest" : "Checksum (git blob)";
        putText(out, "identity", identity, c.identityKey());
        putText(out, "url", "Workflow URL", url.raw());
        c.fileCommit().ifPresent(commit -> putText(out, "file_commit", "File commit (last to touch the file)",
                commit));
        if (!c.runVersion().isEmpty()) {
            out.put("run_version", Field.version("Run version", c.runVersion().text()));
            c.headCommit().ifPresent(h -> putText(out, "head", "HEAD commit", h));
            putText(out, "dirty", "Uncommitted changes", c.dirty() ? "yes" : "no");
        }
        return fields(out);
    }

    /**
     * The cache takes a run's version from its configuration.json when it loads the rows; a configuration fetched
     * later (on demand) supplies it here instead.
     */
    private static CodeIdentity withRunVersion(CodeIdentity c, ExecutionConfiguration config) {
        if (!c.runVersion().isEmpty() || config == null || config.workflow() == null
                || config.workflow().version() == null || config.workflow().version().isBlank()) {
            return c;
        }
        return new CodeIdentity(c.workflow(), c.url(), c.checksum(), ScmVersion.parse(config.workflow().version()));
    }

    private static void putText(Map<String, Field> out, String key, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, Field.text(label, value));
        }
    }

    private static SectionFacts choices(ExecutionAudit a, Availability config) {
        Map<String, String> choices = a.configuration().map(ExecutionConfiguration::configChoices).orElse(null);
        if (choices == null && a.hydraRuntime().isPresent() && !a.hydraRuntime().get().choices().isEmpty()) {
            choices = a.hydraRuntime().get().choices();
        }
        if (choices == null) {
            return SectionFacts.Fields.missing(config);
        }
        Map<String, Field> out = new LinkedHashMap<>();
        choices.forEach((k, v) -> {
            if (!k.startsWith("hydra/")) {
                out.put(k, Field.text(k, v));
            }
        });
        choices.forEach((k, v) -> {
            if (k.startsWith("hydra/")) {
                out.put(k, Field.text(k, v));
            }
        });
        return fields(out, config.present() ? config : Availability.PRESENT);
    }

    private static JsonNode withoutChoices(ExecutionConfiguration c) {
        JsonNode raw = c.raw();
        if (raw == null || !raw.isObject()) {
            return raw;
        }
        ObjectNode copy = F.objectNode();
        for (Map.Entry<String, JsonNode> e : raw.properties()) {
            if (!e.getKey().equals("config_choices")) {
                copy.set(e.getKey(), e.getValue());
            }
        }
        return copy;
    }

    private static JsonNode list(List<String> items) {
        ArrayNode a = F.arrayNode();
        items.forEach(a::add);
        return a;
    }

    private static SectionFacts.Tree tree(JsonNode node, Availability from) {
        return new SectionFacts.Tree(from, FlatTree.of(node));
    }

    private static SectionFacts.Fields fields(Map<String, Field> fields) {
        return new SectionFacts.Fields(Availability.PRESENT, fields);
    }

    /** Fields read from files: {@code from} is present and names them. */
    private static SectionFacts.Fields fields(Map<String, Field> fields, Availability from) {
        return new SectionFacts.Fields(from, fields);
    }

    private static boolean hasParsed(ExecutionAudit a, MetadataKind kind) {
        return a.files().stream().anyMatch(f -> f.use().asset().kind() == kind && f.parsed().isPresent()
                && !(f.parsed().get() instanceof ParsedMetadata.Failed));
    }

    /** Present when parsed; otherwise the most telling reason among the run's files of that kind. */
    static Availability availability(ExecutionAudit a, MetadataKind kind, String what, String hint, boolean parsed) {
        List<ExecutionAudit.MetadataFile> files = a.files().stream()
                .filter(f -> f.use().asset().kind() == kind).toList();
        List<String> names = files.stream().map(f -> Objects.toString(f.use().asset().filename(), "")).toList();
        if (parsed) {
            return Availability.present(names);
        }
        if (files.isEmpty()) {
            return Availability.of(Availability.State.NOT_RECORDED, "no " + what + " was recorded by deriva-ml"
                    + hint);
        }
        for (ExecutionAudit.MetadataFile f : files) {
            if (f.parsed().orElse(null) instanceof ParsedMetadata.Failed failed) {
                return Availability.of(Availability.State.UNREADABLE, failed.error().getMessage(), names);
            }
        }
        ExecutionAudit.MetadataFile missing = files.stream().filter(f -> !f.cached()).findFirst().orElse(files.get(0));
        return new Availability(Availability.State.NOT_CACHED, NotDownloaded.reason(missing), names,
                NotDownloaded.fix(missing));
    }
}
