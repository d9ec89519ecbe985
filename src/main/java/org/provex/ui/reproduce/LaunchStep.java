package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.reproduce.launch.BatchJob;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.run.ReproductionRecord;
import org.provex.ui.reproduce.LaunchModel.Phase;

/**
 * Step 5: the exact command in full before anything runs, the dry-run choice, the preflight checks with their fixes
 * (and Check again), then Launch, the live output and Stop, which ends the whole process tree.
 */
final class LaunchStep extends StepPage {

    private final TextArea command = new TextArea();
    private final Label directory = WizardParts.styled("", "wizard-field-label");
    private final Checklist preflight = new Checklist("preflightChecklist");
    private final Label noPreflight = WizardParts.wrapped(M.get("launch.preflight.none"));
    private final ListView<String> output = new ListView<>();

    LaunchStep(ReproduceWizardViewModel vm) {
        super(vm, "stepLaunch");
        CheckBox dryRun = new CheckBox(M.get("launch.dryRun"));
        dryRun.setId("dryRun");
        dryRun.setWrapText(true);
        dryRun.setMnemonicParsing(false);
        dryRun.selectedProperty().bindBidirectional(vm.dryRun());
        dryRun.disableProperty().bind(vm.launchPhase().isNotEqualTo(Phase.NOT_STARTED));
        command.setId("launchCommand");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(3);
        command.getStyleClass().add("command-text");
        Button copy = new Button(M.get("launch.copy"), new FontIcon(Feather.COPY));
        copy.setId("copyCommand");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> vm.copyCommand());
        Button recheck = new Button(M.get("launch.recheck"), new FontIcon(Feather.REFRESH_CW));
        recheck.setId("recheck");
        recheck.getStyleClass().add(Styles.SMALL);
        recheck.setOnAction(e -> vm.replan());
        recheck.disableProperty().bind(vm.launchPhase().isNotEqualTo(Phase.NOT_STARTED).or(vm.planning()));
        page.getChildren().addAll(new TargetPane(vm).root(), dryRun, WizardParts.section(M.get("launch.command")),
                command,
                new HBox(10, copy, directory), new HBox(10, WizardParts.section(M.get("launch.preflight")), recheck),
                noPreflight, preflight.root(), actions(), phase(), JobStateLabel.following("jobState", vm.job()),
                WizardParts.section(M.get("launch.output")),
                output());
    }

    private HBox actions() {
        Button launch = new Button(M.get("launch.launch"), new FontIcon(Feather.PLAY));
        launch.setId("launchButton");
        launch.getStyleClass().add(Styles.ACCENT);
        launch.disableProperty().bind(vm.canLaunch().not());
        launch.setOnAction(e -> vm.launch());
        Button stop = new Button(M.get("launch.stop"), new FontIcon(Feather.SQUARE));
        stop.setId("stopButton");
        stop.getStyleClass().add(Styles.DANGER);
        stop.disableProperty().bind(vm.launchPhase().isNotEqualTo(Phase.RUNNING));
        stop.setOnAction(e -> vm.stop());
        return new HBox(10, launch, stop);
    }

    private Label phase() {
        Label phase = WizardParts.wrapped("");
        phase.setId("launchPhase");
        phase.textProperty().bind(Bindings.createStringBinding(this::phaseText, vm.launchPhase(), vm.record(),
                vm.launchProblem()));
        return phase;
    }

    private String phaseText() {
        Phase p = vm.launchPhase().get();
        ReproductionRecord r = vm.record().get();
        return switch (p) {
            case NOT_STARTED -> M.get("launch.phase.not_started");
            case PREPARING -> M.get("launch.phase.preparing");
            case RUNNING -> r != null && r.job() != null ? jobText(r.job())
                    : M.get("launch.phase.running", r == null || r.pid() == null ? "?" : r.pid().toString());
            case FINISHED -> M.get("launch.phase.finished", r == null ? "" : r.state().word() + " \u2014 "
                    + r.stateDetail());
            case FAILED -> M.get("launch.phase.failed", vm.launchProblem().get());
        };
    }

    private static String jobText(BatchJob job) {
        return M.get("launch.phase.job", job.scheduler(), job.id(), job.host() == null ? ""
                : " " + M.get("launch.phase.through", job.host()));
    }

    private ListView<String> output() {
        output.setId("launchOutput");
        output.getStyleClass().add("output-list");
        output.setItems(vm.output());
        output.setPrefHeight(220);
        output.setMinHeight(120);
        VBox.setVgrow(output, Priority.ALWAYS);
        vm.output().addListener((ListChangeListener<String>) c -> output.scrollTo(vm.output().size() - 1));
        // once launched, the output is what matters: bring it into view on a short screen
        vm.launchPhase().addListener((o, a, p) -> scrollToEnd());
        return output;
    }

    @Override
    void render(ReproductionPlan p) {
        command.setText(p.command() == null ? String.join("\n", p.blockers()) : p.command().display());
        directory.setText(p.command() == null ? "" : M.get("launch.workingDirectory",
                p.command().workingDirectory()));
        preflight.show(p.preflight());
        WizardParts.show(noPreflight, p.preflight().isEmpty());
    }
}
