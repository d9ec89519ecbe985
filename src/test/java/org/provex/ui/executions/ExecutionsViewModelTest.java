package org.provex.ui.executions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.ingest.CatalogIngestor;
import org.provex.core.cache.query.ExecutionColumn;
import org.provex.core.cache.query.ExecutionFilter;
import org.provex.core.cache.query.ExecutionQueries;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.cache.query.ExecutionSort;
import org.provex.core.demo.DemoCatalogGenerator;
import org.provex.core.demo.DemoOptions;
import org.provex.core.model.Rid;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ManualTaskRunner;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.testing.TestContext;

class ExecutionsViewModelTest {

    @TempDir
    static Path dir;
    static TestContext demo;
    static CatalogSession session;

    @BeforeAll
    static void openDemo() throws Exception {
        demo = TestContext.demo(dir);
        session = demo.demoSession();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    /** The shared context with no catalog open and nothing recorded. */
    private static TestContext fresh() {
        demo.resetTo(null);
        return demo;
    }

    private static ExecutionsViewModel vm(ViewContext ctx) {
        ExecutionsViewModel vm = new ExecutionsViewModel(ctx);
        vm.setZone(ZoneOffset.UTC);
        vm.setTextDelayMillis(0);
        return vm;
    }

    private static List<ExecutionRow> rows(ExecutionsViewModel vm) {
        List<ExecutionSlot> slots = vm.rowsProperty().get();
        return IntStream.range(0, slots.size()).mapToObj(i -> slots.get(i).row()).toList();
    }

    private static List<ExecutionRow> expected(ExecutionFilter f, ExecutionSort s) {
        return new ExecutionQueries(session.db()).list(f, s, Integer.MAX_VALUE, 0);
    }

    @Test
    void loadsTheCatalogNewestFirstWithCounts() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        ExecutionsViewModel vm = vm(ctx);
        assertThat(vm.rowsProperty().get()).isEmpty();
        c.session.set(session);
        long total = session.meta().counts().get("executions");
        assertThat(vm.totalCountProperty().get()).isEqualTo(total);
        assertThat(vm.matchingCountProperty().get()).isEqualTo(total);
        assertThat(rows(vm)).isEqualTo(expected(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST));
        assertThat(vm.workflowChoices()).hasSizeGreaterThan(5);
        assertThat(vm.workflowChoices().get(0).isAny()).isTrue();
        assertThat(vm.datasetChoices()).hasSizeGreaterThan(3);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void filtersBuildTheFilterAndTheRowsFollow() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        vm.statuses().addAll(List.of("Failed", "Aborted"));
        assertThat(vm.filterProperty().get().statuses()).containsExactlyInAnyOrder("Failed", "Aborted");
        assertThat(rows(vm)).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isIn("Failed", "Aborted"));

        FilterChoice workflow = vm.workflowChoices().stream().filter(w -> !w.isAny()).findFirst().orElseThrow();
        vm.workflowProperty().set(workflow);
        assertThat(vm.filterProperty().get().workflows()).containsExactly(workflow.rid());

        FilterChoice dataset = vm.datasetChoices().get(2);
        vm.inputDatasetProperty().set(dataset);
        assertThat(vm.filterProperty().get().inputDataset()).isEqualTo(dataset.rid());

        vm.createdFromProperty().set(LocalDate.of(2026, 3, 1));
        vm.createdToProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(vm.filterProperty().get().createdFrom()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(vm.filterProperty().get().createdBefore()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));

