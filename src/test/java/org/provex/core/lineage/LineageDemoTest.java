package org.provex.core.lineage;


import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.cache.CacheDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provex.core.lineage.DemoLineage.HARD;
import static org.provex.core.lineage.DemoLineage.SPLIT;
import static org.provex.core.lineage.DemoLineage.TRAIN;
import static org.provex.core.lineage.DemoLineage.dataset;
import static org.provex.core.lineage.DemoLineage.execution;
import static org.provex.core.lineage.DemoLineage.version;

/** Lineage walks and impact on the demo's label-audit story. */
class LineageDemoTest {

    @TempDir
    static Path dir;
    static CacheDatabase db;

    @BeforeAll
    static void load() throws IOException {
        db = DemoLineage.cache(dir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Map<String, LineageNode> byRid(LineageGraph g) {
        return g.nodes().stream().filter(n -> n.rid() != null).collect(Collectors.toMap(LineageNode::rid, n -> n));
    }

    @Test
    void theTaintedTrainingVersionReachesRunsThroughTheSplitAndTheMinedDataset() {
        String train = dataset(TRAIN);
        String tainted = version(train, "0.2.0");
        String split020 = version(dataset(SPLIT), "0.2.0");
        List<String> auditQuick = DemoLineage.executions().stream()
                .filter(r -> r.path("Description").asString("").startsWith("Quick CIFAR-10 training: 10 epochs")
                        && r.path("Description").asString("").contains("cifar10_audit"))
                .map(r -> r.path("RID").asString()).toList();
        String quick = auditQuick.get(0);
        String mine = execution("Mine hard examples");
        String hard020 = version(dataset(HARD), "0.2.0");
        String onHard = execution("Quick CIFAR-10 training on the mined hard examples");
        String evaluation = execution("Evaluate " + quick);
        String clean = auditQuick.get(auditQuick.size() - 1);

        LineageGraph impact = new ImpactAnalyzer(db).impact(tainted);
        Map<String, LineageNode> nodes = byRid(impact);

        assertThat(impact.root().rid()).isEqualTo(tainted);
        assertThat(impact.root().kind()).isEqualTo("dataset_version");
        assertThat(nodes.get(split020).depth()).as("consumed through the parent split").isEqualTo(1);
        assertThat(nodes.get(quick).depth()).isEqualTo(2);
        assertThat(nodes.get(quick).status()).isEqualTo("Uploaded");
        assertThat(nodes.get(mine).depth()).isEqualTo(2);
        assertThat(nodes.get(hard020).depth()).isEqualTo(3);
        assertThat(nodes.get(onHard).path()).containsExactly(tainted, split020, mine, hard020, onHard);
        assertThat(nodes.get(evaluation).depth()).isEqualTo(4);
        assertThat(nodes).as("the run on the corrected 0.3.0 is not tainted").doesNotContainKey(clean);
        assertThat(impact.edges()).contains(new LineageEdge(split020, tainted, "contains"),
                new LineageEdge(split020, quick, "consumed"), new LineageEdge(mine, hard020, "produced"));
        assertThat(impact.nodes()).noneMatch(n -> "deriva-ml:Execution_Metadata".equals(n.detail()));
    }

    @Test
    void aParentVersionContainsTheChildVersionCurrentAtItsSnapshot() {
        String split = dataset(SPLIT);
        String train = dataset(TRAIN);
        String test = dataset(DemoLineage.TEST);
        LineageGraph up = new LineageWalker(db).walk(version(split, "0.3.0"),
                LineageWalker.Options.lineage(LineageWalker.Direction.UP, 1));
        assertThat(byRid(up)).containsKeys(version(train, "0.3.0"), version(test, "0.2.0"))
                .doesNotContainKeys(version(train, "0.2.0"), version(test, "0.3.0"));
        LineageGraph latest = new LineageWalker(db).walk(version(split, "0.4.0"),
                LineageWalker.Options.lineage(LineageWalker.Direction.UP, 1));
        assertThat(byRid(latest)).containsKeys(version(train, "0.3.0"), version(test, "0.3.0"));
    }

    @Test
    void upstreamOfARunIsItsDataAndCode() {
        String onHard = execution("Quick CIFAR-10 training on the mined hard examples");
        LineageGraph up = new LineageWalker(db).walk(onHard,
                LineageWalker.Options.lineage(LineageWalker.Direction.UP, 20));
        Map<String, LineageNode> nodes = byRid(up);
        assertThat(nodes.get(version(dataset(HARD), "0.2.0")).depth()).isEqualTo(1);
        assertThat(nodes.get(execution("Mine hard examples")).depth()).isEqualTo(2);
        assertThat(nodes).containsKey(version(dataset(TRAIN), "0.2.0"));
        assertThat(up.nodes()).anyMatch(n -> n.kind().equals("workflow") && n.depth() == 1);
        assertThat(up.nodes()).allMatch(n -> n.depth() == 0 || n.direction().equals("up"));
    }

    @Test
    void depthLimitsTheWalk() {
        String tainted = version(dataset(TRAIN), "0.2.0");
        LineageGraph two = new LineageWalker(db).walk(tainted,
                LineageWalker.Options.lineage(LineageWalker.Direction.DOWN, 2));
        assertThat(two.nodes()).allMatch(n -> n.depth() <= 2);
        assertThat(two.nodes()).anyMatch(n -> n.depth() == 2);
    }

    @Test
    void impactOfAnImageByMd5ReachesTheVersionsThatHeldIt() {
        String train = dataset(TRAIN);
        String image = DemoLineage.DEMO.rowsOf("cifar10:Dataset_Image").stream()
                .filter(r -> train.equals(r.path("Dataset").asString(""))).findFirst().orElseThrow()
                .path("Image").asString();
        String md5 = DemoLineage.DEMO.rowsOf("cifar10:Image").stream()
                .filter(r -> image.equals(r.path("RID").asString())).findFirst().orElseThrow().path("MD5").asString();
        LineageGraph impact = new ImpactAnalyzer(db).impact(md5.toUpperCase());
        assertThat(impact.root().rid()).isEqualTo(image);
        assertThat(impact.root().kind()).isEqualTo("asset");
        Map<String, LineageNode> nodes = byRid(impact);
        assertThat(nodes.get(version(train, "0.2.0")).depth()).isEqualTo(1);
        assertThat(nodes).containsKey(version(dataset(SPLIT), "0.2.0"));
    }

    @Test
    void impactOfACommitStartsWithTheRunsOfItsCode() {
        String url = DemoLineage.DEMO.rowsOf("deriva-ml:Workflow").stream()
                .map(r -> r.path("URL").asString("")).filter(u -> u.contains("/blob/")).findFirst().orElseThrow();
        String commit = url.split("/blob/")[1].split("/")[0];
        LineageGraph impact = new ImpactAnalyzer(db).impact(commit.substring(0, 10));
        assertThat(impact.root().kind()).isEqualTo("commit");
        assertThat(impact.root().rid()).isNull();
        assertThat(impact.byDepth().get(1)).isNotEmpty().allMatch(n -> n.kind().equals("execution"));
        assertThat(impact.edges()).anyMatch(e -> e.relation().equals("code"));
    }

    @Test
    void unknownNamesAreOneLineErrors() {
        assertThatThrownBy(() -> new ImpactAnalyzer(db).impact("1-ZZZZ")).isInstanceOf(LineageException.class)
                .hasMessageContaining("1-ZZZZ").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> new ImpactAnalyzer(db).impact("0123456789abcdef0123456789abcdef"))
                .isInstanceOf(LineageException.class);
    }

    @Test
    void theSentinelIsShownButNeverWalkedThrough() {
        LineageGraph up = new LineageWalker(db).walk(execution("Load CIFAR-10 into the catalog"),
                LineageWalker.Options.lineage(LineageWalker.Direction.UP, 5));
        List<LineageNode> sentinels = up.nodes().stream().filter(LineageNode::unknownProvenance).toList();
        for (LineageNode s : sentinels) {
            assertThat(up.edges()).noneMatch(e -> e.to().equals(s.rid()) && !e.from().equals(up.root().rid())
                    && up.nodes().stream().anyMatch(n -> n.rid() != null && n.rid().equals(e.from())
                    && n.path().contains(s.rid())));
        }
    }
}
