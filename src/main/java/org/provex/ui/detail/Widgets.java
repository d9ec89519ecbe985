package org.provex.ui.detail;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.model.ExecutionStatus;
import org.provex.core.model.Rid;
import org.provex.ui.common.Messages;

/** Small building blocks shared by the sections: cards, labels, RID links, status badges, tags. */
final class Widgets {

    static final Messages M = Messages.of(Widgets.class);

    private Widgets() {
    }

    /** A titled card; the body nodes are stacked below the title. */
    static VBox card(String id, Ikon icon, String title, Node... body) {
        Label heading = new Label(title, new FontIcon(icon));
        heading.getStyleClass().addAll("detail-card-title", Styles.TITLE_4);
        VBox card = new VBox(heading);
        card.getChildren().addAll(body);
        card.getStyleClass().add("detail-card");
        card.setId(id);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMinWidth(0);    // a narrow detail pane reflows the card's content instead of clipping the card
        return card;
    }

    /** A sub-heading inside a card. */
    static Label subheading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("detail-subheading", Styles.TEXT_BOLD);
        return l;
    }

    /** Text that wraps instead of being cut; {@code mono} for hashes, paths, versions. */
    static Label text(String value, boolean mono) {
        Label l = new Label(value == null ? "" : value);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (mono) {
            l.getStyleClass().add("mono");
        }
        return l;
    }

    static Label muted(String value) {
        Label l = text(value, false);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    /** A muted caption under a value. */
    static Label note(String value) {
        Label l = text(value, false);
        l.getStyleClass().addAll("detail-note", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    /**
     * A hash, version, path or URL: one line that never breaks inside the token; when the pane is too narrow it is
     * shortened in the middle (both ends stay recognisable) and the tooltip holds it whole.
     */
    static Label token(String value) {
        Label l = new Label(value == null ? "" : value);
        l.getStyleClass().add("mono");
        l.setWrapText(false);
        l.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        l.setMinWidth(0);
        if (value != null && !value.isEmpty()) {
            l.setTooltip(new Tooltip(value));
        }
        return l;
    }

    /** A value that can be copied from its context menu; {@code mono} values are {@link #token tokens}. */
    static Label copyable(String value, boolean mono, Consumer<String> copy) {
        return copyable(value, value, mono, copy);
    }

    /** Shows {@code display}; the context menu copies {@code value}. */
    static Label copyable(String display, String value, boolean mono, Consumer<String> copy) {
        Label l = mono ? token(display) : text(display, false);
        MenuItem item = new MenuItem(M.get("actions.copy"), new FontIcon(Feather.COPY));
        item.setOnAction(e -> copy.accept(value));
        l.setContextMenu(new ContextMenu(item));
        return l;
    }

    /** A link to a record in Provex. */
    static Hyperlink link(String text, String id, Runnable action) {
        Hyperlink h = new Hyperlink(text);
        h.setId(id);
        h.setOnAction(e -> action.run());
        h.setMinWidth(Region.USE_PREF_SIZE);
        h.setFocusTraversable(true);
        return h;
    }

    /**
     * A control id for a record, e.g. {@code inputVersion_1_AQA6}: CSS selectors read {@code -1} as a number, so
     * the RID's hyphens become underscores.
     */
    static String id(String prefix, Rid rid) {
        return prefix + "_" + rid.value().replaceAll("[^A-Za-z0-9_]", "_");
    }

    static Hyperlink ridLink(Rid rid, String id, Runnable action) {
        Hyperlink h = link(rid.value(), id, action);
        h.getStyleClass().add("mono");
        return h;
    }

    /** Status with colour and text: an icon and the catalog term on a tinted pill. */
    static Label status(String text, ExecutionStatus.Phase phase) {
        Label l = new Label(text, new FontIcon(switch (phase) {
            case SUCCEEDED -> Feather.CHECK_CIRCLE;
            case FAILED -> Feather.X_CIRCLE;
            case ACTIVE -> Feather.CLOCK;
            case DONE -> Feather.STOP_CIRCLE;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        }));
        l.getStyleClass().addAll("status-badge", "status-" + phase.name().toLowerCase(java.util.Locale.ROOT));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A small pill such as "dev" or "uncommitted changes"; kinds: warning, danger, accent, neutral. */
    static Label tag(String text, String kind, String tooltip) {
        Label l = new Label(text);
        l.getStyleClass().addAll("detail-tag", "tag-" + kind);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (tooltip != null) {
            l.setTooltip(new Tooltip(tooltip));
        }
        return l;
    }

    static HBox row(double spacing, Node... nodes) {
        HBox box = new HBox(spacing, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
