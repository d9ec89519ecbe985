package org.provex.ui.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.lineage.DisplayGraph;
import org.provex.core.lineage.LineageWalker.Direction;
import org.provex.core.model.Rid;
import org.provex.ui.common.ImmediateTaskRunner;
import org.provex.ui.testing.TestContext;

/** The lineage, impact and version-comparison view models on the demo's label-audit story, without a toolkit. */
class LineageViewModelsTest {

    @TempDir
    static Path dir;
    static TestContext fx;
    static AuditStory story;

    private ImmediateTaskRunner tasks;

    @BeforeAll
    static void demo() {
        fx = TestContext.demo(dir);
        story = AuditStory.of(fx.demoSession().db());
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @BeforeEach
    void setUp() {
        fx.reset();
        tasks = new ImmediateTaskRunner();
    }

    private List<String> ids(LineageViewModel vm) {
        return vm.layoutProperty().get().graph().boxes().stream().map(DisplayGraph.Box::id).toList();
    }

    @Test
    void theLineageOfTheTaintedVersionShowsWhatItFedAndTheWayBetweenTwoNodes() {
        LineageViewModel vm = new LineageViewModel(fx.context(tasks));
        vm.depthProperty().set(2);
        vm.directionProperty().set(Direction.DOWN);
        vm.open(story.taintedTraining());

        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(story.taintedTraining().value());
        assertThat(ids(vm)).contains(story.taintedSplit().value());
        assertThat(vm.summaryProperty().get()).matches("\\d+ boxes for \\d+ records");
        int before = ids(vm).size();

        String consumer = vm.layoutProperty().get().graph().boxes().stream()
                .filter(b -> !b.isGroup() && b.node().depth() == 2 && b.node().kind().equals("execution"))
                .findFirst().orElseThrow().id();
        vm.pathTo(consumer);
        assertThat(vm.pathProperty().get()).startsWith(story.taintedTraining().value()).endsWith(consumer)
                .contains(story.taintedSplit().value());

        vm.expand(consumer);
        assertThat(ids(vm).size()).as("the run's outputs join the graph").isGreaterThan(before);
        assertThat(vm.selectedProperty().get().id()).as("the selection survives").isEqualTo(
                story.taintedTraining().value());

        vm.collapse(story.taintedTraining().value());
        assertThat(ids(vm)).containsExactly(story.taintedTraining().value());
        assertThat(vm.caption(vm.layoutProperty().get().graph().boxes().get(0))).contains("folded");
        vm.expand(story.taintedTraining().value());
        assertThat(ids(vm).size()).isGreaterThan(before);

        vm.openRecord(consumer);
        vm.showImpact(consumer);
        assertThat(fx.navigator.calls).containsExactly("open " + consumer, "impact " + consumer);
    }

    @Test
    void anUnknownRidSaysSoInsteadOfAGraph() {
        LineageViewModel vm = new LineageViewModel(fx.context(tasks));
        vm.open(Rid.of("9-ZZZZ"));
        assertThat(vm.layoutProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("9-ZZZZ").contains("sync");
    }

    @Test
    void theImpactReportGroupsByDepthAndKindAndExportsMarkdown() throws Exception {
        ImpactViewModel vm = new ImpactViewModel(fx.context(tasks));
        vm.open(story.taintedTraining());

        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).contains("executions");
        List<ImpactViewModel.Item> items = vm.levelsProperty().get().stream().flatMap(l -> l.groups().stream())
                .flatMap(g -> g.items().stream()).toList();
        assertThat(items).extracting(i -> i.node().rid()).contains(story.taintedSplit().value(), story.mine().value());
        ImpactViewModel.Item mine = items.stream().filter(i -> i.node().rid().equals(story.mine().value()))
                .findFirst().orElseThrow();
        assertThat(mine.path()).startsWith(story.taintedTraining().value()).endsWith(story.mine().value());
        assertThat(vm.levelsProperty().get().get(0).groups()).extracting(ImpactViewModel.KindGroup::title)
                .allMatch(t -> t.matches("\\d+ .*"));

        vm.copyMarkdown();
        assertThat(fx.dialogs.clipboard).singleElement().asString().startsWith("# Impact of dataset\\_version "
                + story.taintedTraining()).contains("| " + story.mine().value() + " |");
        fx.dialogs.saveDirectory = Files.createDirectories(dir.resolve("export"));
        vm.exportMarkdown();
        Path saved = dir.resolve("export").resolve("provex-impact-" + story.taintedTraining() + ".md");
        assertThat(Files.readString(saved)).isEqualTo(fx.dialogs.clipboard.get(0));
        assertThat(fx.notifications.lastInfo()).contains("provex-impact-");
    }

    @Test
    void comparingTheTaintedAndTheCorrectedVersionListsNineRemovedAndTwelveAdded() {
        VersionDiffViewModel vm = new VersionDiffViewModel(fx.context(tasks));
        vm.open(story.training(), null, story.correctedTraining());

        assertThat(vm.fromProperty().get().rid()).isEqualTo(story.taintedTraining());
        assertThat(vm.toProperty().get().label()).isEqualTo("0.3.0");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.tables()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo("cifar10:Image");
            assertThat(t.added()).isEqualTo(12);
            assertThat(t.removed()).isEqualTo(9);
        });
        assertThat(vm.changes()).hasSize(21);
        assertThat(vm.changes().stream().filter(c -> !c.added())).hasSize(9)
                .allSatisfy(c -> assertThat(c.values()).startsWith("cifar10_audit_"));
        assertThat(vm.summaryProperty().get()).startsWith("+12 / \u22129 members");

        vm.swap();
        assertThat(vm.tables().get(0).added()).isEqualTo(9);
        vm.openMember(vm.changes().get(0));
        assertThat(fx.navigator.calls).containsExactly("open " + vm.changes().get(0).rid());
    }

    @Test
    void aVersionWithoutStoredMembersIsNamedWithItsReason() {
        VersionDiffViewModel vm = new VersionDiffViewModel(fx.context(tasks));
        vm.open(story.devDataset(), story.devDatasetReleased(), story.devVersion());
        assertThat(vm.tables()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("To: ").contains("dev version");
    }
}
