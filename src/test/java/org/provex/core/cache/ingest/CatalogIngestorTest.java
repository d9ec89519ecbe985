package org.provex.core.cache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.query.CacheMeta;
import org.provex.core.cache.query.ExecutionDetail;
import org.provex.core.cache.query.ExecutionDetailQuery;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.cache.query.LookupQueries;
import org.provex.core.catalog.SchemaDocuments;
import org.provex.core.model.ExecutionInput.Source;
import org.provex.core.model.Rid;
import org.provex.core.model.Snaptime;
import tools.jackson.databind.JsonNode;

class CatalogIngestorTest {

    private static final String ML = "deriva-ml:";
    private static final String SNAP = "33F-6VJR-D4R0";
    private static final String DATASET = "3ZC";
    private static final String CONFIG_URL = "/hatrac/Execution_Metadata/c.configuration.json";
    private static final String ENV_URL = "/hatrac/Execution_Metadata/e.environment_snapshot_20260512_141503.txt";

    @TempDir
    Path dir;
    CacheDatabase db;
    byte[] config;

    @BeforeEach
    void open() throws Exception {
        db = CacheDatabase.open(dir.resolve("catalog-1.sqlite"));
        config = resource("/fixtures/deriva-ml-files/configuration.json");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void olderCatalogPinsInputsFromConfigurationJsonAndKeepsGoingPastBadRows() throws Exception {
        InMemoryCatalogSource source = olderCatalog();
        List<String> started = new ArrayList<>();
        IngestReport report = new CatalogIngestor(db).ingest(source, new IngestListener() {
            @Override
            public void tableStarted(String table) {
                started.add(table);
            }
        });

        assertThat(report.rows(ML + "Execution")).isEqualTo(3);
        assertThat(report.filesFetched()).isEqualTo(1);
        assertThat(report.bytesFetched()).isEqualTo(config.length);
        assertThat(report.skipped()).containsEntry("checksum mismatch", 1L).containsEntry("dangling", 2L)
                .containsEntry("duplicate", 1L);
        assertThat(report.warnings()).anyMatch(w -> w.contains("environment_snapshot") && w.contains("expected MD5"));
        assertThat(report.warnings()).anyMatch(w -> w.contains("names workflow 9-9990"));
        assertThat(started).contains(ML + "Workflow", ML + "Execution", ML + "Dataset_Execution",
                ML + "Execution_Metadata_Execution", "test-schema:Image");
        assertThat(db.blobs().has(md5(config))).isTrue();

        ExecutionDetail e1 = new ExecutionDetailQuery(db).detail(Rid.of("1-E002")).orElseThrow();
        assertThat(e1.inputs()).singleElement().satisfies(i -> {
            assertThat(i.input().source()).isEqualTo(Source.CONFIGURATION);
            assertThat(i.input().datasetVersion()).isEqualTo(Rid.of("1-V004"));
            assertThat(i.input().version()).isEqualTo("0.3.0");
            assertThat(i.input().snapshot()).isEqualTo(Snaptime.parse(SNAP));
        });
        assertThat(e1.code().headCommit()).hasValue("c505819");
        assertThat(e1.code().runVersion().text()).isEqualTo("0.2.1.dev1+gc505819");
        assertThat(e1.workflow().types()).containsExactly("Training");
        assertThat(e1.execution().durations().legacy().seconds()).isEqualTo(133.4521);
        assertThat(e1.execution().created()).isEqualTo(Instant.parse("2026-03-02T08:15:00.123456Z"));
        assertThat(e1.metadataFiles()).extracting(u -> u.asset().filename())
                .containsExactlyInAnyOrder("configuration.json", "environment_snapshot_20260512_141503.txt");
        assertThat(e1.metadataFiles()).filteredOn(u -> u.asset().filename().equals("configuration.json"))
                .singleElement().satisfies(u -> assertThat(u.asset().types()).containsExactly("Deriva_Config"));

        ExecutionDetail e3 = new ExecutionDetailQuery(db).detail(Rid.of("1-E006")).orElseThrow();
        assertThat(e3.inputs()).singleElement().satisfies(i -> {
            assertThat(i.input().source()).isEqualTo(Source.UNPINNED);
            assertThat(i.input().datasetVersion()).isNull();
        });
        assertThat(new LookupQueries(db).fileUsesByName("image1.png")).singleElement()
                .satisfies(u -> assertThat(u.execution()).isEqualTo(Rid.of("1-E002")));
        CacheMeta meta = new LookupQueries(db).meta();
        assertThat(meta.snaptime()).isEqualTo(Snaptime.parse(SNAP));
        assertThat(meta.source()).isEqualTo("memory.provex.invalid/1");
        assertThat(meta.syncedAt()).isNotNull();
        assertThat(meta.modelShape()).isNotBlank();
    }

    @Test
    void currentCatalogPinsInputsFromTheCatalogAndReadsNesting() throws Exception {
        JsonNode schema = SchemaDocuments.current();
        InMemoryCatalogSource source = new InMemoryCatalogSource(schema, SNAP)
                .row(ML + "Workflow", "RID", "1-W002", "Name", "CIFAR train")
                .row(ML + "Workflow_Workflow_Type", "RID", "1-T002", "Workflow", "1-W002", "Workflow_Type", "Training")
                .row(ML + "Execution", "RID", "1-E002", "Workflow", "1-W002", "Status", "Uploaded",
                        "Execution_Duration", "0.0H 1.0min 0.0sec", "RCT", "2026-03-02T09:15:00+00:00")
                .row(ML + "Execution", "RID", "1-E004", "Workflow", "1-W002", "Status", "Running",
                        "RCT", "2026-03-03T09:15:00+00:00")
                .row(ML + "Execution_Execution", "RID", "1-N002", "Execution", "1-E004", "Nested_Execution", "1-E002",
                        "Sequence", 3)
                .row(ML + "Dataset", "RID", DATASET, "Description", "cifar10_small", "Version", "1-V004")
                .row(ML + "Dataset_Version", "RID", "1-V004", "Dataset", DATASET, "Version", "0.4.0", "Snapshot", SNAP)
                .row(ML + "Dataset_Execution", "RID", "1-X002", "Dataset", DATASET, "Execution", "1-E002",
                        "Dataset_Version", "1-V004");
        new CatalogIngestor(db).ingest(source);

        ExecutionRow row = new ExecutionQueries(db).list(ExecutionFilter.ALL.withStatuses("Uploaded"),
                ExecutionSort.NEWEST_FIRST, 10, 0).get(0);
        assertThat(row.inputSummary()).isEqualTo("cifar10_small@0.4.0");
        assertThat(row.parent()).isEqualTo(Rid.of("1-E004"));
        assertThat(row.workflowName()).isEqualTo("CIFAR train");
        assertThat(row.durations().execution().seconds()).isEqualTo(60.0);
        ExecutionDetail e1 = new ExecutionDetailQuery(db).detail(Rid.of("1-E002")).orElseThrow();
        assertThat(e1.inputs().get(0).input().source()).isEqualTo(Source.CATALOG);
        assertThat(e1.workflow().types()).containsExactly("Training");
        assertThat(new ExecutionDetailQuery(db).detail(Rid.of("1-E004")).orElseThrow().children())
                .singleElement().satisfies(n -> assertThat(n.sequence()).isEqualTo(3));
    }

    @Test
    void aSourceFailingMidwayLeavesThePreviousContentExactly() throws Exception {
        new CatalogIngestor(db).ingest(olderCatalog());
        CacheMeta before = new LookupQueries(db).meta();
        List<ExecutionRow> rowsBefore = allRows();

        InMemoryCatalogSource failing = new InMemoryCatalogSource(SchemaDocuments.current(), "33F-6VJR-D4R2")
                .row(ML + "Workflow", "RID", "2-W002", "Name", "other")
                .row(ML + "Execution", "RID", "2-E002", "Workflow", "2-W002")
                .failOnTableRead(3);
        assertThatThrownBy(() -> new CatalogIngestor(db).ingest(failing))
                .isInstanceOf(IOException.class).hasMessageContaining("connection reset");

        CacheMeta after = new LookupQueries(db).meta();
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.snaptime()).isEqualTo(before.snaptime());
        assertThat(after.syncedAt()).isEqualTo(before.syncedAt());
        assertThat(allRows()).isEqualTo(rowsBefore);
        assertThat(before.counts().get("executions")).isEqualTo(3L);
    }

