package org.provex.ui.browse;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.ExecutionStatus;

/** A status as text with a coloured icon whose shape also tells the outcome (colour is never the only cue). */
public final class StatusCell<S> extends TableCell<S, String> {

    private static final List<String> STYLES = List.of("status-active", "status-done", "status-succeeded",
            "status-failed", "status-unknown");

    @Override
    protected void updateItem(String status, boolean empty) {
        super.updateItem(status, empty);
        getStyleClass().removeAll(STYLES);
        if (empty) {
            setText(null);
            setGraphic(null);
            return;
        }
        ExecutionStatus.Phase phase = ExecutionStatus.phaseOf(status);
        setText(ExecutionStatus.displayName(status));
        FontIcon icon = new FontIcon(icon(phase));
        icon.getStyleClass().add("status-icon");
        setGraphic(icon);
        setContentDisplay(ContentDisplay.LEFT);
        getStyleClass().add(BrowseFormat.statusStyle(status));
    }

    static Ikon icon(ExecutionStatus.Phase phase) {
        return switch (phase) {
            case SUCCEEDED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case ACTIVE -> Feather.LOADER;
            case DONE -> Feather.STOP_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }
}
