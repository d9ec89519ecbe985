package org.provex.ui.catalogs;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;
import org.provex.ui.login.LoginWindow;

/**
 * Beside the catalog selector: a Sync now button (live catalogs) and the catalog menu (add, remove, sync, download
 * all files, who is logged in, log in / out). Controls: {@code #syncNowButton}, {@code #catalogMenu} with items
 * {@code #menuAddCatalog}, {@code #menuRemoveCatalog}, {@code #menuSyncNow}, {@code #menuFetchFiles},
 * {@code #menuUser}, {@code #menuLogin}, {@code #menuLogout}.
 */
public final class CatalogMenu {

    private final Messages msg = Messages.of(CatalogMenu.class);
    private final CatalogsViewModel vm;
    private final HBox root = new HBox(4);

    public CatalogMenu(CatalogsViewModel vm) {
        this.vm = vm;
        root.setId("catalogControls");
        root.getStyleClass().add("catalog-controls");
        root.getStylesheets().add(CatalogMenu.class.getResource("catalogs.css").toExternalForm());
        root.getChildren().addAll(syncButton(), menu());
    }

    public Node node() {
        return root;
    }

    private Node syncButton() {
        Button sync = new Button(null, new FontIcon(Feather.REFRESH_CW));
        sync.setId("syncNowButton");
        sync.getStyleClass().add(Styles.BUTTON_ICON);
        sync.setTooltip(new Tooltip(msg.get("sync.button.tooltip")));
        sync.setAccessibleText(msg.get("sync.button"));
        sync.visibleProperty().bind(vm.liveProperty());
        sync.managedProperty().bind(sync.visibleProperty());
        sync.disableProperty().bind(vm.sync().busyProperty());
        sync.setOnAction(e -> vm.sync().syncNow());
        return sync;
    }

    private Node menu() {
        // labelled: an icon alone did not say that adding, syncing and logging in live here
        MenuButton menu = new MenuButton(msg.get("menu.label"), new FontIcon(Feather.SERVER));
        menu.setId("catalogMenu");
        menu.getStyleClass().add(Styles.FLAT);
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        menu.setTooltip(new Tooltip(msg.get("menu.tooltip")));
        menu.setAccessibleText(msg.get("menu.accessible"));
        BooleanBinding notLive = vm.liveProperty().not();
        BooleanBinding busy = vm.sync().busyProperty().or(notLive);

        MenuItem add = item("menuAddCatalog", msg.get("menu.add"), Feather.PLUS);
        add.setOnAction(e -> AddCatalogDialog.show(root.getScene().getWindow(), vm.newAddForm()));
        MenuItem remove = item("menuRemoveCatalog", "", Feather.TRASH_2);
        remove.textProperty().bind(Bindings.when(notLive).then(msg.get("menu.remove.none"))
                .otherwise(Bindings.createStringBinding(() -> msg.get("menu.remove", vm.currentProperty().get()),
                        vm.currentProperty())));
        remove.disableProperty().bind(busy);
        remove.setOnAction(e -> vm.removeCurrent());
        MenuItem sync = item("menuSyncNow", msg.get("menu.sync"), Feather.REFRESH_CW);
        sync.disableProperty().bind(busy);
        sync.setOnAction(e -> vm.sync().syncNow());
        MenuItem files = item("menuFetchFiles", msg.get("menu.files"), Feather.DOWNLOAD);
        files.disableProperty().bind(busy.or(vm.notSyncedProperty()));
        files.setOnAction(e -> vm.sync().fetchAllFiles());

        MenuItem user = item("menuUser", "", Feather.USER);
        user.textProperty().bind(Bindings.createStringBinding(() -> vm.loggedInProperty().get()
                        ? msg.get("menu.user", vm.hostProperty().get(), vm.userProperty().get())
                        : msg.get("menu.user.none", vm.hostProperty().get()),
                vm.loggedInProperty(), vm.hostProperty(), vm.userProperty()));
        user.setDisable(true);
        MenuItem login = item("menuLogin", "", Feather.LOG_IN);
        login.textProperty().bind(Bindings.createStringBinding(() -> msg.get("menu.login", vm.hostProperty().get()),
                vm.hostProperty()));
        login.setOnAction(e -> vm.newLogin().ifPresent(l -> LoginWindow.show(root, l, vm::loggedIn)));
        MenuItem logout = item("menuLogout", "", Feather.LOG_OUT);
        logout.textProperty().bind(Bindings.createStringBinding(() -> msg.get("menu.logout",
                vm.hostProperty().get()), vm.hostProperty()));
        logout.setOnAction(e -> vm.logout());
        SeparatorMenuItem loginSeparator = new SeparatorMenuItem();
        for (MenuItem m : new MenuItem[] {user, login, logout, loginSeparator}) {
            m.visibleProperty().bind(vm.liveProperty());
        }
        logout.visibleProperty().unbind();
        logout.visibleProperty().bind(vm.liveProperty().and(vm.loggedInProperty()));

        menu.getItems().addAll(add, remove, new SeparatorMenuItem(), sync, files, loginSeparator, user, login,
                logout);
        return menu;
    }

    private static MenuItem item(String id, String text, Feather icon) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        return item;
    }
}
