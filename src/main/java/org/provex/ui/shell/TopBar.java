package org.provex.ui.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.about.BuildInfo;
import org.provex.ui.catalogs.CatalogMenu;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Messages;

/** The top bar: app name, catalog selector, section switcher, search field, theme toggle and help menu. */
final class TopBar {

    /** Below this width the Reproductions button shows its icon only. */
    private static final double NARROW = 1200;
    private final Messages msg = Messages.of(TopBar.class);
    private final MainWindowViewModel vm;
    private final HBox root = new HBox(10);
    private final SearchBox search;

    TopBar(MainWindowViewModel vm) {
        this.vm = vm;
        this.search = new SearchBox(vm.search());
        root.setId("topBar");
        root.getStyleClass().add("top-bar");
        Label title = new Label(msg.get("app.title"), AppIcon.view(24));
        title.getStyleClass().addAll("app-title", Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);   // on a narrow window the search field gives way, not the labels
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(title, catalogSelector(), new CatalogMenu(vm.catalogs()).node(), sections(),
                reproductions(), spacer, search.node(), themeToggle(), helpMenu());
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.focus();
    }

    private Node catalogSelector() {
        ComboBox<String> box = new ComboBox<>(vm.catalogNames());
        box.setId("catalogSelector");
        box.setAccessibleText(msg.get("catalog.selector"));
        box.setTooltip(new Tooltip(msg.get("catalog.selector")));
        box.valueProperty().bindBidirectional(vm.catalogProperty());
        box.disableProperty().bind(vm.openingProperty());
        box.setPrefWidth(150);
        box.setMinWidth(110);     // a narrow window shrinks the search field, never the catalog name to an empty box
        return box;
    }

    private Node sections() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton executions = section(group, "navExecutions", "nav.executions", Feather.PLAY_CIRCLE,
                MainSection.EXECUTIONS, "Ctrl+1", Styles.LEFT_PILL);
        ToggleButton workflows = section(group, "navWorkflows", "nav.workflows", Feather.GIT_BRANCH,
                MainSection.WORKFLOWS, "Ctrl+2", Styles.CENTER_PILL);
        ToggleButton datasets = section(group, "navDatasets", "nav.datasets", Feather.DATABASE,
                MainSection.DATASETS, "Ctrl+3", Styles.RIGHT_PILL);
        group.selectToggle(buttonOf(group, vm.sectionProperty().get()));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);    // a section is always shown
            } else {
                vm.sectionProperty().set((MainSection) now.getUserData());
            }
        });
        vm.sectionProperty().addListener((o, was, now) -> group.selectToggle(buttonOf(group, now)));
        HBox box = new HBox(executions, workflows, datasets);
        box.setId("sectionSwitcher");
        return box;
    }

    private ToggleButton section(ToggleGroup group, String id, String key, Feather icon, MainSection section,
                                 String shortcut, String pill) {
        ToggleButton b = new ToggleButton(msg.get(key), new FontIcon(icon));
        b.setId(id);
        b.setUserData(section);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        b.setTooltip(new Tooltip(msg.get("nav.tooltip", msg.get(key), shortcut)));
        b.setAccessibleText(msg.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static ToggleButton buttonOf(ToggleGroup group, MainSection section) {
        return (ToggleButton) group.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .orElseThrow();
    }

    private Node reproductions() {
        Button b = new Button(msg.get("nav.reproductions"), new FontIcon(Feather.REPEAT));
        b.setId("navReproductions");
        b.setTooltip(new Tooltip(msg.get("nav.reproductions.tooltip")));
        b.setAccessibleText(msg.get("nav.reproductions"));
        b.setMinWidth(Region.USE_PREF_SIZE);
        // on a narrow window the icon alone, so the catalog selector and the search field keep their room
        b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(root.widthProperty().greaterThan(
                NARROW)).then(javafx.scene.control.ContentDisplay.LEFT).otherwise(
                javafx.scene.control.ContentDisplay.GRAPHIC_ONLY));
        b.setOnAction(e -> vm.showReproductions());
        return b;
    }

    private Node helpMenu() {
        MenuItem about = new MenuItem(msg.get("help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.create(root.getScene().getWindow(), BuildInfo.current()).show());
        MenuButton help = new MenuButton(null, new FontIcon(Feather.HELP_CIRCLE), about);
        help.setId("helpMenu");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Tweaks.NO_ARROW);
        help.setTooltip(new Tooltip(msg.get("help")));
        help.setAccessibleText(msg.get("help"));
        return help;
    }

    private Node themeToggle() {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("themeToggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON);
        toggle.selectedProperty().bindBidirectional(vm.darkProperty());
        FontIcon moon = new FontIcon(Feather.MOON);
        FontIcon sun = new FontIcon(Feather.SUN);
        toggle.graphicProperty().bind(javafx.beans.binding.Bindings.when(vm.darkProperty()).then(sun).otherwise(moon));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.when(vm.darkProperty())
                .then(msg.get("theme.light")).otherwise(msg.get("theme.dark")));
        toggle.setTooltip(tip);
        toggle.accessibleTextProperty().bind(tip.textProperty());
        return toggle;
    }
}
