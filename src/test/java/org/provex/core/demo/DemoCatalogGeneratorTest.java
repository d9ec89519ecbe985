package org.provex.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DemoCatalogGeneratorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DemoCatalog demo;

    @BeforeAll
    static void generate() {
        demo = DemoCatalogGenerator.generate(DemoOptions.normal());
    }

    private static List<ObjectNode> rows(String table) {
        return demo.rowsOf(table);
    }

    private static String text(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || v.isNull() ? null : v.asString();
    }

    @Test
    void generationIsDeterministic() {
        DemoCatalog again = DemoCatalogGenerator.generate(DemoOptions.normal());
        assertThat(again.snaptime()).isEqualTo(demo.snaptime());
        for (String table : demo.tableNames()) {
            assertThat(again.rowsOf(table)).as(table).isEqualTo(demo.rowsOf(table));
        }
        assertThat(again.files().keySet()).isEqualTo(demo.files().keySet());
        demo.files().forEach((url, bytes) -> assertThat(again.files().get(url)).as(url).isEqualTo(bytes));
    }

    @Test
    void everyRowHasExactlyTheColumnsOfItsTable() {
        Map<String, List<String>> columns = DemoSchema.columns(demo.schemaDocument());
        assertThat(columns.get("deriva-ml:Execution")).contains("Execution_Duration", "Download_Duration",
                "Upload_Duration");
        assertThat(columns.get("deriva-ml:Dataset_Execution")).contains("Dataset_Version");
        for (String table : demo.tableNames()) {
            for (ObjectNode row : rows(table)) {
                assertThat(row.propertyNames()).as(table).containsExactlyElementsOf(columns.get(table));
            }
        }
    }

    @Test
    void ridsAreUniqueAndCreationTimesIncrease() {
        Set<String> seen = new HashSet<>();
        List<ObjectNode> all = new ArrayList<>();
        for (String table : demo.tableNames()) {
            List<ObjectNode> rs = rows(table);
            for (int i = 1; i < rs.size(); i++) {
                assertThat(text(rs.get(i), "RID")).as(table + " in RID order")
                        .isGreaterThan(text(rs.get(i - 1), "RID"));
            }
            all.addAll(rs);
        }
        for (ObjectNode row : all) {
            assertThat(seen.add(text(row, "RID"))).as("duplicate RID " + text(row, "RID")).isTrue();
            assertThat(text(row, "RCT")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
            assertThat(instant(row, "RMT")).isAfterOrEqualTo(instant(row, "RCT"));
        }
        all.sort((a, b) -> Long.compare(org.provex.core.model.Crockford32.decode(text(a, "RID")),
                org.provex.core.model.Crockford32.decode(text(b, "RID"))));
        for (int i = 1; i < all.size(); i++) {
            assertThat(instant(all.get(i), "RCT")).isAfter(instant(all.get(i - 1), "RCT"));
        }
        Instant latest = all.stream().map(r -> instant(r, "RMT")).max(Instant::compareTo).orElseThrow();
        assertThat(Snaptime.parse(demo.snaptime()).toInstant()).isEqualTo(latest);
        assertThat(demo.describe()).isEqualTo("demo.provex.invalid/1");
    }

    private static Instant instant(JsonNode row, String column) {
        return OffsetDateTime.parse(text(row, column)).toInstant();
    }

    @Test
    void executionsCoverEveryStatusAndTheSweep() {
        List<ObjectNode> executions = rows("Execution");
        assertThat(executions).hasSizeGreaterThanOrEqualTo(41);
        assertThat(executions.stream().map(r -> text(r, "Status")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("Created", "Running", "Stopped", "Failed", "Pending_Upload", "Uploaded",
                        "Aborted");
        assertThat(executions).anySatisfy(r -> {
            assertThat(text(r, "Status")).isEqualTo("Failed");
            assertThat(text(r, "Status_Detail")).contains("Traceback").contains("CUDA out of memory");
        });
        for (ObjectNode r : executions) {
            String status = text(r, "Status");
            if (status.equals("Uploaded") && !text(r, "Description").contains("sentinel")) {
                assertThat(text(r, "Upload_Duration")).matches("\\d+\\.0H \\d+\\.0min \\d+\\.\\d{1,4}sec");
                assertThat(text(r, "Execution_Duration")).isNotNull();
            }
            if (status.equals("Running") || status.equals("Created")) {
                assertThat(text(r, "Execution_Duration")).isNull();
            }
        }
        assertThat(executions).anySatisfy(r -> assertThat(text(r, "Description")).contains(" [overrides: "));
        List<ObjectNode> nesting = rows("Execution_Execution");
        assertThat(nesting).hasSizeGreaterThanOrEqualTo(4);
        assertThat(nesting.stream().map(r -> text(r, "Execution")).distinct()).hasSize(1);
        assertThat(nesting.stream().map(r -> r.get("Sequence").asInt()).toList()).containsExactly(0, 1, 2, 3, 4);
        Map<String, ObjectNode> byRid = executions.stream().collect(Collectors.toMap(r -> text(r, "RID"), r -> r));
        String parentWorkflow = text(byRid.get(text(nesting.get(0), "Execution")), "Workflow");
        for (ObjectNode n : nesting) {
            ObjectNode child = byRid.get(text(n, "Nested_Execution"));
            assertThat(text(child, "Description")).startsWith("[Job " + n.get("Sequence").asInt() + "] ");
            assertThat(text(child, "Workflow")).isEqualTo(parentWorkflow);
        }
    }

    @Test
    void datasetsHaveReleasedVersionsWithOrderedSnapshotsAndOneDevVersion() {
        assertThat(rows("Dataset")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows("Dataset_Dataset")).hasSizeGreaterThanOrEqualTo(2);
        Map<String, List<ObjectNode>> byDataset = rows("Dataset_Version").stream()
                .collect(Collectors.groupingBy(r -> text(r, "Dataset")));
        List<ObjectNode> dev = rows("Dataset_Version").stream()
                .filter(r -> Pep440Version.parse(text(r, "Version")).isDevRelease()).toList();
        assertThat(dev).singleElement().satisfies(d -> {
            assertThat(text(d, "Version")).isEqualTo("0.3.0.post1.dev2");
            assertThat(text(d, "Snapshot")).isNull();
        });
        int multiRelease = 0;
        for (List<ObjectNode> versions : byDataset.values()) {
            List<ObjectNode> released = versions.stream().filter(r -> text(r, "Snapshot") != null)
                    .sorted((a, b) -> Pep440Version.parse(text(a, "Version"))
                            .compareTo(Pep440Version.parse(text(b, "Version")))).toList();
            multiRelease += released.size() >= 2 ? 1 : 0;
            Instant previous = Instant.EPOCH;
            for (ObjectNode v : released) {
                Instant snap = Snaptime.parse(text(v, "Snapshot")).toInstant();
                assertThat(snap).isAfterOrEqualTo(instant(v, "RCT")).isBeforeOrEqualTo(instant(v, "RMT"))
                        .isAfter(previous);
                assertThat(text(v, "Execution")).isNotNull();
                previous = snap;
            }
        }
        assertThat(multiRelease).isGreaterThanOrEqualTo(3);
        Set<String> versionRids = rows("Dataset_Version").stream().map(r -> text(r, "RID")).collect(Collectors.toSet());
        for (ObjectNode ds : rows("Dataset")) {
            assertThat(versionRids).contains(text(ds, "Version"));
        }
        Map<String, ObjectNode> versionByRid = rows("Dataset_Version").stream()
                .collect(Collectors.toMap(r -> text(r, "RID"), r -> r));
        assertThat(rows("Dataset_Execution")).isNotEmpty().allSatisfy(de ->
                assertThat(text(versionByRid.get(text(de, "Dataset_Version")), "Snapshot")).isNotNull());
    }

    @Test
    void everyServedFileMatchesItsAssetRow() throws IOException {
        int checked = 0;
        for (String table : List.of("Execution_Metadata", "Execution_Asset")) {
            for (ObjectNode row : rows(table)) {
                String url = text(row, "URL");
                assertThat(url).isEqualTo("/hatrac/" + table + "/" + text(row, "MD5") + "." + text(row, "Filename"));
                byte[] bytes;
                try (InputStream in = demo.openFile(url).orElseThrow()) {
                    bytes = in.readAllBytes();
                }
                assertThat(DemoRecorder.md5(bytes)).isEqualTo(text(row, "MD5"));
                assertThat((long) bytes.length).isEqualTo(row.get("Length").asLong());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(demo.openFile("tag:deriva-ml,unknown-provenance:file")).isEmpty();
    }

    @Test
    void configurationFilesHaveDerivaMlShape() {
        Map<String, String> types = new HashMap<>();
        rows("Execution_Metadata_Asset_Type").forEach(r -> types.merge(text(r, "Execution_Metadata"),
                text(r, "Asset_Type"), (a, b) -> a + "," + b));
        int configs = 0;
        for (ObjectNode row : rows("Execution_Metadata")) {
            if (!"configuration.json".equals(text(row, "Filename"))) {
                continue;
            }
            assertThat(types.get(text(row, "RID"))).isEqualTo("Deriva_Config,Output_File");
            String body = new String(demo.files().get(text(row, "URL")), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("\n").startsWith("{\"datasets\": [");
            JsonNode c = JSON.readTree(body);
            assertThat(c.propertyNames()).containsExactly("datasets", "assets", "workflow", "description", "argv",
                    "config_choices");
            c.get("datasets").forEach(d -> assertThat(d.get("version").propertyNames())
                    .containsExactly("major", "minor", "patch"));
            assertThat(c.get("workflow").propertyNames()).containsExactly("name", "workflow_type", "description",
                    "url", "version", "workflow_rid", "checksum", "is_notebook", "git_root", "allow_dirty");
            assertThat(c.get("argv").get(0).asString()).endsWith("deriva-ml-run");
            assertThat(c.get("config_choices").get("hydra/launcher").asString()).isEqualTo("basic");
            configs++;
        }
        // identical re-runs produce identical bodies and so share a row: fewer rows than executions
        assertThat(configs).isGreaterThanOrEqualTo(25).isLessThan(rows("Execution").size() - 1);
        Set<String> configRids = rows("Execution_Metadata").stream()
                .filter(r -> "configuration.json".equals(text(r, "Filename"))).map(r -> text(r, "RID"))
                .collect(Collectors.toSet());
        Map<String, Long> perExecution = rows("Execution_Metadata_Execution").stream()
                .filter(l -> configRids.contains(text(l, "Execution_Metadata")))
                .collect(Collectors.groupingBy(l -> text(l, "Execution"), Collectors.counting()));
        assertThat(perExecution).hasSize(rows("Execution").size() - 1).allSatisfy((e, n) -> assertThat(n).isOne());
    }

    @Test
    void identicalLockfilesAreOneRowLinkedToManyExecutions() {
        Map<String, Long> links = rows("Execution_Metadata_Execution").stream()
                .collect(Collectors.groupingBy(r -> text(r, "Execution_Metadata"), Collectors.counting()));
        List<ObjectNode> locks = rows("Execution_Metadata").stream()
                .filter(r -> "uv.lock".equals(text(r, "Filename"))).toList();
        assertThat(locks).hasSize(3);
        assertThat(locks).allSatisfy(l -> assertThat(links.get(text(l, "RID"))).isGreaterThanOrEqualTo(3));
        String snapshot = demo.files().keySet().stream().filter(u -> u.contains("environment_snapshot_")).findFirst()
                .orElseThrow();
        assertThat(snapshot).matches(".*environment_snapshot_\\d{8}_\\d{6}\\.txt");
    }

    @Test
    void benchmarkModeAppendsTheRequestedExecutions() {
        int normal = demo.rowCount("deriva-ml:Execution");
        DemoCatalog big = DemoCatalogGenerator.generate(new DemoOptions(100_000));
        assertThat(big.rowCount("deriva-ml:Execution")).isEqualTo(normal + 100_000);
        assertThat(big.files().size()).isLessThan(demo.files().size() + 50);
    }
}
