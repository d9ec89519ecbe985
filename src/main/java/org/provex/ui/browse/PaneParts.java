package org.provex.ui.browse;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The parts the Workflows and Datasets panes share: the title block and the list's loading / empty state. */
public final class PaneParts {

    private PaneParts() {
    }

    /** The pane's title with a muted one-line explanation under it. */
    public static VBox header(String title, String subtitle) {
        Label name = new Label(title);
        name.getStyleClass().add("pane-title");
        Label explanation = new Label(subtitle);
        explanation.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        explanation.setWrapText(true);
        VBox box = new VBox(2, name, explanation);
        box.getStyleClass().add("pane-header");
        box.setStyle("-fx-padding: 8 12 8 12;");
        return box;
    }

    /** What a list shows instead of rows: a spinner while loading, and why it is empty (label {@code id}). */
    public static VBox placeholder(String id, ObservableBooleanValue loading, ObservableStringValue message) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(28, 28);
        progress.visibleProperty().bind(loading);
        progress.managedProperty().bind(loading);
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(message);
        text.setWrapText(true);
        text.getStyleClass().add("empty-state");
        VBox box = new VBox(8, progress, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
