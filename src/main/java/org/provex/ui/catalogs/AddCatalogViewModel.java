package org.provex.ui.catalogs;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.live.CatalogManager;
import org.provex.core.live.CatalogService;
import org.provex.core.settings.Settings.CatalogEntry;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.login.LoginViewModel;

/**
 * The Add catalog form: a server (host, {@code https://host:port}, or a Chaise, {@code /id/} or ERMrest link), the
 * catalog id or alias (not needed with a link) and an optional name. What can be checked without the network is
 * checked at once; then, in the background, the catalog must answer and be a deriva-ml catalog before it is saved.
 * A catalog that needs a login offers Log in; after a login the form tries again.
 */
public final class AddCatalogViewModel {

    private final Messages msg = Messages.of(AddCatalogViewModel.class);
    private final TaskRunner tasks;
    private final Workspace workspace;
    private final CatalogService service;
    private final BiConsumer<String, Boolean> onAdded;
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty catalogId = new SimpleStringProperty(this, "catalogId", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty syncNow = new SimpleBooleanProperty(this, "syncNow", true);
    private final ReadOnlyStringWrapper defaultName = new ReadOnlyStringWrapper(this, "defaultName", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loginNeeded = new ReadOnlyBooleanWrapper(this, "loginNeeded");
    private final ReadOnlyStringWrapper loginTarget = new ReadOnlyStringWrapper(this, "loginTarget", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final BooleanBinding canSubmit;
    private final TaskSlot check;

    /** @param onAdded told the saved name and whether to sync it now, on the FX thread */
    AddCatalogViewModel(TaskRunner tasks, Workspace workspace, CatalogService service,
                        BiConsumer<String, Boolean> onAdded) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.check = tasks.slot();
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.service = Objects.requireNonNull(service, "service");
        this.onAdded = Objects.requireNonNull(onAdded, "onAdded");
        canSubmit = Bindings.createBooleanBinding(() -> !server.get().isBlank() && !busy.get() && !done.get(),
                server, busy, done);
        server.addListener((o, was, now) -> edited());
        catalogId.addListener((o, was, now) -> edited());
        name.addListener((o, was, now) -> error.set(""));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty catalogIdProperty() {
        return catalogId;
    }

    /** The name in Provex; blank means {@link #defaultNameProperty()}. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Sync the catalog as soon as it is added (on by default). */
    public BooleanProperty syncNowProperty() {
        return syncNow;
    }

    /** The name used when none is typed ({@code host[-port]-id}), or empty while the address is incomplete. */
    public ReadOnlyStringProperty defaultNameProperty() {
        return defaultName.getReadOnlyProperty();
    }

    /** What is wrong, in words a person can act on; empty when nothing is. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the catalog is being checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the catalog asked for a login: the form offers Log in for {@link #loginTargetProperty()}. */
    public ReadOnlyBooleanProperty loginNeededProperty() {
        return loginNeeded.getReadOnlyProperty();
    }

    /** The server to log in to ({@code https://host[:port]}). */
    public ReadOnlyStringProperty loginTargetProperty() {
        return loginTarget.getReadOnlyProperty();
    }

    /** True once the catalog is saved: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }


    /** A login to the server that asked for one ({@link #loginTargetProperty()}), for the login window. */
    LoginViewModel newLogin() {
        return LoginViewModel.of(loginTarget.get(), service, tasks);
    }

    /** Checks the form, then the catalog in the background, and saves it when both are fine. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        error.set("");
        loginNeeded.set(false);
        CatalogLocation location;
        String chosen;
        try {
            location = location();
            chosen = name.get().isBlank() ? CatalogManager.defaultName(location) : name.get().strip();
            checkUnique(location, chosen);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        check.task(msg.get("task.add", location.describe()), c -> service.add(location, chosen))
                .onSuccess(added -> {
                    done.set(true);
                    onAdded.accept(added.entry().name(), syncNow.get());
                })
                .onError(e -> failed(location, e))
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** The login window stored a login for the server: try again. */
    public void loggedIn() {
        loginNeeded.set(false);
        submit();
    }

    /** The dialog closes: a check in flight is dropped. */
    public void cancel() {
        check.cancel();
        busy.set(false);
    }

    private void failed(CatalogLocation location, Throwable e) {
        Throwable t = Errors.unwrap(e);
        error.set(Errors.message(t));
        if (t instanceof CatalogException.NotAuthenticated || t instanceof CatalogException.Forbidden) {
            loginTarget.set(location.origin());
            loginNeeded.set(true);
        }
    }

    private void edited() {
        error.set("");
        loginNeeded.set(false);
        try {
            defaultName.set(CatalogManager.defaultName(location()));
        } catch (IllegalArgumentException e) {
            defaultName.set("");
        }
    }

    /** The catalog the form names; an IllegalArgumentException says what to fix. */
    CatalogLocation location() {
        String where = server.get().strip();
        String id = catalogId.get().strip();
        if (where.isEmpty()) {
            throw new IllegalArgumentException(msg.get("add.error.server"));
        }
        if (!id.isEmpty()) {
            return CatalogLocation.of(where, id);
        }
        String lower = where.toLowerCase(Locale.ROOT);
        if (lower.contains("/chaise/") || lower.contains("/id/") || lower.contains("/ermrest/")) {
            return CatalogLocation.parse(where);
        }
        throw new IllegalArgumentException(msg.get("add.error.id"));
    }

    private void checkUnique(CatalogLocation location, String chosen) {
        if (Workspace.DEMO.equals(chosen) || workspace.settings().catalog(chosen).isPresent()) {
            throw new IllegalArgumentException(msg.get("add.error.name", chosen));
        }
        for (CatalogEntry e : workspace.settings().catalogs()) {
            CatalogLocation other = CatalogLocation.of(e.baseUrl(), e.catalog());
            if (other.origin().equalsIgnoreCase(location.origin()) && other.catalogId().equals(location.catalogId())) {
                throw new IllegalArgumentException(msg.get("add.error.twice", location.describe(), e.name()));
            }
        }
    }
}
