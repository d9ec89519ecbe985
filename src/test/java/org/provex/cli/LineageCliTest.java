package org.provex.cli;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.cli.CliTest.run;
import tools.jackson.databind.JsonNode;

/** {@code provex lineage}, {@code impact} and {@code datasets diff|members} on the demo catalog. */
class LineageCliTest {

    static String train;
    static String tainted;

    @BeforeAll
    static void demo() {
        CliTest.demo();
        JsonNode datasets = run("datasets", "--format", "json").json();
        for (JsonNode d : datasets) {
            if (d.get("label").asString().equals("CIFAR-10 label audit: training images")) {
                train = d.get("rid").asString();
                for (JsonNode v : d.get("versions")) {
                    if (v.get("version").asString().equals("0.2.0")) {
                        tainted = v.get("rid").asString();
                    }
                }
            }
        }
        assertThat(tainted).isNotNull();
    }

    @Test
    void impactJsonHasTheDocumentedShape() {
        CliTest.Run r = run("impact", tainted.toLowerCase().replace("-", ""), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = r.json();
        assertThat(o.get("root").get("rid").asString()).isEqualTo(tainted);
        assertThat(o.get("root").get("kind").asString()).isEqualTo("dataset_version");
        assertThat(o.get("nodes")).isNotEmpty().allSatisfy(n -> {
            assertThat(n.propertyNames()).contains("rid", "kind", "label", "depth", "status", "path");
            assertThat(n.get("kind").asString()).isIn("execution", "dataset_version", "dataset", "workflow", "asset",
                    "file");
            assertThat(n.get("depth").asInt()).isPositive();
        });
        assertThat(o.get("edges")).anySatisfy(e -> assertThat(e.get("relation").asString()).isEqualTo("contains"));
        assertThat(run("impact", tainted, "--format", "md").out()).startsWith("# Impact of").contains("## Depth 2");
    }

    @Test
    void lineageWritesDotAndRespectsDepth() {
        CliTest.Run dot = run("lineage", tainted, "--down", "--depth", "1", "--format", "dot");
        assertThat(dot.exit()).as(dot.err()).isZero();
        assertThat(dot.out()).startsWith("digraph lineage {").contains("rankdir=LR", "contains");
        JsonNode json = run("lineage", tainted, "--up", "--format", "json").json();
        assertThat(json.get("nodes")).allSatisfy(n -> assertThat(n.get("direction").asString()).isEqualTo("up"));
    }

    @Test
    void datasetDiffListsAddedAndRemovedMembersWithCountsFirst() {
        JsonNode diff = run("datasets", "diff", train, "0.2.0", "0.3.0", "--format", "json").json();
        JsonNode images = null;
        for (JsonNode t : diff.get("tables")) {
            if (t.get("association").asString().equals("cifar10:Dataset_Image")) {
                images = t;
            }
        }
        assertThat(images).isNotNull();
        assertThat(images.get("added_count").asLong()).isEqualTo(12);
        assertThat(images.get("removed_count").asLong()).isEqualTo(9);
        assertThat(images.get("added")).hasSize(12).allSatisfy(m -> assertThat(m.get("rid").asString()).isNotEmpty());
        assertThat(images.get("removed").get(0).get("Filename").asString()).endsWith(".ppm");
        CliTest.Run text = run("datasets", "diff", train, "0.2.0", "0.3.0");
        assertThat(text.out()).contains("160 -> 163 members, +12 added, -9 removed");
        CliTest.Run list = run("datasets", "members", train, "0.3.0", "--format", "json");
        assertThat(list.json().get("tables").get(0).get("count").asLong()).isEqualTo(163);
    }

    @Test
    void badInputIsOneLine() {
        CliTest.Run unknown = run("impact", "1-ZZZZ");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).startsWith("provex: Nothing in this catalog's cache").hasLineCount(1);
        CliTest.Run noVersion = run("datasets", "diff", train, "0.2.0", "7.0.0");
        assertThat(noVersion.exit()).isEqualTo(1);
        assertThat(noVersion.err().strip()).contains("has no version 7.0.0").hasLineCount(1);
        CliTest.Run lineage = run("lineage", "1-ZZZZ");
        assertThat(lineage.err().strip()).contains("There is no execution").hasLineCount(1);
        assertThat(run("lineage", tainted, "--up", "--down").exit()).isEqualTo(2);
    }
}