        vm.textProperty().set("  quick  ");
        assertThat(vm.filterProperty().get().text()).isEqualTo("quick");
        assertThat(vm.filteredProperty().get()).isTrue();
        assertThat(rows(vm)).isEqualTo(expected(vm.filterProperty().get(), ExecutionSort.NEWEST_FIRST));
        assertThat(vm.matchingCountProperty().get()).isEqualTo(rows(vm).size());
    }

    @Test
    void textAloneFiltersAndClearFiltersIsOneQuery() {
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        TestContext c = fresh();
        ViewContext ctx = c.context(tasks);
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        vm.textProperty().set("ROC analysis");
        assertThat(rows(vm)).isNotEmpty().allSatisfy(r -> assertThat(r.description() + r.workflowName())
                .containsIgnoringCase("ROC"));
        vm.statuses().add("Uploaded");
        vm.createdFromProperty().set(LocalDate.of(2026, 1, 1));
        int before = tasks.startedCount();
        vm.clearFilters();
        assertThat(tasks.startedCount() - before).as("one count-and-page query").isEqualTo(1);
        assertThat(vm.filterProperty().get()).isEqualTo(ExecutionFilter.ALL);
        assertThat(vm.filteredProperty().get()).isFalse();
        assertThat(vm.matchingCountProperty().get()).isEqualTo(vm.totalCountProperty().get());
    }

    @Test
    void everyColumnSortsInTheCache() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        for (ExecutionColumn column : ExecutionColumn.values()) {
            for (boolean asc : new boolean[] {true, false}) {
                vm.sortBy(column, asc);
                assertThat(vm.sortProperty().get()).isEqualTo(new ExecutionSort(column, asc));
                assertThat(rows(vm)).as(column + (asc ? " asc" : " desc"))
                        .isEqualTo(expected(ExecutionFilter.ALL, new ExecutionSort(column, asc)));
            }
        }
    }

    @Test
    void aSupersededLoadIsCancelledAndNeverLands() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TestContext c = fresh();
        ViewContext ctx = c.context(tasks);
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        tasks.runAll();
        int first = tasks.started().size();
        vm.textProperty().set("qu");
        vm.textProperty().set("quick");
        vm.textProperty().set("ROC");
        List<ManualTaskRunner.Pending> loads = tasks.started().subList(first, tasks.started().size());
        assertThat(loads).hasSize(3);
        assertThat(loads.get(0).isCancelled()).isTrue();
        assertThat(loads.get(1).isCancelled()).isTrue();
        assertThat(loads.get(2).isCancelled()).isFalse();
        assertThat(vm.loadingProperty().get()).isTrue();
        loads.get(2).run();     // the newest finishes first...
        loads.get(0).run();     // ...then the superseded ones: their results must not land
        loads.get(1).run();
        assertThat(vm.filterProperty().get().text()).isEqualTo("ROC");
        assertThat(rows(vm)).isEqualTo(expected(ExecutionFilter.ALL.withText("ROC"), ExecutionSort.NEWEST_FIRST));
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void showsTheFirstPageThenCountsAndTheListGrowsKeepingTheSelection(@TempDir Path big) throws Exception {
        try (CacheDatabase db = CacheDatabase.open(big.resolve("big.sqlite"))) {
            new CatalogIngestor(db).ingest(DemoCatalogGenerator.generate(new DemoOptions(250)));
            CatalogSession bigger = TestContext.session(db, "big");
            ManualTaskRunner tasks = new ManualTaskRunner();
            TestContext c = fresh();
            ViewContext ctx = c.context(tasks);
            ExecutionsViewModel vm = vm(ctx);
            c.session.set(bigger);
            runPending(tasks, "Loading executions");
            assertThat(vm.rowsProperty().get()).hasSize(LazyExecutionList.PAGE_SIZE);
            assertThat(vm.matchingCountProperty().get()).as("counting").isEqualTo(-1);
            ExecutionSlot chosen = vm.rowsProperty().get().get(3);
            vm.select(List.of(chosen));
            runPending(tasks, "Counting executions");
            long total = new ExecutionQueries(db).count(ExecutionFilter.ALL);
            assertThat(total).isGreaterThan(LazyExecutionList.PAGE_SIZE);
            assertThat(vm.matchingCountProperty().get()).isEqualTo(total);
            assertThat(vm.rowsProperty().get()).hasSize((int) total);
            assertThat(vm.rowsProperty().get().get(3)).isSameAs(chosen);
            assertThat(vm.selectedExecutions()).containsExactly(chosen.row());
            List<ExecutionSlot> slots = vm.rowsProperty().get();
            slots.forEach(slot -> { });   // asks for every page
            tasks.runAll();
            assertThat(IntStream.range(0, slots.size()).mapToObj(i -> slots.get(i).row()).toList())
                    .isEqualTo(new ExecutionQueries(db).list(ExecutionFilter.ALL, ExecutionSort.NEWEST_FIRST,
                            Integer.MAX_VALUE, 0));
            c.session.set(null);
            tasks.runAll();
        }
    }

    /** Runs the pending tasks with this title. */
    private static void runPending(ManualTaskRunner tasks, String title) {
        List<ManualTaskRunner.Pending> found = tasks.pending().stream().filter(p -> p.title().equals(title)).toList();
        assertThat(found).as(title).isNotEmpty();
        found.forEach(ManualTaskRunner.Pending::run);
    }

    @Test
    void aCatalogChangeCancelsAndReloads() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TestContext c = fresh();
        ViewContext ctx = c.context(tasks);
        ExecutionsViewModel vm = vm(ctx);
        c.session.set(session);
        List<ManualTaskRunner.Pending> firstLoad = tasks.pending();
        assertThat(firstLoad).isNotEmpty();
        c.session.set(null);
        assertThat(firstLoad).allSatisfy(p -> assertThat(p.isCancelled()).isTrue());
        tasks.runAll();
        assertThat(vm.rowsProperty().get()).isEmpty();
        assertThat(vm.totalCountProperty().get()).isZero();
        assertThat(vm.workflowChoices()).hasSize(1);
        c.session.set(session);
        tasks.runAll();
        assertThat(vm.rowsProperty().get()).hasSize((int) vm.totalCountProperty().get()).isNotEmpty();
        assertThat(vm.workflowChoices()).hasSizeGreaterThan(1);
    }

    @Test
    void aCatalogChangeDropsFiltersThatNameItsRecords() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        vm.workflowProperty().set(vm.workflowChoices().get(1));
        vm.statuses().add("Failed");
        c.session.set(null);
        c.session.set(session);
        assertThat(vm.workflowProperty().get().isAny()).isTrue();
        assertThat(vm.filterProperty().get().workflows()).isEmpty();
        assertThat(vm.filterProperty().get().statuses()).containsExactly("Failed");
    }

    @Test
    void selectionAndOpen() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        List<ExecutionSlot> slots = vm.rowsProperty().get();
        vm.select(List.of(slots.get(0), slots.get(2)));
        assertThat(vm.selectedExecutions()).extracting(ExecutionRow::rid)
                .containsExactly(slots.get(0).row().rid(), slots.get(2).row().rid());
        vm.open(slots.get(1));
        assertThat(c.navigator.calls).containsExactly("execution " + slots.get(1).row().rid());
        vm.statuses().add("Failed");
        assertThat(vm.selectedExecutions()).as("a new query clears the selection").isEmpty();
    }

    @Test
    void theSentinelRunIsFlagged() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        assertThat(rows(vm)).filteredOn(ExecutionRow::unknownProvenance).hasSize(1)
                .extracting(ExecutionRow::rid).containsExactly(Rid.of("1-AQ8W"));
        assertThat(Set.copyOf(ExecutionsViewModel.STATUS_TERMS)).hasSize(7);
    }

    @Test
    void revealFindsTheRunsRowAndClearsFiltersThatHideIt() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        List<ExecutionRow> all = rows(vm);
        ExecutionRow target = all.stream().filter(r -> !"Failed".equals(r.status())).reduce((a, b) -> b)
                .orElseThrow();
        vm.reveal(target.rid());
        assertThat(vm.revealProperty().get()).isEqualTo(new RowReveal.Target(all.indexOf(target), target.rid()));

        vm.statuses().add("Failed");
        assertThat(rows(vm)).doesNotContain(target);
        vm.reveal(target.rid());
        assertThat(vm.statuses()).as("the filter hid the run, so it is cleared").isEmpty();
        assertThat(vm.revealProperty().get().index()).isEqualTo(all.indexOf(target));

        vm.reveal(Rid.of("9-ZZZY"));
        assertThat(vm.revealProperty().get()).as("unknown: the table clears its selection")
                .isEqualTo(new RowReveal.Target(-1, Rid.of("9-ZZZY")));
    }

    @Test
    void theLeadSelectionOpensTheRunOnceItsRowIsRead() {
        TestContext c = fresh();
        ViewContext ctx = c.context(new ImmediateTaskRunner());
        c.session.set(session);
        ExecutionsViewModel vm = vm(ctx);
        c.navigator.clear();
        ExecutionSlot slot = vm.rowsProperty().get().get(3);
        vm.lead(slot);
        assertThat(c.navigator.executions).containsExactly(slot.row().rid());
        ExecutionSlot pending = new ExecutionSlot(7);
        vm.lead(pending);
        assertThat(c.navigator.executions).hasSize(1);
        ExecutionRow row = vm.rowsProperty().get().get(7).row();
        pending.fill(row);
        assertThat(c.navigator.executions).containsExactly(slot.row().rid(), row.rid());
    }
}