    private List<ExecutionRow> allRows() {
        return new ExecutionQueries(db).list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 1000, 0);
    }

    /** The Aug-2025 demo catalog shape: no Dataset_Execution.Dataset_Version, legacy Workflow_Type and Duration. */
    private InMemoryCatalogSource olderCatalog() throws Exception {
        JsonNode schema = InMemoryCatalogSource.JSON.readTree(
                resource("/fixtures/deriva-ml-schema/demo-catalog-schema.json"));
        byte[] env = "{\"os\": \"linux\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new InMemoryCatalogSource(schema, SNAP)
                .row(ML + "Workflow", "RID", "1-W002", "Name", "CIFAR train", "Workflow_Type", "Training",
                        "URL", "https://github.com/acme-lab/cifar10-model/blob/63c24de5/src/models/cifar10_cnn.py")
                .row(ML + "Execution", "RID", "1-E002", "Workflow", "1-W002", "Description", "Train cifar",
                        "Duration", "0.0H 2.0min 13.4521sec", "Status", "Completed",
                        "RCT", "2026-03-02T09:15:00.123456+01:00", "RMT", "2026-03-02T09:15:00.123456+01:00")
                .row(ML + "Execution", "RID", "1-E004", "Workflow", "9-9990", "Description", "orphan")
                .row(ML + "Execution", "RID", "1-E006", "Workflow", "1-W002", "Description", "no config")
                .row(ML + "Dataset", "RID", DATASET, "Description", "cifar10_small", "Version", "1-V004")
                .row(ML + "Dataset_Dataset_Type", "RID", "1-T004", "Dataset", DATASET, "Dataset_Type", "Training")
                .row(ML + "Dataset_Version", "RID", "1-V002", "Dataset", DATASET, "Version", "0.1.0", "Snapshot", SNAP)
                .row(ML + "Dataset_Version", "RID", "1-V004", "Dataset", DATASET, "Version", "0.3.0", "Snapshot", SNAP)
                .row(ML + "Dataset_Execution", "RID", "1-X002", "Dataset", DATASET, "Execution", "1-E002")
                .row(ML + "Dataset_Execution", "RID", "1-X004", "Dataset", DATASET, "Execution", "1-E002")
                .row(ML + "Dataset_Execution", "RID", "1-X006", "Dataset", DATASET, "Execution", "1-E006")
                .row(ML + "Dataset_Execution", "RID", "1-X008", "Dataset", DATASET, "Execution", "9-9990")
                .row(ML + "Execution_Metadata", "RID", "1-A002", "URL", CONFIG_URL, "Filename", "configuration.json",
                        "Length", config.length, "MD5", md5(config))
                .row(ML + "Execution_Metadata", "RID", "1-A004", "URL", ENV_URL,
                        "Filename", "environment_snapshot_20260512_141503.txt", "Length", env.length,
                        "MD5", "0123456789abcdef0123456789abcdef")
                .row(ML + "Execution_Metadata_Asset_Type", "RID", "1-T006", "Execution_Metadata", "1-A002",
                        "Asset_Type", "Deriva_Config")
                .row(ML + "Execution_Metadata_Execution", "RID", "1-L002", "Execution_Metadata", "1-A002",
                        "Execution", "1-E002", "Asset_Role", "Output")
                .row(ML + "Execution_Metadata_Execution", "RID", "1-L004", "Execution_Metadata", "1-A004",
                        "Execution", "1-E002", "Asset_Role", "Output")
                .row(ML + "Execution_Metadata_Execution", "RID", "1-L008", "Execution_Metadata", "1-A002",
                        "Execution", "9-9990", "Asset_Role", "Output")
                .row("test-schema:Image", "RID", "1-I002", "URL", "/hatrac/Image/i.png", "Filename", "image1.png",
                        "Length", 10, "MD5", "11111111111111111111111111111111")
                .row("test-schema:Image_Execution", "RID", "1-L006", "Image", "1-I002", "Execution", "1-E002",
                        "Asset_Role", "Input")
                .file(CONFIG_URL, config)
                .file(ENV_URL, env);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CatalogIngestorTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
