package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.provex.core.model.AssetSpec;
import org.provex.core.reproduce.plan.PinnedInput;
import org.provex.core.reproduce.plan.ReproductionMode;
import org.provex.core.reproduce.plan.ReproductionPlan;

/**
 * Step 2: the pinned inputs (datasets at their versions, assets) and the overrides that are replayed, with the
 * clearly labelled alternative of re-running on the latest versions, which is not called a reproduction.
 */
final class InputsStep extends StepPage {

    private final VBox dynamic = new VBox(10);
    private final TableView<PinnedInput> datasets = new TableView<>();

    InputsStep(ReproduceWizardViewModel vm) {
        super(vm, "stepInputs");
        ToggleGroup group = new ToggleGroup();
        RadioButton same = new RadioButton(M.get("inputs.mode.reproduction"));
        same.setId("modeReproduction");
        same.setWrapText(true);
        same.setMnemonicParsing(false);
        RadioButton latest = new RadioButton(M.get("inputs.mode.latest"));
        latest.setId("modeLatest");
        latest.setWrapText(true);
        latest.setMnemonicParsing(false);
        same.setToggleGroup(group);
        latest.setToggleGroup(group);
        (vm.mode().get() == ReproductionMode.REPRODUCTION ? same : latest).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, t) -> vm.mode().set(t == latest
                ? ReproductionMode.LATEST_VERSIONS : ReproductionMode.REPRODUCTION));
        Label warning = WizardParts.styled(M.get("inputs.mode.latest.warning"), "wizard-warning");
        warning.setId("latestWarning");
        warning.visibleProperty().bind(latest.selectedProperty());
        warning.managedProperty().bind(latest.selectedProperty());
        buildTable();
        page.getChildren().addAll(WizardParts.section(M.get("inputs.mode")), same, latest, warning, dynamic);
    }

    private void buildTable() {
        datasets.setId("pinnedInputs");
        datasets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        datasets.setFixedCellSize(28);
        datasets.getColumns().add(column(M.get("inputs.dataset"), 220, i -> i.label() + " (" + i.dataset() + ")"));
        datasets.getColumns().add(column(M.get("inputs.recorded"), 120, i -> i.recordedVersion() == null ? "\u2014"
                : i.recordedVersion()));
        datasets.getColumns().add(column(M.get("inputs.version"), 120, i -> i.version() == null ? "\u2014"
                : i.version()));
        datasets.getColumns().add(column(M.get("inputs.note"), 300, PinnedInput::note));
    }

    private static TableColumn<PinnedInput, String> column(String title, double width,
                                                           java.util.function.Function<PinnedInput, String> value) {
        TableColumn<PinnedInput, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new javafx.beans.property.SimpleStringProperty(value.apply(cd.getValue())));
        return c;
    }

    @Override
    void render(ReproductionPlan p) {
        dynamic.getChildren().setAll(WizardParts.section(M.get("inputs.datasets")));
        if (p.inputs().isEmpty()) {
            dynamic.getChildren().add(WizardParts.wrapped(M.get("inputs.none")));
        } else {
            datasets.getItems().setAll(p.inputs());
            datasets.setPrefHeight(34 + 28 * Math.min(p.inputs().size(), 8) + 4);
            dynamic.getChildren().add(datasets);
        }
        dynamic.getChildren().add(WizardParts.section(M.get("inputs.assets")));
        dynamic.getChildren().add(p.assets().isEmpty() ? WizardParts.wrapped(M.get("inputs.assets.none"))
                : WizardParts.bullets("pinnedAssets", p.assets().stream().map(InputsStep::asset).toList()));
        dynamic.getChildren().add(WizardParts.section(M.get("inputs.overrides", p.recorded().source().word())));
        dynamic.getChildren().add(p.recorded().values().isEmpty() ? WizardParts.wrapped(M.get("inputs.overrides.none"))
                : WizardParts.mono(String.join("\n", p.recorded().values())));
    }

    private static String asset(AssetSpec a) {
        String name = a.rid() == null ? a.path() : a.rid().value();
        return a.cache() ? name + " (" + M.get("inputs.asset.cached") + ")" : name;
    }
}
