package org.provex.core.cache.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.cache.query.CacheFixture.A1;
import static org.provex.core.cache.query.CacheFixture.A2;
import static org.provex.core.cache.query.CacheFixture.CONFIG_MD5;
import static org.provex.core.cache.query.CacheFixture.D1;
import static org.provex.core.cache.query.CacheFixture.D2;
import static org.provex.core.cache.query.CacheFixture.E1;
import static org.provex.core.cache.query.CacheFixture.E2;
import static org.provex.core.cache.query.CacheFixture.E3;
import static org.provex.core.cache.query.CacheFixture.E4;
import static org.provex.core.cache.query.CacheFixture.ES;
import static org.provex.core.cache.query.CacheFixture.SNAP;
import static org.provex.core.cache.query.CacheFixture.V2;
import static org.provex.core.cache.query.CacheFixture.V4;
import static org.provex.core.cache.query.CacheFixture.W1;
import static org.provex.core.cache.query.CacheFixture.W2;
import static org.provex.core.cache.query.CacheFixture.WS;
import static org.provex.core.cache.query.CacheFixture.day;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.CacheWriter.Outcome;
import org.provex.core.model.AssetRole;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;

class CacheQueriesTest {

    @TempDir
    Path dir;
    CacheDatabase db;
    ExecutionQueries executions;

