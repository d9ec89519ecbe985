package org.provex.core.demo;

import org.provex.core.formats.PythonJson;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ROC analysis notebook in two forms: as committed (with outputs, as Jupyter saves it) and as
 * {@code nbstripout -t} prints it, whose git blob hash deriva-ml records as the Workflow checksum.
 * Both come from one tree so they cannot drift apart.
 */
final class DemoNotebook {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DemoNotebook() {
    }

    /** The notebook file as committed: outputs and execution counts present. */
    static byte[] committed() {
        return PythonJson.notebook(notebook()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The output-stripped form of {@link #committed()}, following nbstripout 0.9 defaults: outputs
     * emptied, execution counts nulled, volatile cell metadata removed, cell ids replaced by indexes.
     */
    static byte[] stripped() {
        ObjectNode nb = notebook();
        ArrayNode cells = (ArrayNode) nb.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            ObjectNode cell = (ObjectNode) cells.get(i);
            if (cell.has("outputs")) {
                cell.putArray("outputs");
            }
            if (cell.has("execution_count")) {
                cell.putNull("execution_count");
            }
            ((ObjectNode) cell.get("metadata")).remove(java.util.List.of("ExecuteTime", "execution", "scrolled",
                    "collapsed", "trusted", "hidden", "heading_collapsed"));
            cell.put("id", Integer.toString(i));
        }
        ((ObjectNode) nb.get("metadata")).remove(java.util.List.of("widgets", "signature"));
        return PythonJson.notebook(nb).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode notebook() {
        ObjectNode nb = F.objectNode();
        ArrayNode cells = nb.putArray("cells");
        markdown(cells, "5d0c7a1e", """
                # ROC analysis of CIFAR-10 predictions

                One-vs-rest ROC curves and AUC per class for the `prediction_probabilities.csv` of a training run.
                The run's RID is passed as a papermill parameter.""");
        ObjectNode params = code(cells, "b2f4e8a0", 1, """
                execution_rid = "1-EVDM"  # papermill parameter
                host, catalog = "demo.provex.invalid", "1\"""");
        ((ObjectNode) params.get("metadata")).putArray("tags").add("parameters");
        ObjectNode load = code(cells, "0e6f9c3b", 2, """
                import pandas as pd
                from deriva_ml import DerivaML

                ml = DerivaML(host, catalog)
                probs = pd.read_csv(ml.download_execution_asset(execution_rid, "prediction_probabilities.csv"))
                probs.head(3)""");
        ObjectNode result = F.objectNode();
        result.put("output_type", "execute_result");
        result.put("execution_count", 2);
        result.putObject("metadata");
        ObjectNode data = result.putObject("data");
        data.set("text/plain", lines("""
                   image   airplane  automobile   bird    cat   deer
                0  1-F0A2     0.8123      0.0211  0.0354  0.0102  0.0087
                1  1-F0A4     0.0043      0.9310  0.0012  0.0021  0.0009
                2  1-F0A6     0.0512      0.0033  0.6120  0.1211  0.0870"""));
        ((ArrayNode) load.get("outputs")).add(result);
        ObjectNode auc = code(cells, "7a91d2c5", 3, """
                from sklearn.metrics import roc_auc_score

                labels = ml.dataset_labels(probs["image"])
                print(f"macro AUC: {roc_auc_score(labels, probs.iloc[:, 1:], multi_class='ovr'):.4f}")""");
        ((ObjectNode) auc.get("metadata")).putObject("execution")
                .put("iopub.execute_input", "2026-03-18T10:21:07.412Z");
        ObjectNode stream = F.objectNode();
        stream.put("name", "stdout");
        stream.put("output_type", "stream");
        stream.set("text", lines("macro AUC: 0.8612\n"));
        ((ArrayNode) auc.get("outputs")).add(stream);
        ObjectNode meta = nb.putObject("metadata");
        ObjectNode kernel = meta.putObject("kernelspec");
        kernel.put("display_name", "cifar10-model");
        kernel.put("language", "python");
        kernel.put("name", "python3");
        ObjectNode lang = meta.putObject("language_info");
        lang.put("name", "python");
        lang.put("version", "3.11.9");
        lang.put("mimetype", "text/x-python");
        lang.put("file_extension", ".py");
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return nb;
    }

    private static void markdown(ArrayNode cells, String id, String source) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.put("id", id);
        cell.putObject("metadata");
        cell.set("source", lines(source));
    }

    private static ObjectNode code(ArrayNode cells, String id, int count, String source) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.put("execution_count", count);
        cell.put("id", id);
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.set("source", lines(source));
        return cell;
    }

    /** Jupyter's list-of-lines form: every line keeps its newline except the last. */
    private static JsonNode lines(String text) {
        ArrayNode out = F.arrayNode();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
