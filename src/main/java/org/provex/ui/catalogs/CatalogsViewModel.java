package org.provex.ui.catalogs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.provex.core.catalog.http.AuthnSession;
import org.provex.core.catalog.http.CatalogException;
import org.provex.core.catalog.http.CatalogLocation;
import org.provex.core.live.CatalogService;
import org.provex.core.model.Snaptime;
import org.provex.core.workspace.Workspace;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskSlot;
import org.provex.ui.common.ViewContext;
import org.provex.ui.login.LoginViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog commands of the window and what the status bar says about the open catalog's server: add (through
 * {@link AddCatalogViewModel}), remove, sync now and download all files (through {@link SyncViewModel}), log in and
 * out, and the connection badge. The badge comes from a cheap background check of the catalog's snapshot whenever a
 * live catalog is opened (or the badge is clicked) and from the result of the last sync; browsing never waits for it.
 */
public final class CatalogsViewModel {

    /** What one connection check found. */
    record Check(Snaptime remote, Optional<AuthnSession> who) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CatalogsViewModel.class);
    private final Messages msg = Messages.of(CatalogsViewModel.class);
    private final DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final ViewContext ctx;
    private final CatalogService service;
    private final CatalogShell shell;
    private final SyncViewModel sync;
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyBooleanWrapper notSynced = new ReadOnlyBooleanWrapper(this, "notSynced");
    private final ReadOnlyStringWrapper host = new ReadOnlyStringWrapper(this, "host", "");
    private final ReadOnlyObjectWrapper<Connection> connection =
            new ReadOnlyObjectWrapper<>(this, "connection", Connection.NONE);
    private final ReadOnlyStringWrapper connectionDetail = new ReadOnlyStringWrapper(this, "connectionDetail", "");
    private final ReadOnlyStringWrapper user = new ReadOnlyStringWrapper(this, "user", "");
    private final ReadOnlyBooleanWrapper loggedIn = new ReadOnlyBooleanWrapper(this, "loggedIn");
    private final TaskSlot checking;

    public CatalogsViewModel(ViewContext ctx, CatalogShell shell) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.service = ctx.catalogs();
        this.shell = Objects.requireNonNull(shell, "shell");
        this.checking = ctx.tasks().slot();
        this.sync = new SyncViewModel(ctx, shell, this);
        ChangeListener<Object> changed = (o, was, now) -> refresh();
        shell.catalog().addListener(changed);
        ctx.session().addListener(changed);
        refresh();
    }

    // ---- state --------------------------------------------------------------------------------------

    /** The catalog chosen in the window (it may have no session yet). */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True when the chosen catalog is an added one (not the demo). */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** True when the chosen catalog is an added one whose cache holds nothing yet: the window offers Sync now. */
    public ReadOnlyBooleanProperty notSyncedProperty() {
        return notSynced.getReadOnlyProperty();
    }

    /** The chosen live catalog's host, or empty. */
    public ReadOnlyStringProperty hostProperty() {
        return host.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** The badge text: "Offline demo", "Online", "Offline (cached)", "Changes available", ... */
    public StringBinding connectionText() {
        return Bindings.createStringBinding(() -> connection.get() == Connection.NONE ? ""
                : msg.get(connection.get().key()), connection);
    }

    /** What the badge's tooltip explains: when it was checked, both snapshots, or why the server did not answer. */
    public ReadOnlyStringProperty connectionDetailProperty() {
        return connectionDetail.getReadOnlyProperty();
    }

    /** Who is logged in to the chosen catalog's host ("Test User (test@example.org)"), or empty. */
    public ReadOnlyStringProperty userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loggedInProperty() {
        return loggedIn.getReadOnlyProperty();
    }

    public SyncViewModel sync() {
        return sync;
    }


    // ---- commands -----------------------------------------------------------------------------------

    /** A fresh add-catalog form; an added catalog is opened (and synced when the form asks for it). */
    public AddCatalogViewModel newAddForm() {
        return new AddCatalogViewModel(ctx.tasks(), ctx.workspace(), service, this::added);
    }

    private void added(String name, boolean syncNow) {
        ctx.notifications().info(msg.get("added", name));
        shell.catalogsChanged();
        shell.open(name);
        if (syncNow) {
            sync.syncNow();
        }
    }

    /** Asks the chosen catalog's server again (clicking the badge). */
    public void checkConnection() {
        String name = current.get();
        checking.cancel();
        if (!service.isLive(name)) {
            connection.set(name == null ? Connection.NONE : Connection.DEMO);
            connectionDetail.set(name == null ? "" : msg.get("connection.demo.detail"));
            user.set("");
            loggedIn.set(false);
            return;
        }
        connection.set(Connection.CHECKING);
        connectionDetail.set(msg.get("connection.checking.detail", host.get()));
        checking.task(msg.get("task.check", name), c -> new Check(service.catalogSnaptime(name), whoami(name)))
                .onSuccess(this::answered)
                .onError(this::unreachable)
                .start();
    }

    private Optional<AuthnSession> whoami(String name) {
        try {
            return service.whoami(name);
        } catch (java.io.IOException e) {
            LOG.debug("who is logged in to {} could not be asked: {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    private void answered(Check check) {
        user.set(check.who().map(AuthnSession::describe).orElse(""));
        loggedIn.set(check.who().isPresent());
        caughtUp(check.remote(), cachedSnaptime());
    }

    /** The server answered with {@code remote}; the cache reflects {@code cached} (null: nothing yet). */
    void caughtUp(Snaptime remote, Snaptime cached) {
        boolean changes = cached == null || remote.compareTo(cached) > 0;
        connection.set(changes ? Connection.CHANGES : Connection.ONLINE);
        String at = clock.format(Instant.now());
        connectionDetail.set(changes ? msg.get("connection.changes.detail", at, remote,
                cached == null ? msg.get("connection.nothing") : cached)
                : msg.get("connection.online.detail", at, remote));
    }

    /** The server could not be asked, or refused: the badge says why, in its own words. */
    void unreachable(Throwable e) {
        Throwable t = Errors.unwrap(e);
        connection.set(t instanceof CatalogException.Offline ? Connection.OFFLINE
                : t instanceof CatalogException.NotAuthenticated || t instanceof CatalogException.Forbidden
                ? Connection.LOGIN : Connection.ERROR);
        connectionDetail.set(Errors.message(t));
    }

    /** The login window stored a login for the chosen catalog's host. */
    public void loggedIn(AuthnSession session) {
        user.set(session.describe());
        loggedIn.set(true);
        ctx.notifications().info(msg.get("login.done", host.get(), session.describe()));
        checkConnection();
    }

    /** Where the login window should go: the chosen catalog's server ({@code https://host[:port]}). */
    public Optional<String> loginTarget() {
        return service.location(current.get()).map(CatalogLocation::origin);
    }

    /** A login to the chosen catalog's server for the login window; empty for the demo. */
    public Optional<LoginViewModel> newLogin() {
        return loginTarget().map(target -> LoginViewModel.of(target, service, ctx.tasks()));
    }

    /** Ends the login to the chosen catalog's host and forgets it. */
    public void logout() {
        String name = current.get();
        if (!service.isLive(name)) {
            return;
        }
        String server = host.get();
        ctx.tasks().task(msg.get("task.logout", server), c -> service.logout(name))
                .onSuccess(ended -> {
                    user.set("");
                    loggedIn.set(false);
                    ctx.notifications().info(msg.get("logout.done", server));
                    checkConnection();
                })
                .onError(e -> ctx.notifications().error(msg.get("logout.failed", server, Errors.message(e))))
                .start();
    }

    /** Removes the chosen catalog and its cache after asking; the window goes back to the demo first. */
    public void removeCurrent() {
        String name = current.get();
        if (!service.isLive(name) || sync.busyProperty().get()) {
            return;
        }
        if (!ctx.dialogs().confirm(msg.get("remove.title"), msg.get("remove.confirm", name))) {
            return;
        }
        CatalogSession open = ctx.session().get();
        if (open != null && open.name().equals(name)) {
            // its cache is deleted only once no pane reads it any more
            ctx.session().addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends CatalogSession> o,
                                    CatalogSession was, CatalogSession now) {
                    ctx.session().removeListener(this);
                    delete(name, open);
                }
            });
            shell.open(Workspace.DEMO);
        } else {
            shell.open(Workspace.DEMO);
            delete(name, null);
        }
    }

    private void delete(String name, CatalogSession open) {
        ctx.tasks().task(msg.get("task.remove", name), c -> {
            if (open != null) {
                open.db().close();
            }
            service.remove(name);
            return null;
        }).onSuccess(v -> ctx.notifications().info(msg.get("remove.done", name)))
                .onError(e -> ctx.notifications().error(msg.get("remove.failed", name, Errors.message(e))))
                .andFinally(shell::catalogsChanged)
                .start();
    }

    // ---- reacting to the window ------------------------------------------------------------------------

    private void refresh() {
        String name = shell.catalog().getValue();
        boolean isLive = service.isLive(name);
        boolean changedCatalog = !Objects.equals(name, current.get());
        current.set(name);
        live.set(isLive);
        host.set(isLive ? service.location(name).map(CatalogLocation::host).orElse("") : "");
        CatalogSession s = ctx.session().get();
        if (s == null) {
            notSynced.set(isLive);
        } else if (s.name().equals(name)) {
            notSynced.set(isLive && s.meta().isEmpty());
        }
        if (changedCatalog) {
            user.set("");
            loggedIn.set(false);
        }
        if (s == null || s.name().equals(name)) {
            checkConnection();
        }
    }

    /** The snapshot the open session of the chosen catalog reflects, or null. */
    Snaptime cachedSnaptime() {
        CatalogSession s = ctx.session().get();
        return s != null && s.name().equals(current.get()) ? s.meta().snaptime() : null;
    }

    CatalogShell shell() {
        return shell;
    }
}
