package org.provex.core.lineage;


import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/** Walks over a generated graph of a few thousand nodes with a cycle. */
class LargeGraphTest {

    @Test
    void impactCoversEveryConsumerOnceAndTheCycleEnds(@TempDir Path dir) throws Exception {
        SyntheticLineage.Graph g = SyntheticLineage.write(dir.resolve("cache.db"), 2_000);
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("cache.db"))) {
            LineageGraph impact = new ImpactAnalyzer(db).impact(g.version());
            Map<Integer, Long> byDepth = impact.nodes().stream().filter(n -> n.depth() > 0)
                    .collect(Collectors.groupingBy(LineageNode::depth, Collectors.counting()));
            assertThat(byDepth.get(1)).isEqualTo(2_000);
            assertThat(byDepth.get(2)).isEqualTo(4_000);
            assertThat(byDepth.get(3)).isEqualTo(200);
            assertThat(byDepth.get(4)).as("the loop asset, whose consumer was reached already").isEqualTo(1);
            assertThat(byDepth).doesNotContainKey(5);
            assertThat(impact.nodes().stream().map(LineageNode::rid).distinct().count())
                    .isEqualTo(impact.nodes().size());
            assertThat(impact.edges()).anyMatch(e -> e.to().equals(g.firstConsumer()) && e.relation()
                    .equals("consumed") && !e.from().equals(g.version()));

            LineageGraph up = new LineageWalker(db).walk(g.firstConsumer(),
                    LineageWalker.Options.lineage(LineageWalker.Direction.UP, Integer.MAX_VALUE));
            assertThat(up.nodes()).anyMatch(n -> n.rid() != null && n.rid().equals(g.version()));
        }
    }
}
