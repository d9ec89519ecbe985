package org.provex.ui.lineage;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.provex.core.model.Rid;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.Messages;
import org.provex.ui.common.ViewContext;

/**
 * Opens lineage graphs, impact reports and version comparisons each in its own window (a graph wants the whole
 * screen, and the main window stays free to show the records they link to). The windows are not owned by the
 * main window; the composition root closes them when it closes.
 */
public final class LineageWindows {

    private final Messages msg = Messages.of(LineageWindows.class);
    private final ViewContext ctx;
    private final List<Stage> open = new ArrayList<>();

    public LineageWindows(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** A lineage graph window around a record. */
    public Stage openLineage(Rid rid) {
        LineageViewModel vm = new LineageViewModel(ctx);
        LineageView view = new LineageView(vm);
        Stage stage = show(view.root(), msg.get("window.lineage", rid), 1280, 820, vm::close);
        vm.open(rid);
        return stage;
    }

    /** An impact report window for a record. */
    public Stage openImpact(Rid rid) {
        ImpactViewModel vm = new ImpactViewModel(ctx);
        Stage stage = show(new ImpactView(vm).root(), msg.get("window.impact", rid), 1100, 760, vm::close);
        vm.open(rid);
        return stage;
    }

    /** A comparison of two versions of a dataset. */
    public Stage openVersions(Rid dataset, Rid from, Rid to) {
        VersionDiffViewModel vm = new VersionDiffViewModel(ctx);
        Stage stage = show(new VersionDiffView(vm).root(), msg.get("window.versions", dataset), 1000, 720,
                vm::close);
        vm.open(dataset, from, to);
        return stage;
    }

    private Stage show(Parent root, String title, double width, double height, Runnable onClose) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = new Stage();
        stage.setScene(new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight())));
        AppIcon.apply(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.setTitle(title);
        stage.setOnHidden(e -> {
            onClose.run();
            open.remove(stage);
        });
        open.add(stage);
        stage.show();
        return stage;
    }

    /** The windows now open. */
    public List<Stage> windows() {
        return List.copyOf(open);
    }

    /** Closes every window (the main window is closing). */
    public void closeAll() {
        List.copyOf(open).forEach(Stage::close);
    }
}
