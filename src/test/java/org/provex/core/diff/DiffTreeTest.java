package org.provex.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provex.core.diff.DiffFixtures.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provex.core.formats.HydraYamlReader;
import org.provex.core.formats.SecretMasker;
import tools.jackson.databind.node.MissingNode;

class DiffTreeTest {

    private static final String CONFIG = """
            {"datasets": [{"rid": "1-AQA6", "version": {"major": 0, "minor": 2, "patch": 0}},
                          {"rid": "1-AQAP", "version": {"major": 0, "minor": 1, "patch": 0}}],
             "workflow": {"name": "train", "workflow_type": ["Training", "Image Classification"]},
             "argv": ["/venv/bin/deriva-ml-run", "+experiment=quick", "model_config.lr=0.001"],
             "timeout": null, "description": "quick run"}""";

    private static List<TreeChange> diff(String left, String right) {
        return TreeDiff.diff(json(left), json(right));
    }

    @Test
    void identicalDocumentsHaveNoChanges() {
        assertThat(diff(CONFIG, CONFIG)).isEmpty();
    }

    @Test
    void leavesAreKeyedByPathAndDatasetsByRid() {
        String right = CONFIG.replace("\"minor\": 2", "\"minor\": 3").replace("quick run", "longer run");
        assertThat(diff(CONFIG, right)).extracting(TreeChange::path, TreeChange::state, TreeChange::left,
                TreeChange::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("datasets[rid=1-AQA6].version.minor", CellState.CHANGED, "2", "3"),
                org.assertj.core.groups.Tuple.tuple("description", CellState.CHANGED, "quick run", "longer run"));
    }

    @Test
    void reorderedDatasetsAreMovedNotChanged() {
        String swapped = """
                {"datasets": [{"rid": "1-AQAP", "version": {"major": 0, "minor": 1, "patch": 0}},
                              {"rid": "1-AQA6", "version": {"major": 0, "minor": 2, "patch": 0}}],
                 "workflow": {"name": "train", "workflow_type": ["Training", "Image Classification"]},
                 "argv": ["/venv/bin/deriva-ml-run", "+experiment=quick", "model_config.lr=0.001"],
                 "timeout": null, "description": "quick run"}""";
        List<TreeChange> changes = diff(CONFIG, swapped);
        assertThat(changes).hasSize(1);
        TreeChange moved = changes.get(0);
        assertThat(moved.state()).isEqualTo(CellState.MOVED);
        assertThat(moved.path()).isIn("datasets[rid=1-AQA6]", "datasets[rid=1-AQAP]");
        assertThat(moved.describe()).matches("moved from #\\d to #\\d");
        assertThat(moved.fromIndex()).isNotEqualTo(moved.toIndex());
    }

