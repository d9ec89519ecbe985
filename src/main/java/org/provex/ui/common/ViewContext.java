package org.provex.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.provex.core.live.CatalogService;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.workspace.Workspace;

/**
 * What every view model is given by the composition root ({@code App} through {@code AppAssembly}): the one task
 * runner, dialogs, navigation, status-bar notifications, the workspace (settings), the current catalog session
 * (replaced as a whole when the user picks another catalog; null while none is open) and the services the root
 * owns. View models never build services themselves (no HTTP clients, no credential files, no environment
 * lookups); a new service is a new component here, built once in {@code App}. Views never take services out of
 * a view model: they ask the view model for what they show.
 *
 * @param catalogs  the live catalogs (add, remove, sync, logins, files on demand) over the one HTTP client
 * @param reproduce verification, readiness, plans and the one launcher of reproductions (launches outlive windows)
 */
public record ViewContext(TaskRunner tasks, DialogService dialogs, Navigator navigator, Notifications notifications,
                          Workspace workspace, ReadOnlyObjectProperty<CatalogSession> session,
                          CatalogService catalogs, ReproduceRuntime reproduce) {

    public ViewContext {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(catalogs, "catalogs");
        Objects.requireNonNull(reproduce, "reproduce");
    }
}
