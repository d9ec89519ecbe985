package org.provex.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.lineage.DemoLineage.SPLIT;
import static org.provex.core.lineage.DemoLineage.TRAIN;
import static org.provex.core.lineage.DemoLineage.dataset;
import static org.provex.core.lineage.DemoLineage.version;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;

/** Fan-out grouping, collapsing, paths and the ELK layout, on the demo story and on a large generated graph. */
class LineageDisplayTest {

    @TempDir
    static Path dir;
    static CacheDatabase demo;
    static CacheDatabase large;
    static SyntheticLineage.Graph synthetic;

    @BeforeAll
    static void load() throws Exception {
        demo = DemoLineage.cache(dir.resolve("demo"));
        synthetic = SyntheticLineage.write(dir.resolve("large.db"), 300);
        large = CacheDatabase.open(dir.resolve("large.db"));
    }

    @AfterAll
    static void close() {
        demo.close();
        large.close();
    }

    @Test
    void aLargeFanOutIsOneGroupUntilItIsExpanded() {
        LineageGraph walk = new LineageWalker(large).walk(synthetic.version(),
                LineageWalker.Options.lineage(LineageWalker.Direction.DOWN, 3));
        ExploredGraph explored = ExploredGraph.of(walk);
        DisplayGraph folded = FanOutGrouping.group(explored, FanOutGrouping.DEFAULT_THRESHOLD, Set.of(), Set.of());

        String key = FanOutGrouping.groupKey(synthetic.version(), "down", "execution");
        DisplayGraph.Box group = folded.box(key).orElseThrow();
        assertThat(group.group().members()).hasSize(300);
        assertThat(group.group().relation()).isEqualTo("consumed");
        assertThat(group.hidden()).isEqualTo(explored.size() - 1);
        assertThat(folded.boxes()).hasSize(2);
        assertThat(folded.arrows()).containsExactly(new DisplayGraph.Arrow(synthetic.version(), key, "consumed"));

        DisplayGraph open = FanOutGrouping.group(explored, FanOutGrouping.DEFAULT_THRESHOLD, Set.of(key), Set.of());
        assertThat(open.box(synthetic.firstConsumer())).isPresent();
        assertThat(open.boxes().size()).isGreaterThan(300);
        assertThat(open.boxes()).noneMatch(b -> b.id().equals(key));
    }

    @Test
    void collapsingANodeFoldsWhatWasReachedThroughIt() {
        String tainted = version(dataset(TRAIN), "0.2.0");
        ExploredGraph explored = ExploredGraph.of(new LineageWalker(demo).walk(tainted,
                LineageWalker.Options.lineage(LineageWalker.Direction.DOWN, 10)));
        DisplayGraph all = FanOutGrouping.group(explored, 50, Set.of(), Set.of());
        assertThat(all.boxes()).hasSize(explored.size());

        DisplayGraph collapsed = FanOutGrouping.group(explored, 50, Set.of(), Set.of(tainted));
        assertThat(collapsed.boxes()).hasSize(1);
        assertThat(collapsed.boxes().get(0).hidden()).isEqualTo(explored.size() - 1);
        assertThat(collapsed.arrows()).isEmpty();
    }

    @Test
    void theLayoutPutsInputsLeftOfWhatTheyFedAndFindsPaths() {
        String tainted = version(dataset(TRAIN), "0.2.0");
        String split = version(dataset(SPLIT), "0.2.0");
        ExploredGraph explored = ExploredGraph.of(new LineageWalker(demo).walk(tainted,
                LineageWalker.Options.lineage(LineageWalker.Direction.BOTH, 4)));
        DisplayGraph shown = FanOutGrouping.group(explored, FanOutGrouping.DEFAULT_THRESHOLD, Set.of(), Set.of());
        LineageLayout.Result laid = new LineageLayout(200, 52).layout(shown);

        assertThat(laid.places().keySet()).containsExactlyInAnyOrderElementsOf(
                shown.boxes().stream().map(DisplayGraph.Box::id).toList());
        assertThat(laid.routes()).hasSameSizeAs(shown.arrows());
        Map<String, LineageLayout.Place> at = laid.places();
        for (DisplayGraph.Arrow a : shown.arrows()) {
            assertThat(at.get(a.from()).x()).as(a.toString()).isLessThan(at.get(a.to()).x());
        }
        assertThat(laid.routes()).allSatisfy(r -> assertThat(r.points()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(laid.width()).isGreaterThan(200 * 2);

        // the training version fed the split that held it at 0.2.0: a path of two boxes
        assertThat(shown.path(tainted, split)).containsExactly(tainted, split);
        assertThat(shown.path(split, "NOT-THERE")).isEmpty();
    }
}
