package org.provex.ui.browse;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.cache.query.ExecutionRow;
import org.provex.core.model.ExecutionStatus;
import org.provex.ui.common.Messages;

/**
 * A run's status in every table of runs: a pill in the colour of its phase with an icon whose shape also tells the
 * outcome (colour is never the only cue) and the status's name; the status detail in the tooltip; deriva-ml's
 * sentinel run says "Unknown provenance", greyed. The stylesheet is {@link BrowseStyles}'.
 *
 * @param <S> the table's item type (the cell's value is the row itself)
 */
public final class StatusCell<S> extends TableCell<S, ExecutionRow> {

    private static final Messages MSG = Messages.of(StatusCell.class);
    private static final PseudoClass SENTINEL = BrowseStyles.SENTINEL;
    private static final PseudoClass NESTED = PseudoClass.getPseudoClass("nested");
    private final Label pill = new Label();
    private final FontIcon icon = new FontIcon();
    private final Tooltip tip = new Tooltip();

    public StatusCell() {
        pill.getStyleClass().add("status-pill");
        icon.getStyleClass().add("status-icon");
        pill.setGraphic(icon);
        pill.setContentDisplay(ContentDisplay.LEFT);
        setText(null);
    }

    /** A small dot in the colour of a status, for menus. */
    public static Node dot(String term) {
        Circle c = new Circle(5);
        c.getStyleClass().addAll("status-dot", BrowseFormat.statusStyle(term));
        return c;
    }

    @Override
    protected void updateItem(ExecutionRow row, boolean empty) {
        super.updateItem(row, empty);
        pseudoClassStateChanged(SENTINEL, !empty && row != null && row.unknownProvenance());
        pseudoClassStateChanged(NESTED, !empty && row != null && row.parent() != null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        pill.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-pill"));
        if (row.unknownProvenance()) {
            pill.setText(MSG.get("status.sentinel"));
            pill.getStyleClass().add("status-sentinel");
            icon.setIconCode(icon(ExecutionStatus.Phase.UNKNOWN));
            tip.setText(MSG.get("status.sentinel.tooltip"));
            setTooltip(tip);
        } else {
            pill.setText(ExecutionStatus.displayName(row.status()));
            pill.getStyleClass().add(BrowseFormat.statusStyle(row.status()));
            icon.setIconCode(icon(ExecutionStatus.phaseOf(row.status())));
            boolean detail = row.statusDetail() != null && !row.statusDetail().isBlank();
            tip.setText(detail ? row.statusDetail() : null);
            setTooltip(detail ? tip : null);
        }
        setGraphic(pill);
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
