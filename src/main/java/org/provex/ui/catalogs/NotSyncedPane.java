package org.provex.ui.catalogs;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;
import org.provex.ui.login.LoginWindow;

/**
 * Covers the sections while the chosen catalog has never been synced: says so and offers Sync now (and Log in when
 * the catalog asked for one); while the sync runs it shows its progress. {@code #notSyncedPane},
 * {@code #notSyncedSyncNow}, {@code #notSyncedLogin}.
 */
public final class NotSyncedPane {

    private final Messages msg = Messages.of(NotSyncedPane.class);
    private final StackPane root = new StackPane();

    public NotSyncedPane(CatalogsViewModel vm) {
        root.setId("notSyncedPane");
        root.getStyleClass().add("not-synced-pane");
        root.getStylesheets().add(NotSyncedPane.class.getResource("catalogs.css").toExternalForm());
        FontIcon icon = new FontIcon(Feather.DOWNLOAD_CLOUD);
        icon.getStyleClass().add("not-synced-icon");
        Label title = new Label();
        title.setId("notSyncedTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> msg.get("notsynced.title",
                vm.currentProperty().get()), vm.currentProperty()));
        title.setWrapText(true);
        Label text = new Label(msg.get("notsynced.text"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("notSyncedProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("not-synced-problem");
        problem.textProperty().bind(vm.connectionDetailProperty());
        problem.visibleProperty().bind(Bindings.createBooleanBinding(() -> switch (vm.connectionProperty().get()) {
            case OFFLINE, LOGIN, ERROR -> true;
            default -> false;
        }, vm.connectionProperty()).and(vm.sync().busyProperty().not()));
        problem.managedProperty().bind(problem.visibleProperty());

        Button sync = new Button(msg.get("notsynced.sync"), new FontIcon(Feather.REFRESH_CW));
        sync.setId("notSyncedSyncNow");
        sync.getStyleClass().add(Styles.ACCENT);
        sync.setDefaultButton(false);
        sync.setOnAction(e -> vm.sync().syncNow());
        Button login = new Button(msg.get("notsynced.login"), new FontIcon(Feather.LOG_IN));
        login.setId("notSyncedLogin");
        login.setOnAction(e -> vm.newLogin().ifPresent(l -> LoginWindow.show(root, l, vm::loggedIn)));
        login.visibleProperty().bind(vm.connectionProperty().isEqualTo(Connection.LOGIN));
        login.managedProperty().bind(login.visibleProperty());
        HBox actions = new HBox(10, sync, login);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.visibleProperty().bind(vm.sync().busyProperty().not());
        actions.managedProperty().bind(actions.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        Label progress = new Label();
        progress.setId("notSyncedProgress");
        progress.setWrapText(true);
        progress.textProperty().bind(vm.sync().progressProperty());
        Button cancel = new Button(msg.get("notsynced.cancel"));
        cancel.setId("notSyncedCancel");
        cancel.setOnAction(e -> vm.sync().cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox running = new HBox(10, spinner, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.sync().busyProperty());
        running.managedProperty().bind(running.visibleProperty());

        VBox card = new VBox(12, icon, title, text, problem, actions, running);
        card.getStyleClass().add("not-synced-card");
        card.setMaxSize(560, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.visibleProperty().bind(vm.notSyncedProperty());
    }

    public Node node() {
        return root;
    }
}
