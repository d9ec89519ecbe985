package org.provex.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.query.DatasetQueries;
import org.provex.core.cache.query.DatasetSummary;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.links.RecordLinks;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Pep440Version;
import org.provex.core.model.Rid;
import org.provex.ui.testing.TestContext;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.common.ManualTaskRunner;

/** The Datasets view model on a real demo cache, with the synchronous task runner and no toolkit. */
class DatasetsViewModelTest {

    @TempDir
    static Path dir;
    static TestContext fx;
    static List<DatasetSummary> all;

    private ImmediateTaskRunner tasks;
    private DatasetsViewModel vm;

    @BeforeAll
    static void demo() throws Exception {
        fx = TestContext.demo(dir);
        all = new DatasetQueries(fx.demoSession().db()).datasets();
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @BeforeEach
    void setUp() {
        fx.reset();
        tasks = new ImmediateTaskRunner();
        vm = new DatasetsViewModel(fx.context(tasks));
    }

    @Test
    void aDatasetAskedForWhileTheTreeStillLoadsIsSelectedWhenItArrives() {
        DatasetSummary nested = withChildren();
        ManualTaskRunner manual = new ManualTaskRunner();
        DatasetsViewModel built = new DatasetsViewModel(fx.context(manual));   // as a navigation builds the pane
        built.select(nested.dataset().rid(), null);
        manual.runAll();
        assertThat(built.selectedDatasetProperty().get().dataset().rid()).isEqualTo(nested.dataset().rid());
    }

    /** The demo's dataset whose current version is a dev version. */
    private static DatasetSummary withDevVersion() {
        return all.stream().filter(d -> d.current() != null && d.current().isDev()).findFirst().orElseThrow();
    }

    private static DatasetSummary withChildren() {
        return all.stream().filter(d -> !d.children().isEmpty()).findFirst().orElseThrow();
    }

    /** A released version that some execution consumed, and its dataset. */
    private Object[] consumedVersion() {
        for (DatasetSummary d : all) {
            for (DatasetVersion v : d.history()) {
                var usage = new DatasetQueries(fx.demoSession().db()).usage(v.rid()).orElseThrow();
                if (!usage.consumers().isEmpty() && usage.producer() != null) {
                    return new Object[] {d, v, usage};
                }
            }
        }
        throw new AssertionError("the demo has a consumed version with a producer");
    }

    @Test
    void datasetsAreShownAsANestingTree() {
        DatasetSummary parent = withChildren();
        assertThat(vm.roots()).extracting(DatasetNode::rid).contains(parent.dataset().rid())
                .doesNotContainAnyElementsOf(parent.children());
        DatasetNode node = vm.roots().stream().filter(n -> n.rid().equals(parent.dataset().rid())).findFirst()
                .orElseThrow();
        assertThat(node.children()).extracting(DatasetNode::rid).containsExactlyElementsOf(parent.children());
        assertThat(count(vm.roots())).isEqualTo(all.size());
        assertThat(vm.listMessageProperty().get()).isEmpty();
    }

    private static int count(List<DatasetNode> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }

    @Test
    void versionsAreInPep440OrderWithTheDevVersionFlaggedAndWithoutSnapshot() {
        DatasetSummary d = withDevVersion();
        vm.select(d.dataset().rid(), null);

        assertThat(vm.selectedDatasetProperty().get()).isEqualTo(d);
        List<VersionRow> rows = vm.versions();
        assertThat(rows).hasSize(d.history().size()).hasSizeGreaterThan(2);
        assertThat(rows).extracting(r -> Pep440Version.parse(r.label())).isSorted();
        VersionRow dev = rows.get(rows.size() - 1);
        assertThat(dev.dev()).isTrue();
        assertThat(dev.label()).contains(".dev");
        assertThat(dev.version().snapshot()).isNull();
        assertThat(rows.subList(0, rows.size() - 1)).allMatch(r -> !r.dev() && r.version().snapshot() != null);
        // No version given: the current one is selected, here the dev version.
        assertThat(dev.current()).isTrue();
        assertThat(vm.selectedVersionProperty().get()).isEqualTo(dev);
        assertThat(vm.consumers()).isEmpty();
        assertThat(vm.consumersMessageProperty().get()).contains("dev version");
    }

    @Test
    void aVersionShowsItsProducerAndConsumers() {
        Object[] found = consumedVersion();
        DatasetSummary d = (DatasetSummary) found[0];
        DatasetVersion v = (DatasetVersion) found[1];
        var usage = (org.provex.core.cache.query.DatasetVersionUsage) found[2];

        vm.select(d.dataset().rid(), v.rid());

        assertThat(vm.selectedDatasetProperty().get()).isEqualTo(d);
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(v.rid());
        assertThat(vm.producerRidProperty().get()).isEqualTo(v.execution());
        assertThat(vm.producerProperty().get().rid()).isEqualTo(v.execution());
        assertThat(vm.consumers()).extracting(ExecutionRow::rid)
                .containsExactlyElementsOf(usage.consumers().stream().map(ExecutionRow::rid).toList());
        assertThat(vm.consumersMessageProperty().get()).isEmpty();
        assertThat(vm.consumersSummaryProperty().get()).contains(v.version());

        vm.openProducer();
        vm.openExecution(vm.consumers().get(0).rid());
        assertThat(fx.navigator.calls).containsExactly("execution " + v.execution(),
                "execution " + vm.consumers().get(0).rid());
    }

    @Test
    void selectingAnotherVersionReloadsItsUsage() {
        DatasetSummary d = withDevVersion();
        vm.select(d.dataset().rid(), d.history().get(0).rid());
        int before = tasks.startedCount();
        vm.selectVersion(d.history().get(1).rid());
        assertThat(tasks.startedCount()).isEqualTo(before + 1);
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(d.history().get(1).rid());
        assertThat(vm.producerRidProperty().get()).isEqualTo(d.history().get(1).execution());
        vm.selectVersion(d.history().get(1).rid());
        assertThat(tasks.startedCount()).as("the same version is not reloaded").isEqualTo(before + 1);
    }

    @Test
    void anUnknownVersionIsReportedAndTheCurrentOneShown() {
        DatasetSummary d = withChildren();
        Rid foreign = withDevVersion().history().get(0).rid();
        vm.select(d.dataset().rid(), foreign);
        assertThat(fx.notifications.errors).anyMatch(m -> m.contains(foreign.value()));
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(d.dataset().currentVersion());
    }

    @Test
    void linksAreDisabledOnTheDemoWithAReason() {
        DatasetSummary d = withChildren();
        vm.select(d.dataset().rid(), null);
        assertThat(vm.linksReasonProperty().get()).contains("demo");
        vm.copyCitation();
        vm.openInChaise();
        assertThat(fx.dialogs.clipboard).isEmpty();
        assertThat(fx.dialogs.browsed).isEmpty();
    }

    @Test
    void aReleasedVersionIsCitedAtItsOwnSnapshotAndADevVersionNotAtAll() {
        CatalogSession live = new CatalogSession("live", fx.demoSession().db(), fx.demoSession().meta(),
                RecordLinks.of(CatalogLocation.of("catalog.example.org", "1"), fx.demoSession().meta().snaptime()));
        fx.session.set(live);
        DatasetSummary d = withDevVersion();
        DatasetVersion first = d.history().get(0);
        vm.select(d.dataset().rid(), first.rid());
        assertThat(vm.linksReasonProperty().get()).isEmpty();
        vm.copyCitation();
        vm.openInChaise();
        assertThat(fx.dialogs.clipboard).containsExactly("https://catalog.example.org/id/1/" + d.dataset().rid()
                + "@" + first.snapshot().value());
        assertThat(fx.dialogs.browsed).singleElement().asString()
                .contains("#1@" + first.snapshot().value() + "/deriva-ml:Dataset/RID=" + d.dataset().rid());
        assertThat(first.snapshot()).isNotEqualTo(fx.demoSession().meta().snaptime());

        vm.select(d.dataset().rid(), d.current().rid());
        assertThat(vm.linksReasonProperty().get()).contains("dev version");
        vm.copyCitation();
        assertThat(fx.dialogs.clipboard).hasSize(1);
    }

    @Test
    void aCatalogChangeReloadsAndClearsTheSelection() {
        vm.select(withChildren().dataset().rid(), null);
        int before = tasks.startedCount();
        CatalogSession other = fx.emptyCatalog("other");
        try {
            fx.session.set(other);
            assertThat(tasks.startedCount()).isGreaterThan(before);
            assertThat(vm.roots()).isEmpty();
            assertThat(vm.selectedDatasetProperty().get()).isNull();
            assertThat(vm.selectedVersionProperty().get()).isNull();
            assertThat(vm.versions()).isEmpty();
            assertThat(vm.listMessageProperty().get()).contains("no datasets");

            fx.session.set(null);
            assertThat(vm.listMessageProperty().get()).contains("No catalog is open");

            DatasetSummary d = withDevVersion();
            vm.select(d.dataset().rid(), d.history().get(1).rid());
            fx.session.set(fx.demoSession());
            assertThat(vm.roots()).isNotEmpty();
            assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(d.history().get(1).rid());
        } finally {
            other.db().close();
        }
    }

    @Test
    void refreshKeepsTheSelectedVersion() {
        DatasetSummary d = withDevVersion();
        Rid second = d.history().get(1).rid();
        vm.select(d.dataset().rid(), second);
        vm.refresh();
        assertThat(vm.selectedVersionProperty().get().rid()).isEqualTo(second);
        assertThat(Objects.requireNonNull(vm.producerRidProperty().get())).isEqualTo(d.history().get(1).execution());
    }
}
