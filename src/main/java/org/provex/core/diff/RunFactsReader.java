package org.provex.core.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.model.AssetRole;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.ExecutionConfiguration;
import org.provex.core.model.MetadataKind;
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
        CodeIdentity code = d.code();
        String runVersion = code == null ? a.configuration().map(c -> c.workflow() == null ? null
                : c.workflow().version()).map(Objects::toString).orElse("") : code.runVersion().text();
        String description = Objects.toString(d.execution().description(), "");
        RunRef ref = new RunRef(d.execution().rid(), reveal ? description : MetadataText.mask(description),
                Objects.toString(d.execution().status(), ""), d.execution().created(), d.execution().workflow(),
                d.workflow() == null ? "" : Objects.toString(d.workflow().name(), ""), runVersion);
        Map<SectionId, SectionFacts> s = new EnumMap<>(SectionId.class);
        s.put(SectionId.INPUTS, inputs(d));
        s.put(SectionId.CODE, code(d));
        Availability config = availability(a, MetadataKind.CONFIGURATION, "configuration.json", "",
                a.configuration().isPresent());
        s.put(SectionId.CONFIG_CHOICES, choices(a, config));
        s.put(SectionId.CONFIGURATION, a.configuration().map(c -> tree(withoutChoices(c))).orElse(
                SectionFacts.Tree.missing(config)));
        String hydraNote = " (runs started with deriva-ml-run have one)";
        Availability hydra = availability(a, MetadataKind.HYDRA_CONFIG, "Hydra config.yaml", hydraNote,
                a.hydraConfig().isPresent());
        s.put(SectionId.HYDRA_CONFIG, a.hydraConfig().map(RunFactsReader::tree)
                .orElse(SectionFacts.Tree.missing(hydra)));
        Availability overrides = availability(a, MetadataKind.HYDRA_OVERRIDES, "Hydra overrides.yaml", hydraNote,
                hasParsed(a, MetadataKind.HYDRA_OVERRIDES));
        s.put(SectionId.HYDRA_OVERRIDES, overrides.present() ? tree(list(a.hydraOverrides()))
                : SectionFacts.Tree.missing(overrides));
        environment(a, reveal, s);
        Availability lock = availability(a, MetadataKind.UV_LOCK, "uv.lock", "", a.uvLock().isPresent());
        s.put(SectionId.UV_LOCK, a.uvLock().map(l -> fields(EnvironmentFacts.uvLock(l)))
                .orElse(SectionFacts.Fields.missing(lock)));
        boolean dev = d.inputs().stream().anyMatch(InputDetail::dev);
        return new RunFacts(ref, s, code != null && code.dirty(), dev);
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
        s.put(SectionId.PACKAGES, fields(EnvironmentFacts.packages(snapshot)));
        s.put(SectionId.PLATFORM, fields(EnvironmentFacts.platform(snapshot)));
        s.put(SectionId.GPU, fields(EnvironmentFacts.gpu(snapshot)));
        s.put(SectionId.VARIABLES, fields(EnvironmentFacts.variables(snapshot, reveal)));
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

    private static SectionFacts.Fields code(ExecutionDetail d) {
        if (d.workflow() == null) {
            return SectionFacts.Fields.missing(Availability.of(Availability.State.NOT_RECORDED,
                    "the run's workflow is not in the cache, so the code that ran is unknown"));
        }
        CodeIdentity c = d.code();
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
        return fields(out);
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

    private static SectionFacts.Tree tree(JsonNode node) {
        return new SectionFacts.Tree(Availability.PRESENT, FlatTree.of(node));
    }

    private static SectionFacts.Fields fields(Map<String, Field> fields) {
        return new SectionFacts.Fields(Availability.PRESENT, fields);
    }

    private static boolean hasParsed(ExecutionAudit a, MetadataKind kind) {
        return a.files().stream().anyMatch(f -> f.use().asset().kind() == kind && f.parsed().isPresent()
                && !(f.parsed().get() instanceof ParsedMetadata.Failed));
    }

    /** Present when parsed; otherwise the most telling reason among the run's files of that kind. */
    static Availability availability(ExecutionAudit a, MetadataKind kind, String what, String hint, boolean parsed) {
        if (parsed) {
            return Availability.PRESENT;
        }
        List<ExecutionAudit.MetadataFile> files = a.files().stream()
                .filter(f -> f.use().asset().kind() == kind).toList();
        if (files.isEmpty()) {
            return Availability.of(Availability.State.NOT_RECORDED, "no " + what + " was recorded" + hint);
        }
        for (ExecutionAudit.MetadataFile f : files) {
            if (f.parsed().orElse(null) instanceof ParsedMetadata.Failed failed) {
                return Availability.of(Availability.State.UNREADABLE, failed.error().getMessage());
            }
        }
        return Availability.of(Availability.State.NOT_CACHED, what + " (" + files.get(0).use().asset().filename()
                + ") is in the catalog but not in the local cache; sync with files to compare it");
    }
}
