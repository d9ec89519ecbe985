package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.provex.core.diff.FieldChange;
import org.provex.core.reproduce.plan.EnvironmentComparison;
import org.provex.core.reproduce.plan.ReproductionPlan;

/** Step 4: the recorded uv.lock against the checkout's, the recorded machine against this one, what will differ. */
final class EnvironmentStep extends StepPage {

    EnvironmentStep(ReproduceWizardViewModel vm) {
        super(vm, "stepEnvironment");
    }

    @Override
    void render(ReproductionPlan p) {
        EnvironmentComparison env = p.environment();
        page.getChildren().setAll(WizardParts.section(M.get("env.lock")), WizardParts.wrapped(env.lockMessage()));
        if (!env.lockChanges().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (FieldChange c : env.lockChanges()) {
                lines.add(c.label() + ": " + blank(c.left()) + " \u2192 " + blank(c.right()));
            }
            page.getChildren().addAll(WizardParts.section(M.get("env.lock.changes", lines.size())),
                    WizardParts.mono(String.join("\n", lines)));
        }
        page.getChildren().addAll(WizardParts.section(M.get("env.facts")), facts(env));
        page.getChildren().add(WizardParts.section(M.get("env.differences")));
        page.getChildren().add(env.differences().isEmpty() ? WizardParts.wrapped(M.get("env.differences.none"))
                : WizardParts.bullets("envDifferences", env.differences()));
    }

    private static GridPane facts(EnvironmentComparison env) {
        GridPane grid = new GridPane();
        grid.setId("envFacts");
        grid.setHgap(18);
        grid.setVgap(5);
        grid.addRow(0, header(M.get("env.fact")), header(M.get("env.recorded")), header(M.get("env.here")));
        int row = 1;
        for (EnvironmentComparison.Fact f : env.facts()) {
            Label recorded = WizardParts.wrapped(blank(f.recorded()));
            Label here = WizardParts.wrapped(blank(f.here()));
            if (f.differs()) {
                here.getStyleClass().add("wizard-warning");
            }
            grid.addRow(row++, new Label(f.name()), recorded, here);
        }
        return grid;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wizard-field-label");
        return l;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? "\u2014" : s;
    }
}
