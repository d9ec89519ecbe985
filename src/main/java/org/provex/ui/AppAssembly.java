package org.provex.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.provex.core.links.RecordLink;
import org.provex.core.settings.Settings.WindowState;
import org.provex.core.workspace.Workspace;
import org.provex.core.live.CatalogService;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.CatalogSession;
import org.provex.ui.common.FocusStyles;
import org.provex.ui.common.Messages;
import org.provex.ui.common.TaskRunner;
import org.provex.ui.common.ViewContext;
import org.provex.ui.common.WindowBounds;
import org.provex.ui.executions.ExecutionsView;
import org.provex.ui.executions.ExecutionsViewModel;
import org.provex.ui.shell.FeatureViews;
import org.provex.ui.shell.FxDialogService;
import org.provex.ui.shell.MainWindow;
import org.provex.ui.shell.MainWindowViewModel;
import org.provex.ui.shell.ShellNavigator;
import org.provex.ui.shell.StatusNotifications;

/**
 * Wires the window: the services every view model shares (one task runner, dialogs, navigator, status-bar
 * notifications, the workspace, the catalog session and the live-catalog service, all in one {@link ViewContext}),
 * the view models and views, the theme, and the window state kept in the settings. {@link App} builds the
 * services it owns (threads, the HTTP client, the credential file) and hands them in; the UI tests and the
 * screenshots do the same with their own.
 */
public final class AppAssembly {

    private static final double DEFAULT_WIDTH = 1440;
    private static final double DEFAULT_HEIGHT = 900;
    /** Below 1024x640 (the smallest screen Provex is laid out for) with room for window decorations. */
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 560;

    private final Messages msg = Messages.of(MainWindow.class);
    private final ObjectProperty<CatalogSession> session = new SimpleObjectProperty<>(this, "session");
    private final StatusNotifications notifications = new StatusNotifications();
    private final ExecutionsViewModel executions;
    private final MainWindowViewModel shell;
    private final FeatureViews features;
    private final MainWindow window;
    private Stage stage;

    private AppAssembly(Workspace workspace, TaskRunner tasks, Consumer<String> browser, CatalogService live,
                        ReproduceRuntime reproduce, Function<ViewContext, FeatureViews> featureFactory) {
        WindowState saved = workspace.settings().window();
        Themes.apply(saved != null && saved.dark());   // before any view exists
        ShellNavigator navigator = new ShellNavigator(tasks, session, notifications);
        FxDialogService dialogs = new FxDialogService(() -> stage, browser);
        ViewContext ctx = new ViewContext(tasks, dialogs, navigator, notifications, workspace, session, live,
                reproduce);
        executions = new ExecutionsViewModel(ctx);
        shell = new MainWindowViewModel(ctx, session, executions, notifications);
        features = featureFactory.apply(ctx);
        navigator.attach(shell.sectionProperty(), features, executions::reveal);
        window = new MainWindow(shell, new ExecutionsView(executions), features);
        shell.darkProperty().addListener((o, was, dark) -> Themes.apply(dark));
    }

    /**
     * The window with the feature views of this build.
     *
     * @param live      the live catalogs over the process's one HTTP client and the user's credential file
     * @param reproduce the reproduce services and the one launcher of the process
     */
    public static AppAssembly create(Workspace workspace, TaskRunner tasks, Consumer<String> browser,
                                     CatalogService live, ReproduceRuntime reproduce) {
        return new AppAssembly(workspace, tasks, browser, live, reproduce, FeatureWiring::create);
    }

    /** The window with other feature views (tests). */
    public static AppAssembly create(Workspace workspace, TaskRunner tasks, Consumer<String> browser,
                                     CatalogService live, ReproduceRuntime reproduce,
                                     Function<ViewContext, FeatureViews> featureFactory) {
        return new AppAssembly(workspace, tasks, browser, live, reproduce, featureFactory);
    }

    /** Shows the window on a stage, restoring its size, position and dividers, then opens the last catalog. */
    public void show(Stage target) {
        show(target, null);
    }

    /**
     * Shows the window on a stage, restoring its size, position and dividers, then opens the record a link names
     * (see {@link MainWindowViewModel#start(RecordLink)}), or the last catalog when {@code link} is null.
     */
    public void show(Stage target, RecordLink link) {
        this.stage = target;
        WindowState saved = shell.savedWindowState();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // saved bounds come back fitted to the screens there are now (a smaller screen, an unplugged monitor)
        Rectangle2D bounds = saved != null && saved.width() > 200 && saved.height() > 150
                ? WindowBounds.fit(new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height()),
                        Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                        new Rectangle2D(0, 0, MIN_WIDTH, MIN_HEIGHT))
                : null;
        Scene scene = new Scene(window.root(), bounds != null ? bounds.getWidth()
                : Math.min(DEFAULT_WIDTH, screen.getWidth()), bounds != null ? bounds.getHeight()
                : Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        window.installShortcuts(scene);
        FocusStyles.apply(scene);
        target.setScene(scene);
        AppIcon.apply(target);
        target.titleProperty().bind(Bindings.createStringBinding(() -> session.get() == null ? msg.get("app.title")
                : msg.get("app.title.catalog", session.get().name()), session));
        target.setMinWidth(MIN_WIDTH);
        target.setMinHeight(MIN_HEIGHT);
        if (bounds != null) {
            target.setX(bounds.getMinX());
            target.setY(bounds.getMinY());
        }
        if (saved != null) {
            window.restoreDividers(saved.dividers());
            window.restoreColumns(saved.columns());
            target.setMaximized(saved.maximized());
        }
        shell.start(link);    // opens a catalog in the background while the window is styled and laid out
        target.show();
        window.focusSection();
    }

    /** Saves the window state and closes the cache; background work is cancelled, comparison windows closed. */
    public void close() {
        features.close();
        if (stage != null) {
            shell.saveWindowState(new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized(), window.dividerPositions()).withColumns(window.columnChoices()));
        }
        shell.close();
    }

    /** The stage the window is shown on (null before {@link #show}). */
    public Stage stage() {
        return stage;
    }

    public MainWindowViewModel shell() {
        return shell;
    }

    public ExecutionsViewModel executions() {
        return executions;
    }

    public MainWindow window() {
        return window;
    }

    public FeatureViews features() {
        return features;
    }
}