    @BeforeEach
    void fill() throws Exception {
        db = CacheDatabase.open(dir.resolve("cache.sqlite"));
        CacheFixture.fill(db);
        executions = new ExecutionQueries(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Rid> rids(ExecutionFilter f, ExecutionSort sort) {
        return executions.list(f, sort, 100, 0).stream().map(ExecutionRow::rid).toList();
    }

    @Test
    void newestFirstByDefaultWithPaging() {
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST)).containsExactly(E4, E3, E2, E1, ES);
        assertThat(executions.list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST, 2, 1))
                .extracting(ExecutionRow::rid).containsExactly(E3, E2);
        assertThat(executions.count(ExecutionFilter.ALL)).isEqualTo(5);
    }

    @Test
    void filtersByStatusWorkflowInputAndDate() {
        ExecutionFilter uploaded = ExecutionFilter.ALL.withStatuses("Uploaded");
        assertThat(rids(uploaded, ExecutionSort.asc(ExecutionColumn.RID))).containsExactly(E1, E3);
        assertThat(executions.count(uploaded)).isEqualTo(2);
        assertThat(rids(ExecutionFilter.ALL.withWorkflows(W1), ExecutionSort.NEWEST_FIRST)).containsExactly(E2, E1);
        assertThat(rids(ExecutionFilter.ALL.withInput(D1, null), ExecutionSort.NEWEST_FIRST)).containsExactly(E2, E1);
        assertThat(rids(ExecutionFilter.ALL.withInput(D1, V2), ExecutionSort.NEWEST_FIRST)).containsExactly(E1);
        ExecutionFilter range = ExecutionFilter.ALL.withCreated(day(2), day(4));
        assertThat(rids(range, ExecutionSort.NEWEST_FIRST)).containsExactly(E3, E2);
        assertThat(executions.count(range.withStatuses("Uploaded", "Failed").withWorkflows(W1, W2))).isEqualTo(2);
    }

    @Test
    void freeTextMatchesSubstringsOfDescriptionDetailAndWorkflowName() {
        assertThat(rids(ExecutionFilter.ALL.withText("cifar"), ExecutionSort.NEWEST_FIRST)).containsExactly(E2, E1);
        assertThat(rids(ExecutionFilter.ALL.withText("IFAR smal"), ExecutionSort.NEWEST_FIRST)).containsExactly(E1);
        assertThat(rids(ExecutionFilter.ALL.withText("memory"), ExecutionSort.NEWEST_FIRST)).containsExactly(E2);
        assertThat(rids(ExecutionFilter.ALL.withText("evaluate"), ExecutionSort.NEWEST_FIRST)).containsExactly(E4, E3);
        assertThat(rids(ExecutionFilter.ALL.withText("of"), ExecutionSort.NEWEST_FIRST)).containsExactly(E2);
        assertThat(rids(ExecutionFilter.ALL.withText("cifar\" OR \"x*"), ExecutionSort.NEWEST_FIRST)).isEmpty();
        assertThat(rids(ExecutionFilter.ALL.withText("100%_"), ExecutionSort.NEWEST_FIRST)).isEmpty();
        assertThat(executions.count(ExecutionFilter.ALL.withText("cifar").withStatuses("Failed"))).isEqualTo(1);
    }

    @Test
    void aWordThatStartsARidFindsTheRunsWhoseRidStartsSo() {
        assertThat(rids(ExecutionFilter.ALL.withText("1-E008"), ExecutionSort.NEWEST_FIRST)).containsExactly(E4);
        assertThat(rids(ExecutionFilter.ALL.withText("1-E00"), ExecutionSort.asc(ExecutionColumn.RID)))
                .containsExactly(E1, E2, E3, E4, ES);
        // look-alike letters, lower case, no hyphen; a hyphen where no RID has one finds nothing
        assertThat(rids(ExecutionFilter.ALL.withText("1eoo6"), ExecutionSort.NEWEST_FIRST)).containsExactly(E3);
        assertThat(rids(ExecutionFilter.ALL.withText("1e-006"), ExecutionSort.NEWEST_FIRST)).isEmpty();
        // with other words: each word matches the texts or the RID
        assertThat(rids(ExecutionFilter.ALL.withText("1-E00 cifar"), ExecutionSort.NEWEST_FIRST))
                .containsExactly(E2, E1);
        assertThat(rids(ExecutionFilter.ALL.withText("1-E004 cifar"), ExecutionSort.NEWEST_FIRST))
                .containsExactly(E2);
        assertThat(executions.count(ExecutionFilter.ALL.withText("1-E00").withStatuses("Uploaded"))).isEqualTo(2);
        // numbers and short words stay text
        assertThat(rids(ExecutionFilter.ALL.withText("100"), ExecutionSort.NEWEST_FIRST)).isEmpty();
        assertThat(rids(ExecutionFilter.ALL.withText("1-E"), ExecutionSort.NEWEST_FIRST)).isEmpty();
    }

    @Test
    void sortsByDurationsAndInputCountWithEmptyValuesLastAndRidTieBreak() {
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.asc(ExecutionColumn.EXECUTION_DURATION)))
                .containsExactly(E1, E2, E3, E4, ES);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.desc(ExecutionColumn.EXECUTION_DURATION)))
                .containsExactly(E2, E1, ES, E4, E3);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.desc(ExecutionColumn.INPUT_COUNT)))
                .containsExactly(E2, E1, ES, E4, E3);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.asc(ExecutionColumn.WORKFLOW)))
                .containsExactly(E1, E2, E3, E4, ES);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.desc(ExecutionColumn.STATUS)))
                .containsExactly(E3, E1, E4, E2, ES);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.asc(ExecutionColumn.LEGACY_DURATION)).get(0)).isEqualTo(E4);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.desc(ExecutionColumn.DOWNLOAD_DURATION)).get(0))
                .isEqualTo(E1);
        assertThat(rids(ExecutionFilter.ALL, ExecutionSort.asc(ExecutionColumn.UPLOAD_DURATION)).get(0)).isEqualTo(E2);
    }

    @ParameterizedTest
    @EnumSource(ExecutionColumn.class)
    void everyColumnSortsBothWaysOverAllRows(ExecutionColumn column) {
        List<Rid> asc = rids(ExecutionFilter.ALL, ExecutionSort.asc(column));
        List<Rid> desc = rids(ExecutionFilter.ALL, ExecutionSort.desc(column));
        assertThat(asc).containsExactlyInAnyOrder(E1, E2, E3, E4, ES);
        assertThat(desc).containsExactlyInAnyOrderElementsOf(asc);
        if (column == ExecutionColumn.RID || column == ExecutionColumn.CREATED) {
            List<Rid> reversed = new java.util.ArrayList<>(asc);
            java.util.Collections.reverse(reversed);
            assertThat(desc).containsExactlyElementsOf(reversed);
        }
    }

    @Test
    void rowsCarryWorkflowSummaryParentAndSentinelFlag() {
        ExecutionRow e2 = executions.list(ExecutionFilter.ALL.withWorkflows(W1).withStatuses("Failed"),
                ExecutionSort.NEWEST_FIRST, 10, 0).get(0);
        assertThat(e2.workflowName()).isEqualTo("CIFAR train");
        assertThat(e2.statusDetail()).isEqualTo("CUDA out of memory");
        assertThat(e2.inputCount()).isEqualTo(2);
        assertThat(e2.inputSummary()).isEqualTo("cifar10_small@0.3.0.post1.dev1, cifar10_big@1.0.0");
        assertThat(e2.parent()).isEqualTo(E4);
        assertThat(e2.created()).isEqualTo(day(2));
        assertThat(e2.durations().execution().seconds()).isEqualTo(600.0);
        assertThat(e2.unknownProvenance()).isFalse();
        ExecutionRow sentinel = executions.list(ExecutionFilter.ALL.withWorkflows(WS), ExecutionSort.NEWEST_FIRST,
                10, 0).get(0);
        assertThat(sentinel.unknownProvenance()).isTrue();
        assertThat(executions.ofWorkflow(W2)).extracting(ExecutionRow::rid).containsExactly(E4, E3);
    }

    @Test
    void workflowsWithCountsAndTypes() {
        List<WorkflowSummary> workflows = new LookupQueries(db).workflows();
        assertThat(workflows).extracting(w -> w.workflow().name())
                .containsExactly("CIFAR train", "Evaluate", "Unknown Provenance");
        assertThat(workflows.get(0).executionCount()).isEqualTo(2);
        assertThat(workflows.get(1).workflow().types()).containsExactly("Evaluation", "Testing");
    }

    @Test
    void datasetsWithPep440HistoryAndUsage() {
        DatasetQueries datasets = new DatasetQueries(db);
        DatasetSummary d1 = datasets.dataset(D1).orElseThrow();
        assertThat(d1.history()).extracting(DatasetVersion::version)
                .containsExactly("0.1.0", "0.3.0", "0.3.0.post1.dev1");
        assertThat(d1.history()).extracting(DatasetVersion::isDev).containsExactly(false, false, true);
        assertThat(d1.current().rid()).isEqualTo(V2);
        assertThat(d1.dataset().types()).containsExactly("Labeled", "Training");
        assertThat(d1.children()).containsExactly(D2);
        assertThat(d1.label()).isEqualTo("cifar10_small");
        DatasetVersionUsage v4 = datasets.usage(V4).orElseThrow();
        assertThat(v4.producer().rid()).isEqualTo(E3);
        assertThat(v4.consumers()).extracting(ExecutionRow::rid).containsExactly(E2);
        assertThat(datasets.usage(V2).orElseThrow().consumers()).extracting(ExecutionRow::rid).containsExactly(E1);
        assertThat(datasets.usage(V2).orElseThrow().producer()).isNull();
        assertThat(datasets.usage(Rid.of("9-9990"))).isEmpty();
    }

    @Test
    void filesByRidNameAndMd5() {
        LookupQueries lookup = new LookupQueries(db);
        assertThat(lookup.fileUsesByRid(A1)).extracting(AssetUse::execution).containsExactly(E1, E2);
        assertThat(lookup.fileUsesByName("CONFIGURATION.JSON")).extracting(AssetUse::execution).containsExactly(E1, E2);
        assertThat(lookup.fileUsesByName("configuration")).isEmpty();
        List<AssetUse> byMd5 = lookup.fileUsesByMd5(CONFIG_MD5.toUpperCase());
        assertThat(byMd5).hasSize(2);
        assertThat(byMd5.get(0).asset().types()).containsExactly("Deriva_Config", "Output_File");
        assertThat(byMd5.get(0).asset().md5()).isEqualTo(CONFIG_MD5);
        assertThat(lookup.fileUsesByName("weights.pt")).extracting(AssetUse::execution, AssetUse::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(E1, AssetRole.OUTPUT),
                        org.assertj.core.groups.Tuple.tuple(E3, AssetRole.INPUT));
    }

    @Test
    void detailOfARunAndOfASweep() {
        ExecutionDetailQuery query = new ExecutionDetailQuery(db);
        ExecutionDetail e1 = query.detail(E1).orElseThrow();
        assertThat(e1.workflow().rid()).isEqualTo(W1);
        assertThat(e1.code().headCommit()).hasValue("c505819");
        assertThat(e1.code().dirty()).isTrue();
        assertThat(e1.code().fileCommit()).hasValue("63c24de5d5e6483676326a0e84c119184ea1beb2");
        assertThat(e1.inputs()).singleElement().satisfies(i -> {
            assertThat(i.input().source()).isEqualTo(ExecutionInput.Source.CATALOG);
            assertThat(i.input().snapshot()).isEqualTo(SNAP);
            assertThat(i.dev()).isFalse();
            assertThat(i.datasetLabel()).isEqualTo("cifar10_small");
        });
        assertThat(e1.metadataFiles()).extracting(u -> u.asset().filename()).containsExactly("configuration.json");
        assertThat(e1.assets()).extracting(u -> u.asset().filename()).containsExactly("weights.pt");
        assertThat(e1.parent()).isNull();
        ExecutionDetail e2 = query.detail(E2).orElseThrow();
        assertThat(e2.inputs()).extracting(i -> i.input().dataset(), InputDetail::dev, i -> i.input().source())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(D1, true, ExecutionInput.Source.CONFIGURATION),
                        org.assertj.core.groups.Tuple.tuple(D2, false, ExecutionInput.Source.CATALOG));
        assertThat(e2.code().runVersion().isEmpty()).isTrue();
        assertThat(e2.parent()).isEqualTo(E4);
        assertThat(query.detail(E4).orElseThrow().children()).extracting(ExecutionNesting::child)
                .containsExactly(E3, E2);
        assertThat(query.detail(E3).orElseThrow().produced()).extracting(DatasetVersion::rid).containsExactly(V4);
        assertThat(query.detail(Rid.of("9-9990"))).isEmpty();
    }

    @Test
    void resolvesEveryKindOfRid() {
        LookupQueries lookup = new LookupQueries(db);
        assertThat(lookup.resolve(E1).orElseThrow().kind()).isEqualTo(ResolvedRid.Kind.EXECUTION);
        assertThat(lookup.resolve(W2).orElseThrow().label()).isEqualTo("Evaluate");
        assertThat(lookup.resolve(D2).orElseThrow().kind()).isEqualTo(ResolvedRid.Kind.DATASET);
        assertThat(lookup.resolve(V2).orElseThrow().label()).isEqualTo(D1 + "@0.3.0");
        assertThat(lookup.resolve(A2).orElseThrow().label()).isEqualTo("weights.pt");
        assertThat(lookup.resolve(Rid.of("9-9990"))).isEmpty();
    }

    @Test
    void writerReportsDuplicatesAndDanglingLinksWithoutFailing() throws Exception {
        List<Outcome> outcomes = db.update(w -> List.of(
                w.nesting(new ExecutionNesting(E4, E2, 2)),
                w.nesting(new ExecutionNesting(E4, Rid.of("9-9990"), 3)),
                w.input(new ExecutionInput(Rid.of("9-9990"), D1, null, null, null, ExecutionInput.Source.UNPINNED)),
                w.assetLink(new org.provex.core.model.AssetLink(A1, "x", E3, AssetRole.INPUT))));
        assertThat(outcomes).containsExactly(Outcome.DUPLICATE, Outcome.DANGLING, Outcome.DANGLING, Outcome.INSERTED);
        assertThat(new LookupQueries(db).fileUsesByRid(A1)).hasSize(3);
    }

    @Test
    void metaCountsRows() {
        CacheMeta meta = new LookupQueries(db).meta();
        assertThat(meta.counts()).containsEntry("executions", 5L).containsEntry("dataset_versions", 4L)
                .containsEntry("asset_links", 4L);
        assertThat(meta.isEmpty()).isTrue();
        assertThat(Instant.now()).isNotNull();
    }
}