    @Test
    void anInsertedElementDoesNotMakeTheOthersMoved() {
        String inserted = CONFIG.replace("\"datasets\": [", "\"datasets\": [{\"rid\": \"1-NEW0\"}, ");
        List<TreeChange> changes = diff(CONFIG, inserted);
        assertThat(changes).extracting(TreeChange::path, TreeChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datasets[rid=1-NEW0]", CellState.ADDED));
        assertThat(changes.get(0).right()).isEqualTo("{\"rid\": \"1-NEW0\"}");
    }

    @Test
    void aRemovedSubtreeIsOneChangeAndATypeChangeIsOne() {
        String right = """
                {"datasets": [{"rid": "1-AQA6", "version": {"major": 0, "minor": 2, "patch": 0}}],
                 "workflow": {"name": "train", "workflow_type": ["Training", "Image Classification"]},
                 "argv": ["/venv/bin/deriva-ml-run", "+experiment=quick", "model_config.lr=0.001"],
                 "timeout": [10, 610], "description": "quick run"}""";
        assertThat(diff(CONFIG, right)).extracting(TreeChange::path, TreeChange::state, TreeChange::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datasets[rid=1-AQAP]", CellState.REMOVED, ""),
                        org.assertj.core.groups.Tuple.tuple("timeout", CellState.CHANGED, "[10, 610]"));
    }

    @Test
    void stringListsMatchByValueAndOverridesByKey() {
        String right = CONFIG.replace("[\"Training\", \"Image Classification\"]", "[\"Image Classification\", "
                + "\"Training\"]").replace("model_config.lr=0.001", "model_config.lr=0.01");
        List<TreeChange> changes = diff(CONFIG, right);
        assertThat(changes).extracting(TreeChange::state).containsExactlyInAnyOrder(CellState.MOVED,
                CellState.CHANGED);
        assertThat(changes).extracting(TreeChange::path).contains("argv[model_config.lr]")
                .anyMatch(p -> p.equals("workflow.workflow_type[\"Training\"]")
                        || p.equals("workflow.workflow_type[\"Image Classification\"]"));
    }

    @Test
    void numberListsAndRepeatedIdentitiesMatchByPosition() {
        assertThat(diff("{\"timeout\": [10, 610]}", "{\"timeout\": [10, 300]}"))
                .extracting(TreeChange::path).containsExactly("timeout[1]");
        assertThat(diff("{\"d\": [{\"rid\": \"A\", \"v\": 1}, {\"rid\": \"A\", \"v\": 2}]}",
                "{\"d\": [{\"rid\": \"A\", \"v\": 1}, {\"rid\": \"A\", \"v\": 3}]}"))
                .extracting(TreeChange::path).containsExactly("d[1].v");
        assertThat(diff("{\"d\": [{\"name\": \"x\", \"v\": 1}]}", "{\"d\": [{\"name\": \"x\", \"v\": 2}]}"))
                .extracting(TreeChange::path).containsExactly("d[name=x].v");
    }

    @Test
    void emptyAndMissingDocuments() {
        assertThat(TreeDiff.diff(MissingNode.getInstance(), MissingNode.getInstance())).isEmpty();
        assertThat(TreeDiff.diff(MissingNode.getInstance(), json("{\"a\": 1}")))
                .extracting(TreeChange::path, TreeChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", CellState.ADDED));
        assertThat(diff("{}", "{\"a\": {}}")).extracting(TreeChange::path, TreeChange::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "{}"));
        assertThat(diff("{\"assets\": []}", "{\"assets\": [{\"rid\": \"1-AS2W\"}]}"))
                .extracting(TreeChange::path, TreeChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("assets[rid=1-AS2W]", CellState.ADDED));
        assertThat(diff("{\"a\": \"\"}", "{\"a\": null}")).extracting(TreeChange::left, TreeChange::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("\"\"", "null"));
    }

    @Test
    void oddKeysAreQuotedInPaths() {
        assertThat(diff("{\"hydra/launcher\": \"basic\", \"a.b\": 1}", "{\"hydra/launcher\": \"joblib\", \"a.b\": 2}"))
                .extracting(TreeChange::path).containsExactly("hydra/launcher", "[\"a.b\"]");
    }

    @Test
    void yamlFloatsReadAsWritten() {
        var a = HydraYamlReader.readConfig("a-config.yaml", "model:\n  lr: 0.0001\n  wd: 1.0e-05\n");
        var b = HydraYamlReader.readConfig("b-config.yaml", "model:\n  lr: 0.0003\n  wd: 1.0e-05\n");
        assertThat(TreeDiff.diff(a, b)).extracting(TreeChange::left, TreeChange::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.0001", "0.0003"));
    }

    @Test
    void secretsAreMaskedUnlessRevealed() {
        String left = "{\"db\": {\"password\": \"hunter2\"}, \"url\": \"https://u:pw@host/x\", "
                + "\"argv\": [\"hf_token=abc\"]}";
        String right = "{\"db\": {\"password\": \"hunter3\"}, \"url\": \"https://u:pw2@host/x\", "
                + "\"argv\": [\"hf_token=abd\"]}";
        List<TreeChange> masked = TreeDiff.diff(json(left), json(right));
        assertThat(masked).hasSize(3);
        assertThat(masked.toString()).doesNotContain("hunter", "pw@", "pw2@", "abc", "abd")
                .contains(SecretMasker.MASK, "hf_token=" + SecretMasker.MASK);
        assertThat(TreeDiff.diff(json(left), json(right), true).toString()).contains("hunter2", "hunter3", "abd");
        assertThat(TreeDiff.diff(json("{\"api\": {\"key\": {\"a\": 1}}}"), json("{\"api\": {\"key\": 2}}")).get(0)
                .left()).doesNotContain("1").contains(SecretMasker.MASK);
    }
}
