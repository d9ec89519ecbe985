package org.provex.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.detail.DetailContent.Choice;
import org.provex.ui.detail.DetailContent.ConfigDataset;
import org.provex.ui.detail.DetailContent.Configuration;

/** How the run was configured: Hydra config choices first, then datasets, the command line and overrides. */
final class ConfigurationSection {

    private final ExecutionDetailViewModel vm;
    private final GridPane choices = new GridPane();
    private final Label noChoices = Widgets.muted(Widgets.M.get("config.choices.none"));
    private final CheckBox internals = new CheckBox();
    private final VBox datasets = new VBox(4);
    private final Label command = Widgets.text("", true);
    private final VBox overrides = new VBox(2);
    private final VBox body;
    private final Label none = Widgets.muted(Widgets.M.get("config.none"));
    private final VBox root;

    ConfigurationSection(ExecutionDetailViewModel vm) {
        this.vm = vm;
        choices.setId("configChoices");
        choices.setHgap(16);
        choices.setVgap(4);
        internals.setId("showHydraInternals");
        internals.selectedProperty().bindBidirectional(vm.showHydraInternals());
        datasets.setId("configDatasets");
        command.setId("commandLine");
        overrides.setId("hydraOverrides");
        Button copyCommand = new Button(null, new FontIcon(Feather.COPY));
        copyCommand.setId("copyCommandLine");
        copyCommand.getStyleClass().addAll("button-icon", "flat");
        copyCommand.setAccessibleText(Widgets.M.get("actions.copy"));
        copyCommand.setOnAction(e -> vm.copyText(vm.content().get() == null || vm.content().get().configuration()
                == null ? null : vm.content().get().configuration().commandLine()));
        StackPane commandBox = new StackPane(command);
        commandBox.getStyleClass().add("detail-inset");
        body = new VBox(10,
                new FlowPane(12, 4, Widgets.subheading(Widgets.M.get("config.choices")), internals),
                choices, noChoices,
                Widgets.subheading(Widgets.M.get("config.datasets")), datasets,
                Widgets.row(8, Widgets.subheading(Widgets.M.get("config.command")), Widgets.grow(), copyCommand),
                commandBox,
                Widgets.subheading(Widgets.M.get("config.overrides")), overrides);
        root = Widgets.card("configurationCard", Feather.SETTINGS, Widgets.M.get("config.title"), body, none);
        vm.configChoices().addListener((ListChangeListener<? super Choice>) c -> showChoices());
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                show(c.configuration());
            }
        });
    }

    Node root() {
        return root;
    }

    private void show(Configuration c) {
        Widgets.show(body, c != null);
        Widgets.show(none, c == null);
        if (c == null) {
            return;
        }
        long hidden = vm.hydraInternalCount();
        internals.setText(Widgets.M.get("config.hydraInternals") + " (" + hidden + ")");
        Widgets.show(internals, hidden > 0);
        showChoices();
        datasets.getChildren().clear();
        for (ConfigDataset d : c.datasets()) {
            datasets.getChildren().add(dataset(d));
        }
        if (c.datasets().isEmpty()) {
            datasets.getChildren().add(Widgets.muted(Widgets.M.get("config.datasets.none")));
        }
        for (DetailContent.ConfigAsset a : c.assets()) {
            Node target = a.rid() == null ? Widgets.text(a.path(), true)
                    : Widgets.ridLink(a.rid(), Widgets.id("configAsset", a.rid()), () -> vm.openRecord(a.rid()));
            datasets.getChildren().add(Widgets.row(6, Widgets.muted(Widgets.M.get("config.assets")), target));
        }
        command.setText(c.commandLine());
        overrides.getChildren().clear();
        c.overrides().forEach(o -> overrides.getChildren().add(Widgets.copyable(o, true, vm::copyText)));
        if (c.overrides().isEmpty()) {
            overrides.getChildren().add(Widgets.muted(Widgets.M.get("config.overrides.none")));
        }
    }

    private void showChoices() {
        choices.getChildren().clear();
        int r = 0;
        for (Choice c : vm.configChoices()) {
            Label group = Widgets.muted(c.group());
            group.getStyleClass().add("mono");
            Label option = Widgets.text(c.option(), true);
            option.getStyleClass().add("text-bold");
            choices.addRow(r++, group, option);
        }
        Widgets.show(choices, r > 0);
        Widgets.show(noChoices, r == 0);
    }

    private Node dataset(ConfigDataset d) {
        if (d.dataset() == null) {
            return Widgets.text(String.valueOf(d.version()), true);
        }
        Node version = d.versionRid() == null ? Widgets.text(String.valueOf(d.version()), true)
                : Widgets.link(d.version(), Widgets.id("configVersion", d.dataset()),
                        () -> vm.showDataset(d.dataset(), d.versionRid()));
        version.getStyleClass().add("mono");
        Node row = Widgets.row(6, Widgets.ridLink(d.dataset(), Widgets.id("configDataset", d.dataset()),
                () -> vm.showDataset(d.dataset(), null)), Widgets.muted("@"), version);
        if (d.materialize()) {
            ((javafx.scene.layout.HBox) row).getChildren().add(Widgets.note(Widgets.M.get("config.materialize")));
        }
        return row;
    }
}
