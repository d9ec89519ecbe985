package org.provex.core.diff;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provex.core.audit.ExecutionAudit;
import org.provex.core.audit.ExecutionAuditor;
import org.provex.core.audit.MissingBody;
import org.provex.core.cache.query.AssetUse;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.InputDetail;
import org.provex.core.formats.MetadataReaders;
import org.provex.core.formats.ParsedMetadata;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetRole;
import org.provex.core.model.CodeIdentity;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Hand-made runs for comparison tests: an audit built from file texts, the way the auditor reads the cache. */
final class DiffFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Snaptime SNAP = Snaptime.of(Instant.parse("2026-02-01T00:00:00Z"));
    static final String CHECKSUM = "4a52f741a8d29aa9ae3e3885acfb4f43f8ead20b";
    static final String URL = "https://github.com/acme/cifar/blob/63c24de5d5e6483676326a0e84c119184ea1beb2/train.py";

    private DiffFixtures() {
    }

    static RunBuilder run(String rid) {
        return new RunBuilder(Rid.of(rid));
    }

    /** A builder of one run; every file is optional, and a null body means "in the catalog, not cached". */
    static final class RunBuilder {
        private final Rid rid;
        private String checksum = CHECKSUM;
        private String url = URL;
        private String runVersion = "1.0.0";
        private boolean workflow = true;
        private String description;
        private final List<String[]> inputs = new ArrayList<>();
        private final List<String[]> inputFiles = new ArrayList<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private MissingBody missing;

        RunBuilder(Rid rid) {
            this.rid = rid;
        }

        RunBuilder code(String checksum, String runVersion) {
            this.checksum = checksum;
            this.runVersion = runVersion;
            return this;
        }

        RunBuilder url(String url) {
            this.url = url;
            return this;
        }

        RunBuilder description(String text) {
            this.description = text;
            return this;
        }

        RunBuilder noWorkflow() {
            this.workflow = false;
            return this;
        }

        /** A consumed dataset; a null snapshot makes it a dev version. */
        RunBuilder input(String dataset, String version, String snapshot) {
            inputs.add(new String[] {dataset, version, snapshot});
            return this;
        }

        RunBuilder inputFile(String assetRid, String name, String md5) {
            inputFiles.add(new String[] {assetRid, name, md5});
            return this;
        }

        /** Why this run's files with a null body are not in the cache (default: not downloaded). */
        RunBuilder missingBecause(MissingBody why) {
            this.missing = why;
            return this;
        }

        RunBuilder file(String name, String text) {
            files.put(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        ExecutionAudit build() {
            Instant at = Instant.parse("2026-03-01T10:00:00Z");
            Rid wf = Rid.of("1-W002");
            Execution e = new Execution(rid, workflow ? wf : null,
                    description == null ? "run " + rid : description, "Uploaded", null, null, at, at);
            Workflow w = workflow ? new Workflow(wf, "train", null, url, checksum, "1.0.0", List.of("Training"), at,
                    at) : null;
            CodeIdentity code = workflow ? new CodeIdentity(wf, WorkflowUrl.parse(url), checksum,
                    ScmVersion.parse(runVersion)) : null;
            List<InputDetail> in = new ArrayList<>();
            for (String[] i : inputs) {
                Snaptime s = i[2] == null ? null : Snaptime.parse(i[2]);
                in.add(new InputDetail(new ExecutionInput(rid, Rid.of(i[0]), null, i[1], s,
                        ExecutionInput.Source.CATALOG), "dataset " + i[0], s == null, true));
            }
            List<AssetUse> assets = new ArrayList<>();
            for (String[] f : inputFiles) {
                assets.add(new AssetUse(rid, AssetRole.INPUT, new AssetFile(Rid.of(f[0]), "deriva-ml:File",
                        "/hatrac/" + f[1], f[1], 10, f[2], "", List.of(), at, at)));
            }
            List<AssetUse> metadata = new ArrayList<>();
            List<ExecutionAudit.MetadataFile> parsedFiles = new ArrayList<>();
            int n = 0;
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                AssetFile a = new AssetFile(Rid.of("1-M" + (char) ('A' + n++) + "0" + rid.value().charAt(2)),
                        AssetFile.METADATA_TABLE, "/hatrac/" + f.getKey(), f.getKey(), 10,
                        "0123456789abcdef0123456789abcdef", "", List.of(), at, at);
                AssetUse use = new AssetUse(rid, AssetRole.OUTPUT, a);
                metadata.add(use);
                Optional<ParsedMetadata> parsed = Optional.ofNullable(f.getValue())
                        .map(b -> MetadataReaders.read(a.kind(), a.filename(), b));
                parsedFiles.add(new ExecutionAudit.MetadataFile(use, f.getValue() != null, parsed, missing));
            }
            ExecutionDetail d = new ExecutionDetail(e, w, code, in, metadata, assets, null, List.of(), List.of());
            return ExecutionAuditor.assemble(d, parsedFiles);
        }
    }

    /** An environment snapshot as deriva-ml writes it, with the given packages, Python and variables. */
    static String env(Map<String, String> packages, String python, Map<String, String> environ) {
        return env(packages, python, environ, "NVIDIA A100-SXM4-80GB", "535.183.01", "12.1");
    }

    static String env(Map<String, String> packages, String python, Map<String, String> environ, String gpu,
                      String driver, String cuda) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode imports = root.putObject("imports");
        packages.forEach(imports::put);
        ObjectNode os = root.putObject("os");
        os.put("cwd", "/home/u/project");
        ObjectNode env = os.putObject("environ");
        environ.forEach(env::put);
        root.putObject("sys").put("executable", "/home/u/project/.venv/bin/python3");
        ObjectNode platform = root.putObject("platform");
        platform.put("python_version", python);
        platform.put("python_implementation", "CPython");
        platform.put("system", "Linux");
        platform.put("release", "6.1.0-25-amd64");
        platform.put("machine", "x86_64");
        platform.put("node", "node-1");
        platform.putObject("freedesktop_os_release").put("PRETTY_NAME", "Debian GNU/Linux 12 (bookworm)");
        ObjectNode g = root.putObject("gpu");
        g.put("available", true);
        g.put("source", "nvidia-smi");
        g.putArray("devices").addObject().put("name", gpu).put("memory_total", "81920 MiB")
                .put("driver_version", driver);
        g.putObject("torch").put("cuda_version", cuda).put("cudnn_version", 90100);
        return root.toString();
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static Comparison compare(Rid baseline, ExecutionAudit... runs) {
        return RunComparer.prepare(List.of(runs), false).against(baseline);
    }

    static Row row(Comparison c, SectionId id, String key) {
        return c.section(id).orElseThrow().rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + id + ": "
                        + c.section(id).orElseThrow().rows().stream().map(Row::key).toList()));
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
