package org.provex.ui.catalogs;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.ui.common.TaskRunner;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.ui.login.LoginWindow;

/** Opens the login window for a server, owned by the window of a control. */
final class Logins {

    private Logins() {
    }

    /** Log in to the chosen catalog's server. */
    static void show(Node anchor, CatalogsViewModel vm) {
        vm.loginTarget().ifPresent(target -> show(anchor, target, vm.credentials(), vm.tasks(), vm::loggedIn));
    }

    static void show(Node anchor, String target, CredentialFile credentials, TaskRunner tasks,
                     Consumer<AuthnSession> loggedIn) {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        LoginWindow.show(owner, target, credentials, tasks, loggedIn);
    }
}
