package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.provex.core.reproduce.code.CodeVerification;
import org.provex.core.reproduce.plan.ReproductionPlan;

/**
 * Step 3: the code's verification against git and the exact commit that will be checked out. A mismatch (or code
 * that could not be verified) must be confirmed here before the wizard goes on: the committed code is not the code
 * that ran.
 */
final class CodeStep extends StepPage {

    CodeStep(ReproduceWizardViewModel vm) {
        super(vm, "stepCode");
    }

    @Override
    void render(ReproductionPlan p) {
        page.getChildren().setAll(WizardParts.section(M.get("code.verdict")));
        CodeVerification v = p.verification();
        if (v != null) {
            Label badge = VerdictBadge.of(v.verdict());
            badge.setId("codeVerdict");
            page.getChildren().addAll(badge, WizardParts.wrapped(v.message()));
        }
        ReproductionPlan.Checkout c = p.checkout();
        if (c != null) {
            page.getChildren().addAll(WizardParts.section(M.get("code.commit")), WizardParts.fields("checkoutFacts",
                    M.get("code.commit"), c.commit(),
                    M.get("code.commitSource"), c.source() == null ? null
                            : M.get("source." + c.source().word().toLowerCase(Locale.ROOT)),
                    M.get("code.urlCommit"), c.urlCommit().isEmpty() || c.urlCommit().equals(c.commit()) ? null
                            : c.urlCommit(),
                    M.get("code.path"), c.path(),
                    M.get("code.repository"), c.repository(),
                    M.get("code.branch"), c.branch(),
                    M.get("code.workspace"), p.workspace().checkout().toString()),
                    WizardParts.styled(M.get("code.checkoutAtLaunch"), "wizard-field-label"));
        } else if (p.command() != null && p.command().argv().size() > 1 && "docker".equals(p.command().argv().get(0))) {
            page.getChildren().add(WizardParts.wrapped(M.get("code.container", v == null ? "" : v.expected())));
        } else {
            page.getChildren().add(WizardParts.styled(M.get("code.none", p.blockers().isEmpty() ? ""
                    : p.blockers().get(0)), "wizard-danger"));
        }
        if (!p.confirmations().isEmpty()) {
            page.getChildren().add(WizardParts.styled(M.get("code.confirm"), "wizard-warning"));
            for (ReproductionPlan.Confirmation q : p.confirmations()) {
                CheckBox box = new CheckBox(q.question());
                box.setId("confirm-" + q.id());
                box.setWrapText(true);
                box.setMnemonicParsing(false);
                box.setMinHeight(CheckBox.USE_PREF_SIZE);
                box.setSelected(vm.confirmed().contains(q.id()));
                box.selectedProperty().addListener((o, a, yes) -> vm.confirm(q.id(), yes));
                page.getChildren().add(box);
            }
        }
    }
}
