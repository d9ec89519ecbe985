package org.provex.ui.catalogs;

import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;

/**
 * The status bar's live-catalog parts: the connection badge (colour, icon and tooltip by state; a click checks again)
 * and the sync progress line with its Cancel button ({@code #statusSync}, {@code #statusSyncCancel}).
 */
public final class StatusParts {

    private static final Messages MSG = Messages.of(StatusParts.class);

    private StatusParts() {
    }

    /** Styles an existing badge label (its text is bound elsewhere) after the connection state. */
    public static void decorateBadge(Label badge, CatalogsViewModel vm) {
        badge.getStyleClass().add("connection-badge");
        badge.getStylesheets().add(StatusParts.class.getResource("catalogs.css").toExternalForm());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.connectionDetailProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        badge.setTooltip(tip);
        badge.setOnMouseClicked(e -> vm.checkConnection());
        show(badge, vm.connectionProperty().get());
        vm.connectionProperty().addListener((o, was, now) -> show(badge, now));
    }

    private static void show(Label badge, Connection state) {
        for (Connection c : Connection.values()) {
            badge.pseudoClassStateChanged(PseudoClass.getPseudoClass(c.pseudoClass()), c == state);
        }
        badge.setGraphic(new FontIcon(switch (state) {
            case ONLINE -> Feather.WIFI;
            case CHANGES -> Feather.REFRESH_CW;
            case CHECKING -> Feather.LOADER;
            case LOGIN -> Feather.LOCK;
            case ERROR -> Feather.ALERT_TRIANGLE;
            default -> Feather.WIFI_OFF;
        }));
        badge.setCursor(state == Connection.DEMO || state == Connection.NONE ? Cursor.DEFAULT : Cursor.HAND);
    }

    /** "Syncing local: Reading … · 12,345 rows · 2 files, 4.1 KB" and Cancel, shown while a sync runs. */
    public static Node syncProgress(SyncViewModel vm) {
        Label text = new Label();
        text.setId("statusSync");
        text.textProperty().bind(vm.progressProperty());
        text.accessibleTextProperty().bind(vm.progressProperty());
        text.setMinWidth(160);
        // a link, not a button: the status bar keeps its height while a sync runs
        Hyperlink cancel = new Hyperlink(MSG.get("status.cancel"));
        cancel.setId("statusSyncCancel");
        cancel.setTooltip(new Tooltip(MSG.get("status.cancel.tooltip")));
        cancel.setOnAction(e -> vm.cancel());
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, text, cancel);
        box.setId("statusSyncBox");
        box.getStyleClass().add("sync-progress");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
