package org.provex.ui.login;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DERIVA login window: a web page that goes through the host's {@code /authn/preauth} flow (see
 * {@link LoginViewModel}) and stores the resulting {@code webauthn} cookie in the credential file. Controls:
 * {@code #loginStatus}, {@code #loginWebView}, {@code #loginUser}, {@code #loginClose}.
 */
public final class LoginWindow {

    private static final Logger LOG = LoggerFactory.getLogger(LoginWindow.class);

    private final Stage stage;
    private final LoginViewModel model;
    private final WebView web = new WebView();

    private LoginWindow(Window owner, LoginViewModel model) {
        this.model = model;
        Messages text = Messages.of(LoginWindow.class);
        Label status = new Label();
        status.setId("loginStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setAccessibleText(text.get("login.title", model.host()));
        web.setId("loginWebView");
        Label user = new Label();
        user.setId("loginUser");
        user.textProperty().bind(model.userProperty());
        Button close = new Button(text.get("login.close"));
        close.setId("loginClose");
        close.setOnAction(e -> stage().close());
        HBox bottom = new HBox(12, user, close);
        HBox.setHgrow(user, Priority.ALWAYS);
        user.setMaxWidth(Double.MAX_VALUE);
        bottom.setPadding(new Insets(8));
        VBox top = new VBox(status);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(web, top, null, bottom, null);
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(text.get("login.title", model.host()));
        stage.setScene(new Scene(root, 900, 700));
        AppIcon.apply(stage);
        watch(web.getEngine());
        stage.setOnHidden(e -> web.getEngine().loadContent(""));
    }

    /**
     * Opens the login window owned by the window of a control. {@code onLoggedIn} runs on the FX thread once the
     * login is stored.
     */
    public static LoginWindow show(Node anchor, LoginViewModel model, Consumer<AuthnSession> onLoggedIn) {
        return show(anchor.getScene() == null ? null : anchor.getScene().getWindow(), model, onLoggedIn);
    }

    /** Opens the window for a view model ({@link LoginViewModel#of}; tests give it their own sessions). */
    public static LoginWindow show(Window owner, LoginViewModel model, Consumer<AuthnSession> onLoggedIn) {
        LoginWindow window = new LoginWindow(owner, model);
        model.loggedInProperty().addListener((o, was, now) -> {
            if (now) {
                onLoggedIn.accept(model.sessionProperty().get());
            }
        });
        window.stage.show();
        forgetCookie(model.startUrl());
        model.start(url -> window.web.getEngine().load(url));
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public LoginViewModel model() {
        return model;
    }

    private void watch(WebEngine engine) {
        engine.getLoadWorker().stateProperty().addListener((o, was, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                String location = engine.getLocation();
                LoginViewModel.Step step = model.pageLoaded(location, pageText(engine), LoginWindow::webauthnCookie);
                if (step instanceof LoginViewModel.Step.Navigate n) {
                    engine.load(n.url());
                }
            } else if (state == Worker.State.FAILED) {
                Throwable error = engine.getLoadWorker().getException();
                model.pageFailed(engine.getLocation(), error == null ? null : error.getMessage());
            }
        });
    }

    private static String pageText(WebEngine engine) {
        try {
            Object text = engine.executeScript("document.body ? document.body.innerText : "
                    + "(document.documentElement ? document.documentElement.textContent : '')");
            return text instanceof String s ? s : "";
        } catch (RuntimeException e) {
            LOG.debug("Could not read the page text: {}", e.getMessage());
            return "";
        }
    }

    /** The {@code webauthn} cookie the page's cookie store holds for a URI (HttpOnly cookies included). */
    static Optional<String> webauthnCookie(URI uri) {
        CookieHandler cookies = CookieHandler.getDefault();
        if (cookies == null) {
            return Optional.empty();
        }
        try {
            for (String header : cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of())) {
                for (String part : header.split(";")) {
                    String c = part.strip();
                    if (c.startsWith("webauthn=") && c.length() > "webauthn=".length()) {
                        return Optional.of(c.substring("webauthn=".length()));
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("Reading the page cookies failed: {}", e.getMessage());
        }
        return Optional.empty();
    }

    /** Drops a session cookie left from an earlier login in this run, so every login starts fresh. */
    private static void forgetCookie(String url) {
        CookieHandler cookies = CookieHandler.getDefault();
        if (cookies == null) {
            return;
        }
        try {
            cookies.put(URI.create(url), Map.of("Set-Cookie", List.of("webauthn=; Max-Age=0; Path=/")));
        } catch (IOException e) {
            LOG.debug("Clearing the session cookie failed: {}", e.getMessage());
        }
    }
}
