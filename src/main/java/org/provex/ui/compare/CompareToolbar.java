package org.provex.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.diff.RunRef;
import org.provex.ui.browse.BrowseFormat;
import org.provex.ui.common.Messages;

/** Baseline chooser, "show all" and noise toggles, search, previous/next difference, secrets and export. */
final class CompareToolbar {

    private final CompareViewModel vm;
    private final Messages msg;
    private final FlowPane root = new FlowPane(14, 6);
    private final TextField search = new TextField();

    CompareToolbar(CompareViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        root.setId("compareToolbar");
        root.getStyleClass().add("compare-toolbar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(baseline(), filters(), navigation(), actions());
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static String shorten(String description) {
        String line = description == null ? "" : description.strip().lines().findFirst().orElse("");
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    private Node baseline() {
        ComboBox<RunRef> box = new ComboBox<>(vm.runs());
        box.setId("baselineChooser");
        box.setAccessibleText(msg.get("baseline"));
        box.setTooltip(new Tooltip(msg.get("baseline.tooltip")));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRef r) {
                // enough to choose by: when, how it ended and what it was, not only the RID
                return r == null ? "" : String.join(" \u00b7 ", r.rid().value(), BrowseFormat.minute(r.created()),
                        r.status() == null ? "?" : r.status(), shorten(r.description()));
            }

            @Override
            public RunRef fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RunRef r, boolean empty) {
                super.updateItem(r, empty);
                // the chosen run in short; the list shows each run's time too
                setText(empty || r == null ? null : r.rid() + " \u00b7 " + BrowseFormat.day(r.created())
                        + (r.status() == null ? "" : " \u00b7 " + r.status()));
                setTooltip(empty || r == null ? null : new Tooltip(box.getConverter().toString(r)));
            }
        });
        box.valueProperty().bindBidirectional(vm.baselineProperty());
        box.setPrefWidth(220);
        Label label = new Label(msg.get("baseline"));
        label.setLabelFor(box);
        return group(label, box);
    }

    private Node filters() {
        ToggleButton all = toggle("showAllToggle", "showAll", Feather.LIST);
        all.selectedProperty().bindBidirectional(vm.grid().showAllProperty());
        ToggleButton noise = toggle("showNoiseToggle", "showNoise", Feather.EYE);
        noise.selectedProperty().bindBidirectional(vm.grid().showNoiseProperty());
        search.setId("compareSearch");
        search.setPromptText(msg.get("search.prompt"));
        search.setAccessibleText(msg.get("search.prompt"));
        search.setTooltip(new Tooltip(msg.get("search.tooltip")));
        search.setPrefColumnCount(13);
        search.textProperty().bindBidirectional(vm.grid().searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        return group(all, noise, new FontIcon(Feather.SEARCH), search);
    }

    private Node navigation() {
        Button previous = button("previousDifference", "previous", Feather.CHEVRON_UP);
        previous.setOnAction(e -> vm.grid().previousDifference());
        Button next = button("nextDifference", "next", Feather.CHEVRON_DOWN);
        next.setOnAction(e -> vm.grid().nextDifference());
        previous.disableProperty().bind(vm.grid().differencesProperty().isEqualTo(0));
        next.disableProperty().bind(vm.grid().differencesProperty().isEqualTo(0));
        previous.getStyleClass().add(Styles.LEFT_PILL);
        next.getStyleClass().add(Styles.RIGHT_PILL);
        return new HBox(previous, next);
    }

    private Node actions() {
        Button secrets = new Button();
        secrets.setId("revealSecrets");
        secrets.textProperty().bind(Bindings.when(vm.secretsRevealedProperty()).then(msg.get("hide"))
                .otherwise(msg.get("reveal")));
        secrets.graphicProperty().bind(Bindings.when(vm.secretsRevealedProperty())
                .then((Node) new FontIcon(Feather.EYE_OFF)).otherwise(new FontIcon(Feather.LOCK)));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(vm.secretsRevealedProperty()).then(msg.get("hide.tooltip"))
                .otherwise(msg.get("reveal.tooltip")));
        secrets.setTooltip(tip);
        secrets.accessibleTextProperty().bind(secrets.textProperty());
        secrets.setOnAction(e -> {
            if (vm.secretsRevealedProperty().get()) {
                vm.hideSecrets();
            } else {
                vm.revealSecrets();
            }
        });
        secrets.disableProperty().bind(vm.comparisonProperty().isNull().or(Bindings.isNotEmpty(
                vm.detachedProperty()).and(vm.secretsRevealedProperty().not())));
        MenuButton export = new MenuButton(msg.get("export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("exportMenu");
        export.setAccessibleText(msg.get("export"));
        export.setTooltip(new Tooltip(msg.get("export.tooltip")));
        export.getItems().addAll(item("exportMarkdown", "export.markdown", vm::exportMarkdown),
                item("exportHtml", "export.html", vm::exportHtml),
                item("copyMarkdown", "export.copy", vm::copyMarkdown));
        export.disableProperty().bind(vm.comparisonProperty().isNull());
        return group(secrets, export);
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(msg.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToggleButton toggle(String id, String key, Feather icon) {
        ToggleButton b = new ToggleButton(msg.get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(msg.get(key));
        b.setTooltip(new Tooltip(msg.get(key + ".tooltip")));
        return b;
    }

    private Button button(String id, String key, Feather icon) {
        Button b = new Button(msg.get(key), new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(msg.get(key + ".tooltip"));
        b.setTooltip(new Tooltip(msg.get(key + ".tooltip")));
        return b;
    }

    private static Node group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
