package org.provex.ui.catalogs;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Messages;
import org.provex.ui.login.LoginWindow;

/**
 * The Add catalog dialog (form in {@code AddCatalogDialog.fxml}): a window-modal stage bound to an
 * {@link AddCatalogViewModel}; it closes once the catalog is saved. Controls: {@code #addCatalogServer},
 * {@code #addCatalogId}, {@code #addCatalogName}, {@code #addCatalogSync}, {@code #addCatalogError},
 * {@code #addCatalogLogin}, {@code #addCatalogCancel}, {@code #addCatalogSubmit}.
 */
public final class AddCatalogDialog {

    private final Messages msg = Messages.of(AddCatalogDialog.class);
    private final AddCatalogViewModel vm;
    private final Stage stage = new Stage();
    @FXML
    private TextField addCatalogServer;
    @FXML
    private TextField addCatalogId;
    @FXML
    private TextField addCatalogName;
    @FXML
    private CheckBox addCatalogSync;
    @FXML
    private VBox addCatalogErrorBox;
    @FXML
    private Label addCatalogError;
    @FXML
    private Button addCatalogLogin;
    @FXML
    private ProgressIndicator addCatalogProgress;
    @FXML
    private Label addCatalogChecking;
    @FXML
    private Button addCatalogCancel;
    @FXML
    private Button addCatalogSubmit;

    private AddCatalogDialog(Window owner, AddCatalogViewModel vm) {
        this.vm = vm;
        FXMLLoader loader = new FXMLLoader(AddCatalogDialog.class.getResource("AddCatalogDialog.fxml"),
                msg.bundle());
        loader.setController(this);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.getStylesheets().add(AddCatalogDialog.class.getResource("catalogs.css").toExternalForm());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(msg.get("add.title"));
        stage.setScene(new Scene(root));
        AppIcon.apply(stage);
        stage.setResizable(false);
        stage.setOnHidden(e -> vm.cancel());
        bind();
    }

    /** Shows the dialog for a fresh form; it closes by itself when the catalog is added. */
    public static AddCatalogDialog show(Window owner, AddCatalogViewModel vm) {
        AddCatalogDialog dialog = new AddCatalogDialog(owner, vm);
        dialog.stage.show();
        dialog.addCatalogServer.requestFocus();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    private void bind() {
        addCatalogServer.textProperty().bindBidirectional(vm.serverProperty());
        addCatalogId.textProperty().bindBidirectional(vm.catalogIdProperty());
        addCatalogName.textProperty().bindBidirectional(vm.nameProperty());
        addCatalogName.promptTextProperty().bind(vm.defaultNameProperty());
        addCatalogSync.selectedProperty().bindBidirectional(vm.syncNowProperty());
        addCatalogError.textProperty().bind(vm.errorProperty());
        addCatalogErrorBox.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        addCatalogErrorBox.managedProperty().bind(addCatalogErrorBox.visibleProperty());
        // the form grows for a message instead of squeezing its wrapped texts into one line each
        addCatalogErrorBox.visibleProperty().addListener((o, was, now) -> stage.sizeToScene());
        addCatalogErrorBox.heightProperty().addListener((o, was, now) -> stage.sizeToScene());
        addCatalogLogin.visibleProperty().bind(vm.loginNeededProperty());
        addCatalogLogin.managedProperty().bind(addCatalogLogin.visibleProperty());
        addCatalogLogin.setOnAction(e -> LoginWindow.show(addCatalogLogin, vm.newLogin(), s -> vm.loggedIn()));
        addCatalogProgress.visibleProperty().bind(vm.busyProperty());
        addCatalogChecking.visibleProperty().bind(vm.busyProperty());
        addCatalogSubmit.disableProperty().bind(vm.canSubmit().not());
        addCatalogSubmit.setOnAction(e -> vm.submit());
        addCatalogCancel.setOnAction(e -> stage.close());
        for (TextField field : new TextField[] {addCatalogServer, addCatalogId, addCatalogName}) {
            field.disableProperty().bind(vm.busyProperty());
        }
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                stage.close();
            }
        });
    }
}
