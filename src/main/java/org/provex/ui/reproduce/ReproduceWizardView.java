package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.provex.ui.reproduce.LaunchModel.Phase;
import org.provex.ui.reproduce.ReproduceWizardViewModel.Step;

/**
 * The reproduce wizard: the steps across the top (the current one marked), one page per step, Back / Next /
 * Cancel at the bottom. While the first plan is computed a spinner says what is happening; a plan that failed says
 * why. Cancel closes the window (a running launch goes on; the button reads Close then).
 */
public final class ReproduceWizardView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private final ReproduceWizardViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Map<Step, Node> pages = new EnumMap<>(Step.class);
    private final Map<Step, Label> indicators = new EnumMap<>(Step.class);
    private final StackPane center = new StackPane();
    private final Button cancel = new Button();

    public ReproduceWizardView(ReproduceWizardViewModel vm) {
        this.vm = vm;
        pages.put(Step.SOURCE, new SourceStep(vm).root());
        pages.put(Step.INPUTS, new InputsStep(vm).root());
        pages.put(Step.CODE, new CodeStep(vm).root());
        pages.put(Step.ENVIRONMENT, new EnvironmentStep(vm).root());
        pages.put(Step.LAUNCH, new LaunchStep(vm).root());
        pages.put(Step.RESULT, new ResultStep(vm).root());
        center.getChildren().addAll(pages.values());
        center.getChildren().add(waiting());
        root.setTop(steps());
        root.setCenter(center);
        root.setBottom(buttons());
        root.setId("reproduceWizard");
        root.getStyleClass().add("wizard");
        root.getStylesheets().add(ReproduceStyles.URL);
        vm.step().addListener((o, a, s) -> showStep(s));
        showStep(vm.step().get());
    }

    public Parent root() {
        return root;
    }

    /** The Cancel / Close button: the window decides what closing means. */
    public Button cancelButton() {
        return cancel;
    }

    private Node steps() {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.execution().get() == null ? ""
                : M.get("wizard.heading", vm.execution().get()), vm.execution()));
        FlowPane list = new FlowPane(6, 6);
        for (Step s : Step.values()) {
            Label l = new Label(M.get("step.indicator", s.ordinal() + 1, M.get("step." + s.name().toLowerCase(
                    java.util.Locale.ROOT))));
            l.setId("step-" + s.name().toLowerCase(java.util.Locale.ROOT));
            l.getStyleClass().add("wizard-step");
            indicators.put(s, l);
            list.getChildren().add(l);
        }
        VBox box = new VBox(8, heading, list);
        box.getStyleClass().add("wizard-steps");
        return box;
    }

    /** The spinner while the first plan is computed, or why there is none. */
    private Node waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        spinner.visibleProperty().bind(vm.planning());
        Label text = WizardParts.wrapped("");
        text.setId("wizardMessage");
        text.setMaxWidth(520);
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.planError().get() != null
                ? vm.planError().get() : M.get("wizard.planning"), vm.planError()));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("wizard-page");
        box.visibleProperty().bind(vm.plan().isNull().or(vm.planError().isNotNull()));
        box.setStyle("-fx-background-color: -color-bg-default;");
        return box;
    }

    private Node buttons() {
        Button back = new Button(M.get("wizard.back"));
        back.setId("wizardBack");
        back.disableProperty().bind(vm.canBack().not());
        back.setOnAction(e -> vm.back());
        Button next = new Button(M.get("wizard.next"));
        next.setId("wizardNext");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.canNext().not());
        next.setOnAction(e -> vm.next());
        cancel.setId("wizardCancel");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.createStringBinding(() -> M.get(vm.launchPhase().get()
                == Phase.NOT_STARTED ? "wizard.cancel" : "wizard.close"), vm.launchPhase()));
        ProgressIndicator small = new ProgressIndicator();
        small.setPrefSize(16, 16);
        small.visibleProperty().bind(vm.planning().and(vm.plan().isNotNull()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, small, grow, back, next, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("wizard-buttons");
        return box;
    }

    private void showStep(Step current) {
        pages.forEach((s, node) -> node.setVisible(s == current));
        indicators.forEach((s, l) -> {
            l.pseudoClassStateChanged(CURRENT, s == current);
            l.pseudoClassStateChanged(DONE, s.ordinal() < current.ordinal());
        });
    }
}
