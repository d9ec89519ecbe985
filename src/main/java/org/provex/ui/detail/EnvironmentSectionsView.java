package org.provex.ui.detail;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.detail.EnvironmentModel.PackageRow;
import org.provex.ui.detail.EnvironmentModel.Variable;

/** An environment snapshot as sections: Python, OS/platform and GPU side by side, packages, variables. */
final class EnvironmentSectionsView {

    private final EnvironmentModel model;
    private final Consumer<String> copy;
    private final FieldGrid python;
    private final FieldGrid platform;
    private final FieldGrid gpu;
    private final ListView<PackageRow> packages = new ListView<>();
    private final GridPane variables = new GridPane();
    private final Label secretsInfo = Widgets.note("");
    private final VBox root;

    EnvironmentSectionsView(EnvironmentModel model, Consumer<String> copy) {
        this.model = model;
        this.copy = copy;
        python = new FieldGrid("envPython", copy, 100);
        platform = new FieldGrid("envPlatform", copy, 80);
        gpu = new FieldGrid("envGpu", copy, 90);
        FlowPane summary = new FlowPane(28, 16, box("env.python", Feather.TERMINAL, python),
                box("env.platform", Feather.MONITOR, platform), box("env.gpu", Feather.CPU, gpu));
        summary.setPrefWrapLength(600);
        root = new VBox(16, summary, packagesSection(), variablesSection());
        root.setId("envSections");
        root.getStyleClass().add("env-sections");
        model.python().addListener((ListChangeListener<? super DetailContent.Field>) c -> python.clear()
                .addAll(model.python()));
        model.platform().addListener((ListChangeListener<? super DetailContent.Field>) c -> platform.clear()
                .addAll(model.platform()));
        model.gpu().addListener((ListChangeListener<? super DetailContent.Field>) c -> gpu.clear()
                .addAll(model.gpu()));
        model.variables().addListener((ListChangeListener<? super Variable>) c -> showVariables());
    }

    Node root() {
        return root;
    }

    private static Node box(String key, Feather icon, FieldGrid grid) {
        Label title = Widgets.subheading(Widgets.M.get(key));
        title.setGraphic(new FontIcon(icon));
        VBox box = new VBox(6, title, grid.node());
        box.setPrefWidth(320);
        box.setMinWidth(260);
        box.getStyleClass().add("env-box");
        return box;
    }

    private Node packagesSection() {
        TextField filter = new TextField();
        filter.setId("packageFilter");
        filter.setPromptText(Widgets.M.get("env.packages.filter"));
        filter.textProperty().bindBidirectional(model.packageFilter());
        filter.setPrefColumnCount(18);
        Label count = Widgets.muted("");
        count.setId("packageCount");
        count.textProperty().bind(model.packageSummary());
        packages.setId("packagesList");
        packages.setItems(model.packages());
        packages.setPrefHeight(230);
        packages.setMinHeight(120);
        packages.setCellFactory(v -> new PackageCell());
        packages.setFixedCellSize(28);
        Label title = Widgets.subheading(Widgets.M.get("env.packages"));
        title.setGraphic(new FontIcon(Feather.PACKAGE));
        return new VBox(8, new javafx.scene.layout.FlowPane(12, 4, title, count, filter), packages);
    }

    private Node variablesSection() {
        variables.setId("envVariables");
        variables.setHgap(16);
        variables.setVgap(4);
        variables.getStyleClass().add("env-variables");
        secretsInfo.setId("secretsInfo");
        Label title = Widgets.subheading(Widgets.M.get("env.variables"));
        title.setGraphic(new FontIcon(Feather.SLIDERS));
        return new VBox(8, title, secretsInfo, variables);
    }

    private void showVariables() {
        variables.getChildren().clear();
        int r = 0;
        for (Variable v : model.variables()) {
            Label name = Widgets.text(v.name(), true);
            name.getStyleClass().add("env-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label value = v.secret() && !model.reveal().get() ? masked(v.value()) : Widgets.copyable(v.value(), true,
                    copy);
            value.setId("env_" + v.name().replaceAll("[^A-Za-z0-9_]", "_"));
            GridPane.setHgrow(value, Priority.ALWAYS);
            variables.addRow(r++, name, value);
        }
        int secrets = model.secretCount().get();
        secretsInfo.setText(secrets == 0 ? "" : model.reveal().get() ? Widgets.M.get("env.variables.revealed")
                : Widgets.M.get("env.variables.masked", secrets));
        Widgets.show(secretsInfo, secrets > 0);
    }

    private static Label masked(String mask) {
        Label l = Widgets.text(mask, true);
        l.setGraphic(new FontIcon(Feather.LOCK));
        l.getStyleClass().add("masked-value");
        return l;
    }

    /** A package name with its version at the right. */
    private static final class PackageCell extends ListCell<PackageRow> {
        private final Label name = new Label();
        private final Label version = new Label();
        private final HBox box = Widgets.row(8, name, Widgets.grow(), version);

        PackageCell() {
            version.getStyleClass().add("mono");
            name.getStyleClass().add("mono");
        }

        @Override
        protected void updateItem(PackageRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(item.name());
                version.setText(item.version());
                setGraphic(box);
                setAccessibleText(item.name() + " " + item.version());
            }
        }
    }
}
