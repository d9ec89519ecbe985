package org.provex.ui.reproduce;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.provex.core.reproduce.plan.ReproductionPlan;

/** One step of the wizard: a scrollable page drawn again from each new plan. */
abstract class StepPage {

    protected final ReproduceWizardViewModel vm;
    protected final VBox page = new VBox();
    private final ScrollPane scroll = new ScrollPane(page);

    StepPage(ReproduceWizardViewModel vm, String id) {
        this.vm = vm;
        page.getStyleClass().add("wizard-page");
        page.setFillWidth(true);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        vm.plan().addListener((o, a, p) -> {
            if (p != null) {
                render(p);
            }
        });
    }

    /** Scrolls to the bottom of the page. */
    final void scrollToEnd() {
        page.layout();
        scroll.setVvalue(scroll.getVmax());
    }

    final Node root() {
        return scroll;
    }

    /** Fills {@link #page} from the plan. */
    abstract void render(ReproductionPlan plan);
}
