package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import org.provex.core.reproduce.plan.ReproductionPlan;

/** Step 1: the execution to reproduce, its readiness checklist, and what blocks a launch. */
final class SourceStep extends StepPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final Checklist readiness = new Checklist("readinessChecklist");

    SourceStep(ReproduceWizardViewModel vm) {
        super(vm, "stepSource");
    }

    @Override
    void render(ReproductionPlan p) {
        ReproductionPlan.Original o = p.original();
        page.getChildren().setAll(WizardParts.section(M.get("source.original")),
                WizardParts.fields("sourceFacts", M.get("source.original"), o.rid().value()
                        + (o.description() == null ? "" : ": " + o.description()),
                        M.get("source.workflow"), o.workflowName() == null ? null : o.workflowName()
                                + (o.workflow() == null ? "" : " (" + o.workflow() + ")"),
                        M.get("source.status"), o.status(),
                        M.get("source.created"), o.created() == null ? null : TIME.format(o.created())));
        Label level = WizardParts.styled(M.get("source.readiness") + ": " + Checklist.levelText(p.readiness().level())
                + " \u2014 " + p.readiness().summary(), "readiness-" + p.readiness().level().word());
        level.setId("sourceReadiness");
        readiness.show(p.readiness().checks());
        page.getChildren().addAll(WizardParts.section(M.get("source.readiness")),
                WizardParts.wrapped(M.get("source.readiness.text")), level, readiness.root());
        if (!p.blockers().isEmpty()) {
            page.getChildren().addAll(WizardParts.styled(M.get("wizard.blocked"), "wizard-danger"),
                    WizardParts.bullets("sourceBlockers", p.blockers()));
        }
        if (!p.notes().isEmpty()) {
            page.getChildren().addAll(WizardParts.section(M.get("wizard.notes")),
                    WizardParts.bullets("sourceNotes", p.notes()));
        }
    }
}
