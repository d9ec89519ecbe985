package org.provex.ui.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.Rid;
import org.provex.core.model.WorkflowUrl;
import org.provex.ui.testing.TestContext;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ManualTaskRunner;

/** The Workflows view model on a real demo cache, with the synchronous task runner and no toolkit. */
class WorkflowsViewModelTest {

    private static final String CNN = "CIFAR-10 2-Layer CNN";

    @TempDir
    static Path dir;
    static TestContext fx;

    private ImmediateTaskRunner tasks;
    private WorkflowsViewModel vm;

    @BeforeAll
    static void demo() throws Exception {
        fx = TestContext.demo(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @BeforeEach
    void setUp() {
        fx.reset();
        tasks = new ImmediateTaskRunner();
        vm = new WorkflowsViewModel(fx.context(tasks));
    }

    @Test
    void aWorkflowAskedForWhileTheListStillLoadsIsSelectedWhenItArrives() {
        Rid v2 = group(CNN).versions().get(1).rid();
        ManualTaskRunner manual = new ManualTaskRunner();
        WorkflowsViewModel built = new WorkflowsViewModel(fx.context(manual));   // as a navigation builds the pane
        built.select(v2);
        manual.runAll();
        assertThat(built.selectedVersionProperty().get().rid()).isEqualTo(v2);
        assertThat(fx.notifications.errors).isEmpty();
    }

    private WorkflowGroup group(String name) {
        return vm.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private WorkflowVersion onlyVersion(String name) {
        WorkflowGroup g = group(name);
        assertThat(g.single()).as(name + " has one version").isTrue();
        return g.versions().get(0);
    }

    @Test
    void theCnnWorkflowsAreGroupedAsVersionsOfTheSameCodeInOrderOfFirstUse() {
        WorkflowGroup cnn = group(CNN);
        assertThat(cnn.single()).isFalse();
        assertThat(cnn.versions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cnn.drifted()).isTrue();
        assertThat(cnn.versions()).extracting(v -> v.workflow().name()).containsOnly(CNN);
        assertThat(cnn.versions()).extracting(v -> v.workflow().checksum()).doesNotHaveDuplicates();
        assertThat(cnn.versions()).extracting(WorkflowVersion::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, cnn.versions().size())
                        .boxed().toList());
        assertThat(cnn.versions()).extracting(WorkflowVersion::firstUsed).isSorted();
        assertThat(cnn.totalRuns()).isEqualTo(cnn.versions().stream().mapToLong(WorkflowVersion::runs).sum());
        // Every other workflow has a name of its own: one row each, no false grouping.
        assertThat(vm.groups().stream().filter(g -> !g.name().equals(CNN))).allMatch(WorkflowGroup::single);
        assertThat(vm.listMessageProperty().get()).isEmpty();
    }

    @Test
    void theSentinelIsShownAsSuchAndLast() {
        WorkflowGroup last = vm.groups().get(vm.groups().size() - 1);
        assertThat(last.sentinel()).isTrue();
        assertThat(last.versions().get(0).code().kind()).isEqualTo(WorkflowUrl.Kind.UNKNOWN_PROVENANCE);
        assertThat(last.versions().get(0).code().kindLabel()).isEqualTo("Sentinel");
        assertThat(vm.groups().subList(0, vm.groups().size() - 1)).noneMatch(WorkflowGroup::sentinel);
    }

    @Test
    void notebookAndContainerWorkflowsHaveTheRightKind() {
        WorkflowVersion notebook = onlyVersion("ROC analysis");
        assertThat(notebook.code().kind()).isEqualTo(WorkflowUrl.Kind.GIT_BLOB);
        assertThat(notebook.code().notebook()).isTrue();
        assertThat(notebook.code().kindLabel()).isEqualTo("Git notebook");
        assertThat(notebook.code().path()).endsWith(".ipynb");
        assertThat(notebook.code().commit()).hasSize(40);
        assertThat(notebook.code().repository()).startsWith("https://github.com/");

        WorkflowVersion container = onlyVersion("CIFAR-10 evaluation container");
        assertThat(container.code().kind()).isEqualTo(WorkflowUrl.Kind.DOCKER_IMAGE);
        assertThat(container.code().kindLabel()).isEqualTo("Container");
        assertThat(container.code().digest()).startsWith("sha256:");
        assertThat(container.code().image()).isNotEmpty();
        assertThat(container.code().identity()).isEqualTo(container.code().digest());

        WorkflowVersion script = onlyVersion("CIFAR-10 loader");
        assertThat(script.code().kindLabel()).isEqualTo("Git file");
        assertThat(script.code().notebook()).isFalse();
    }

    @Test
    void selectingAVersionListsItsRunsNewestFirst() {
        WorkflowVersion v2 = group(CNN).versions().get(1);
        vm.select(v2.rid());

        assertThat(vm.selectedVersionProperty().get()).isEqualTo(v2);
        assertThat(vm.selectedGroupProperty().get()).isEqualTo(group(CNN));
        assertThat(vm.detailProperty().get()).isEqualTo(v2);
        List<ExecutionRow> runs = vm.executions();
        assertThat(runs).hasSize((int) v2.runs()).isNotEmpty();
        assertThat(runs).allMatch(r -> r.workflow().equals(v2.rid()));
        assertThat(runs).extracting(ExecutionRow::created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(vm.runsMessageProperty().get()).isEmpty();
        assertThat(vm.runsSummaryProperty().get()).isEqualTo(v2.runs() + " runs");
        assertThat(vm.versionLabel(v2.rid())).isEqualTo("v2");
    }

    @Test
    void selectingANameListsTheRunsOfAllItsVersionsAndDetailsTheLatest() {
        WorkflowGroup cnn = group(CNN);
        vm.selectGroup(cnn);

        assertThat(vm.selectedVersionProperty().get()).isNull();
        assertThat(vm.detailProperty().get()).isEqualTo(cnn.latest());
        assertThat(vm.executions()).hasSize((int) cnn.totalRuns());
        assertThat(vm.executions()).extracting(ExecutionRow::workflow).containsAll(
                cnn.versions().stream().map(WorkflowVersion::rid).toList());
    }

    @Test
    void openingARunGoesThroughTheNavigator() {
        vm.select(onlyVersion("CIFAR-10 loader").rid());
        Rid run = vm.executions().get(0).rid();
        vm.openExecution(run);
        assertThat(fx.navigator.calls).containsExactly("execution " + run);
    }

    @Test
    void linksAreDisabledOnTheDemoWithAReason() {
        vm.select(onlyVersion("CIFAR-10 loader").rid());
        assertThat(vm.linksReasonProperty().get()).contains("demo");
        vm.copyCitation();
        vm.openInChaise();
        assertThat(fx.dialogs.clipboard).isEmpty();
        assertThat(fx.dialogs.browsed).isEmpty();
    }

    @Test
    void copyingACommitUsesTheClipboard() {
        WorkflowVersion loader = onlyVersion("CIFAR-10 loader");
        vm.copy("Commit", loader.code().commit());
        assertThat(fx.dialogs.clipboard).containsExactly(loader.code().commit());
    }

    @Test
    void aCatalogChangeReloadsAndClearsTheSelection() {
        vm.select(onlyVersion("CIFAR-10 loader").rid());
        int before = tasks.startedCount();
        CatalogSession other = fx.emptyCatalog("other");
        try {
            fx.session.set(other);
            assertThat(tasks.startedCount()).isGreaterThan(before);
            assertThat(vm.groups()).isEmpty();
            assertThat(vm.selectedVersionProperty().get()).isNull();
            assertThat(vm.executions()).isEmpty();
            assertThat(vm.listMessageProperty().get()).contains("no workflows");
            assertThat(vm.linksReasonProperty().get()).contains("not been synced");

            fx.session.set(null);
            assertThat(vm.listMessageProperty().get()).contains("No catalog is open");

            fx.session.set(fx.demoSession());
            assertThat(vm.groups()).isNotEmpty();
            assertThat(vm.linksReasonProperty().get()).contains("demo");
        } finally {
            other.db().close();
        }
    }

    @Test
    void aSelectionAskedForBeforeTheCatalogOpensIsAppliedWhenItLoads() {
        Rid loader = onlyVersion("CIFAR-10 loader").rid();
        fx.session.set(null);
        vm.select(loader);
        assertThat(vm.selectedVersionProperty().get()).isNull();
        fx.session.set(fx.demoSession());
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(loader);
        assertThat(vm.executions()).isNotEmpty();
    }

    @Test
    void refreshKeepsTheSelectionAndAnUnknownRidIsReported() {
        WorkflowVersion v1 = group(CNN).versions().get(0);
        vm.select(v1.rid());
        vm.refresh();
        assertThat(vm.selectedVersionProperty().get()).isEqualTo(v1);
        assertThat(vm.executions()).hasSize((int) v1.runs());

        Rid unknown = Rid.of("9-ZZZZ");
        vm.select(unknown);
        assertThat(fx.notifications.errors).anyMatch(m -> m.contains(unknown.value()));
        assertThat(vm.selectedVersionProperty().get()).isEqualTo(v1);
    }

    @Test
    void clearingTheSelectionAsksForOne() {
        vm.select(onlyVersion("CIFAR-10 loader").rid());
        vm.clearSelection();
        assertThat(vm.executions()).isEmpty();
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(vm.runsMessageProperty().get()).startsWith("Select a workflow");
    }

    @Test
    void aDriftedWorkflowShowsItsCodeDiffFromTheMappedDemoRepository() {
        WorkflowGroup cnn = group(CNN);
        WorkflowVersion second = cnn.versions().stream().filter(v -> v.number() == 2).findFirst().orElseThrow();
        vm.select(second.rid());
        assertThat(vm.codeDiff().availableProperty().get()).isTrue();
        vm.codeDiff().show();
        var diff = vm.codeDiff().diffProperty().get();
        assertThat(diff).as(String.valueOf(fx.notifications.errors)).isNotNull();
        assertThat(diff.newer().commit()).isEqualTo(((org.provex.core.model.WorkflowUrl.GitBlob) second.workflow()
                .parsedUrl()).commit());
        assertThat(diff.diff().identical()).isFalse();
        assertThat(diff.unified()).contains("@@").containsPattern("(?m)^[+-][^+-]");

        vm.select(onlyVersion("ROC analysis").rid());
        assertThat(vm.codeDiff().availableProperty().get()).as("a workflow with one version has nothing to diff")
                .isFalse();
    }

    @Test
    void withoutAMappedCloneTheCodeDiffSaysWhatToDo() throws Exception {
        fx.workspace.updateSettings(st -> new org.provex.core.settings.Settings(st.catalogs(), st.lastCatalog(),
                java.util.Map.of(), st.window()));
        try {
            WorkflowVersion second = group(CNN).versions().get(1);
            vm.select(second.rid());
            vm.codeDiff().show();
            assertThat(vm.codeDiff().diffProperty().get()).isNull();
            assertThat(fx.notifications.errors).singleElement().asString().contains("provex repo map");
        } finally {
            fx.workspace.updateSettings(st -> st.withRepositoryMapping(org.provex.core.demo.DemoRepository.REMOTE,
                    fx.workspace.data().demoRepository().toString()));
        }
    }
}
