package org.provex.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.catalogs.StatusParts;

/** Catalog, offline/online state, row counts, snapshot, the last notification and background work. */
final class StatusBar {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final HBox root = new HBox(8);

    StatusBar(MainWindowViewModel vm) {
        root.setId("statusBar");
        root.getStyleClass().add("status-bar");
        Label catalog = label("statusCatalog", Feather.DATABASE, vm.catalogText());
        Label connection = label("statusConnection", Feather.WIFI_OFF, vm.connectionText());
        StatusParts.decorateBadge(connection, vm.catalogs());
        Label rows = label("statusRows", Feather.LIST, vm.rowsText());
        Label snapshot = label("statusSnapshot", Feather.CAMERA, vm.snapshotText());
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(vm.notifications().messageProperty());
        message.graphicProperty().bind(Bindings.when(vm.notifications().errorProperty())
                .then((Node) new FontIcon(Feather.ALERT_CIRCLE)).otherwise(new FontIcon(Feather.INFO)));
        message.visibleProperty().bind(vm.notifications().messageProperty().isNotEmpty());
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        vm.notifications().errorProperty().addListener((o, was, now) -> message.pseudoClassStateChanged(ERROR, now));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(message.textProperty());
        message.setTooltip(tip);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator(-1);
        progress.setId("statusWorkProgress");
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label work = new Label();
        work.setId("statusWork");
        work.textProperty().bind(vm.workText());
        work.setMinWidth(0);
        Separator afterRows = separator();
        for (Node n : new Node[] {rows, afterRows}) {   // no counts while a catalog has no cache
            n.visibleProperty().bind(rows.textProperty().isNotEmpty());
            n.managedProperty().bind(n.visibleProperty());
        }
        root.getChildren().addAll(catalog, separator(), connection, separator(), rows, afterRows, snapshot,
                separator(), message, progress, work, StatusParts.syncProgress(vm.catalogs().sync()));
    }

    Node node() {
        return root;
    }

    private static Label label(String id, Feather icon, StringBinding text) {
        Label l = new Label();
        l.setId(id);
        l.setGraphic(new FontIcon(icon));
        l.textProperty().bind(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAccessibleText(id);
        l.accessibleTextProperty().bind(text);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
