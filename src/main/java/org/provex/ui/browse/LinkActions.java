package org.provex.ui.browse;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;

/**
 * "Open in Chaise" and "Copy citation" for the selected record. When the catalog cannot offer links
 * (the demo) both are disabled and the reason is written under them: a disabled button shows no tooltip.
 */
public final class LinkActions extends VBox {

    private static final Messages TEXT = Messages.of(LinkActions.class);

    /**
     * @param idPrefix  ids become {@code <prefix>ChaiseButton}, {@code <prefix>CitationButton},
     *                  {@code <prefix>LinksReason}
     * @param reason    why links are unavailable, or empty when they work
     * @param noRecord  true while nothing is selected
     */
    public LinkActions(String idPrefix, ObservableStringValue reason, ObservableBooleanValue noRecord,
                       Runnable openInChaise, Runnable copyCitation) {
        BooleanBinding unavailable = Bindings.createBooleanBinding(
                () -> reason.get() != null && !reason.get().isBlank(), reason);
        Button chaise = button(idPrefix + "ChaiseButton", TEXT.get("links.chaise"), Feather.EXTERNAL_LINK,
                openInChaise);
        Button cite = button(idPrefix + "CitationButton", TEXT.get("links.citation"), Feather.COPY, copyCitation);
        chaise.disableProperty().bind(unavailable.or(noRecord));
        cite.disableProperty().bind(unavailable.or(noRecord));
        Label why = new Label();
        why.setId(idPrefix + "LinksReason");
        why.setGraphic(new FontIcon(Feather.INFO));
        why.textProperty().bind(reason);
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "links-reason");
        why.visibleProperty().bind(unavailable);
        why.managedProperty().bind(unavailable);
        HBox buttons = new HBox(8, chaise, cite);
        buttons.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        getChildren().addAll(buttons, why);
        // Nothing selected: nothing to link to, so no disabled buttons cluttering the empty detail.
        visibleProperty().bind(Bindings.createBooleanBinding(() -> !noRecord.get(), noRecord));
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setAccessibleText(text);
        b.getStyleClass().addAll(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }
}
