package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.reproduce.plan.LaunchCommand;
import org.provex.core.reproduce.plan.ReproductionPlan;
import org.provex.core.reproduce.run.ReproductionRecord;

/**
 * Step 6: the recorded attempt (state, exit code, times, workspace, log) and the comparison with the original once
 * the new execution is in the catalog's cache.
 */
final class ResultStep extends StepPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final VBox facts = new VBox();

    ResultStep(ReproduceWizardViewModel vm) {
        super(vm, "stepResult");
        Button compare = new Button(M.get("result.compare"), new FontIcon(Feather.COLUMNS));
        compare.setId("compareWithOriginal");
        compare.setOnAction(e -> vm.compareWithOriginal());
        compare.disableProperty().bind(vm.record().isNull());
        Button original = new Button(M.get("result.showOriginal"), new FontIcon(Feather.ARROW_LEFT));
        original.setId("showOriginal");
        original.setOnAction(e -> vm.showOriginal());
        Label message = WizardParts.wrapped("");
        message.setId("resultMessage");
        message.textProperty().bind(vm.resultMessage());
        page.getChildren().addAll(WizardParts.section(M.get("result.recorded")), facts, new HBox(10, compare,
                original), message);
        vm.record().addListener((o, a, r) -> show(r));
    }

    @Override
    void render(ReproductionPlan plan) {
        show(vm.record().get());
    }

    private void show(ReproductionRecord r) {
        if (r == null) {
            facts.getChildren().clear();
            return;
        }
        facts.getChildren().setAll(WizardParts.fields("resultFacts",
                M.get("result.id"), r.id() + " \u2014 " + r.label(),
                M.get("result.state"), (r.dryRun() ? M.get("list.dryRun", r.state().word()) : r.state().word())
                        + (r.stateDetail().isEmpty() ? "" : " \u2014 " + r.stateDetail()),
                M.get("result.job"), r.job() == null ? null : JobStateLabel.describe(r.job()),
                M.get("result.exit"), r.exitCode() == null ? null : r.exitCode().toString(),
                M.get("result.started"), r.started() == null ? null : TIME.format(r.started()),
                M.get("result.finished"), r.finished() == null ? null : TIME.format(r.finished()),
                M.get("result.command"), new LaunchCommand(r.command(), Path.of(".")).display(),
                M.get("result.workspace"), r.workspace(),
                M.get("result.log"), r.logFile(),
                M.get("result.newRun"), r.link() == null ? M.get("result.newRun.none") : r.link().execution()
                        + (r.link().comparison() == null ? "" : " \u2014 " + r.link().comparison().line())));
    }
}
