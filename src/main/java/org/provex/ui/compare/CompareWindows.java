package org.provex.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.provex.core.model.Rid;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.FocusStyles;
import org.provex.ui.common.Messages;
import org.provex.ui.common.ViewContext;
import org.provex.ui.common.WindowKeys;

/**
 * Opens each comparison in its own window: a comparison of many runs wants the whole screen, and the main
 * window stays free to browse (a RID link in a comparison shows the run there). Windows are not owned by the
 * main window, so either can be in front; the composition root closes them when the main window closes.
 */
public final class CompareWindows {

    private static final double WIDTH = 1400;
    private static final double HEIGHT = 880;
    private final Messages msg = Messages.of(CompareWindows.class);
    private final ViewContext ctx;
    private final List<Stage> open = new ArrayList<>();

    public CompareWindows(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** Opens a window comparing the runs (two or more; the first is the baseline) and returns it. */
    public Stage open(List<Rid> runs) {
        CompareViewModel vm = new CompareViewModel(ctx);
        CompareView view = new CompareView(vm);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT,
                screen.getHeight()));
        view.installShortcuts(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        WindowKeys.closeWithKeys(stage);
        FocusStyles.apply(scene);
        AppIcon.apply(stage);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setTitle(msg.get("window.title", runs.size(), String.join(", ", runs.stream().limit(4)
                .map(Rid::value).toList()) + (runs.size() > 4 ? ", \u2026" : "")));
        stage.setOnHidden(e -> {
            vm.close();
            open.remove(stage);
        });
        open.add(stage);
        vm.open(runs);
        stage.show();
        view.grid().requestFocus();
        return stage;
    }

    /** The comparison windows now open. */
    public List<Stage> windows() {
        return List.copyOf(open);
    }

    /** Closes every comparison window (the main window is closing). */
    public void closeAll() {
        List.copyOf(open).forEach(Stage::close);
    }
}
