package org.provex.ui.detail;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.provex.ui.detail.RunSummary.Param;

/**
 * The run at a glance, above the provenance cards: the effective hyperparameters with the overridden ones marked,
 * the overrides as typed, and the environment (Python, platform, GPU, key packages). Hidden when the run has none
 * of these files cached.
 */
final class SummarySection {

    private final ExecutionDetailViewModel vm;
    private final GridPane params = new GridPane();
    private final Label paramsTitle = Widgets.subheading(Widgets.M.get("summary.hyperparameters"));
    private final FlowPane overrides = new FlowPane(6, 4);
    private final VBox overridesBox;
    private final FieldGrid environment;
    private final Label environmentTitle = Widgets.subheading(Widgets.M.get("summary.environment"));
    private final VBox root;

    SummarySection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        params.setId("summaryParams");
        params.setHgap(16);
        params.setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(90);
        name.setHgrow(Priority.SOMETIMES);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(60);
        value.setHgrow(Priority.ALWAYS);
        params.getColumnConstraints().setAll(name, value);
        overrides.setId("summaryOverrides");
        overridesBox = new VBox(4, Widgets.muted(Widgets.M.get("summary.overrides")), overrides);
        environment = new FieldGrid("summaryEnvironment", vm::copyText, 110);
        root = Widgets.card("summaryCard", Feather.SLIDERS, Widgets.M.get("summary.title"), paramsTitle, params,
                overridesBox, environmentTitle, environment.node());
        root.setSpacing(8);
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.summary());
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(RunSummary s) {
        Widgets.show(root, s != null && !s.isEmpty());
        if (s == null) {
            return;
        }
        params.getChildren().clear();
        int row = 0;
        for (Param p : s.hyperparameters()) {
            Label key = Widgets.token(p.name());
            key.getStyleClass().add("summary-param");
            Label value = Widgets.copyable(p.value(), true, vm::copyText);
            value.getStyleClass().add("summary-value");
            Node cell = value;
            if (p.overridden()) {
                Label tag = Widgets.tag(Widgets.M.get("summary.overridden"), "accent",
                        Widgets.M.get("summary.overridden.tooltip", p.override()));
                tag.setId("overridden_" + p.name().replaceAll("[^A-Za-z0-9_]", "_"));
                cell = Widgets.row(8, value, tag);
            }
            GridPane.setValignment(key, VPos.TOP);
            params.addRow(row++, key, cell);
        }
        Widgets.show(paramsTitle, !s.hyperparameters().isEmpty());
        Widgets.show(params, !s.hyperparameters().isEmpty());
        overrides.getChildren().setAll(s.overrides().stream().map(Widgets::token).toList());
        Widgets.show(overridesBox, !s.overrides().isEmpty());
        environment.clear().addAll(s.environment());
        Widgets.show(environmentTitle, !s.environment().isEmpty());
        Widgets.show(environment.node(), !s.environment().isEmpty());
    }
}
