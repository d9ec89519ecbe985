package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.reproduce.launch.LaunchPreview;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.slurm.ProfileKey;
import org.provex.core.reproduce.launch.slurm.SlurmTarget;
import org.provex.core.reproduce.plan.LaunchCommand;
import org.provex.ui.reproduce.LaunchModel.Phase;

/**
 * The Launch step's choice of where to run (this computer, a Slurm cluster, a container engine), what the chosen
 * target will do (the batch script and its submission, before anything is submitted), and for Slurm the cluster
 * profile editor.
 */
final class TargetPane {

    private final VBox root = new VBox(8);
    private final TextArea preview = new TextArea();

    TargetPane(ReproduceWizardViewModel vm) {
        ComboBox<LaunchTarget> targets = new ComboBox<>();
        targets.setId("launchTarget");
        targets.getItems().setAll(vm.targets());
        targets.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaunchTarget t) {
                return t == null ? "" : t.label() + " (" + t.id() + ")";
            }

            @Override
            public LaunchTarget fromString(String s) {
                return null;
            }
        });
        targets.valueProperty().bindBidirectional(vm.target());
        targets.disableProperty().bind(vm.launchPhase().isNotEqualTo(Phase.NOT_STARTED));
        targets.setAccessibleText(M.get("launch.target"));
        preview.setId("launchPreview");
        preview.setEditable(false);
        // wrapped: at 1024 pixels the notes and the paths in the submission ran far past the right edge
        preview.setWrapText(true);
        preview.setPrefRowCount(14);
        preview.getStyleClass().add("command-text");
        vm.preview().addListener((o, a, p) -> show(p));
        show(vm.preview().get());
        BooleanBinding slurm = Bindings.createBooleanBinding(() -> vm.target().get() != null
                && SlurmTarget.ID.equals(vm.target().get().id()), vm.target());
        VBox profile = profile(vm.clusterProfile(), vm);
        profile.visibleProperty().bind(slurm);
        profile.managedProperty().bind(slurm);
        root.getChildren().addAll(new HBox(10, WizardParts.section(M.get("launch.target")), targets), preview,
                profile);
    }

    VBox root() {
        return root;
    }

    private void show(LaunchPreview p) {
        boolean shown = p != null && (!p.submit().isEmpty() || !p.files().isEmpty() || !p.details().isEmpty());
        preview.setVisible(shown);
        preview.setManaged(shown);
        if (!shown) {
            preview.clear();
            return;
        }
        StringBuilder text = new StringBuilder();
        p.details().forEach(d -> text.append(d.label()).append(": ").append(d.value())
                .append(d.source().isEmpty() ? "" : "  (" + d.source() + ")").append('\n'));
        p.notes().forEach(n -> text.append(M.get("launch.preview.note", n)).append('\n'));
        if (!p.submit().isEmpty()) {
            text.append(M.get("launch.preview.submit", new LaunchCommand(p.submit(), null).display())).append('\n');
        }
        p.files().forEach((name, body) -> text.append('\n').append(M.get("launch.preview.file", name)).append('\n')
                .append(body));
        preview.setText(text.toString());
    }

    private static VBox profile(ClusterProfileModel model, ReproduceWizardViewModel vm) {
        TextArea lines = new TextArea();
        lines.setId("clusterProfile");
        lines.setPrefRowCount(5);
        lines.setPromptText(M.get("profile.prompt"));
        lines.textProperty().bindBidirectional(model.text());
        lines.setAccessibleText(M.get("profile.title"));
        CheckBox own = new CheckBox(M.get("profile.forCatalog"));
        own.setId("profileForCatalog");
        own.selectedProperty().bindBidirectional(model.forCatalog());
        Button save = new Button(M.get("profile.save"), new FontIcon(Feather.SAVE));
        save.setId("saveProfile");
        save.getStyleClass().add(Styles.SMALL);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(vm.launchPhase().isNotEqualTo(Phase.NOT_STARTED));
        Label message = WizardParts.wrapped("");
        message.setId("profileMessage");
        message.textProperty().bind(Bindings.createStringBinding(() -> model.message().get() == null ? ""
                : model.message().get(), model.message()));
        Label keys = WizardParts.wrapped(M.get("profile.keys", ProfileKey.names()));
        return new VBox(6, WizardParts.section(M.get("profile.title")), keys, lines, new HBox(10, own, save),
                message);
    }
}
