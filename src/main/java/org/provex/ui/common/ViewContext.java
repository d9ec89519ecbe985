package org.provex.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.provex.core.workspace.Workspace;

/**
 * What every view model is given by the composition root ({@code App}): the one task runner, dialogs,
 * navigation, status-bar notifications, the workspace (settings) and the current catalog session,
 * which is replaced as a whole when the user picks another catalog (null while none is open).
 */
public record ViewContext(TaskRunner tasks, DialogService dialogs, Navigator navigator, Notifications notifications,
                          Workspace workspace, ReadOnlyObjectProperty<CatalogSession> session) {
}
