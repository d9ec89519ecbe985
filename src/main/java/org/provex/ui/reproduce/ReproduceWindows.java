package org.provex.ui.reproduce;

import static org.provex.ui.reproduce.WizardParts.M;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.provex.core.model.Rid;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.ViewContext;

/**
 * Opens the reproduce wizards (one window per wizard, not owned by the main window) and the one reproductions list.
 * A wizard closed while its launch runs stops following it; the launch goes on and the list shows it. The composition
 * root closes every window when the main window closes.
 */
public final class ReproduceWindows {

    private static final double WIZARD_WIDTH = 980;
    private static final double WIZARD_HEIGHT = 760;
    private final ViewContext ctx;
    private final List<Stage> open = new ArrayList<>();
    private Stage list;
    private ReproductionsViewModel listVm;

    public ReproduceWindows(ViewContext ctx) {
        this.ctx = ctx;
    }

    /** Opens a wizard for an execution of the current catalog. */
    public Stage reproduce(Rid execution) {
        ReproduceWizardViewModel vm = new ReproduceWizardViewModel(ctx);
        ReproduceWizardView view = new ReproduceWizardView(vm);
        Stage stage = stage(view.root(), WIZARD_WIDTH, WIZARD_HEIGHT, M.get("wizard.title", execution));
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        view.cancelButton().setOnAction(e -> stage.close());
        stage.setOnHidden(e -> {
            vm.close();
            open.remove(stage);
            if (listVm != null) {
                listVm.refresh();
            }
        });
        open.add(stage);
        vm.open(execution);
        stage.show();
        return stage;
    }

    /** Shows the reproductions list (one window, brought to the front when open). */
    public Stage showReproductions() {
        if (list == null) {
            listVm = new ReproductionsViewModel(ctx);
            ReproductionsView view = new ReproductionsView(listVm);
            list = stage(view.root(), 1100, 640, M.get("list.title"));
            list.setMinWidth(640);
            list.setMinHeight(400);
            list.setOnHidden(e -> listVm.close());
        }
        listVm.refresh();
        list.show();
        list.toFront();
        return list;
    }

    /** The wizard windows now open. */
    public List<Stage> wizards() {
        return List.copyOf(open);
    }

    /** Closes every wizard and the list (the main window is closing). */
    public void closeAll() {
        List.copyOf(open).forEach(Stage::close);
        if (list != null) {
            list.close();
        }
    }

    private static Stage stage(Parent root, double width, double height, String title) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = new Stage();
        stage.setScene(new Scene(root, Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight())));
        AppIcon.apply(stage);
        stage.setTitle(title);
        return stage;
    }
}
