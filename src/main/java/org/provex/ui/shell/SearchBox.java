package org.provex.ui.shell;

import atlantafx.base.controls.CustomTextField;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.common.Messages;

/**
 * The search field and its results popup: results appear as one types, the first highlighted; the keyboard stays in
 * the field, where Up and Down move the highlight, Enter opens the highlighted result (or, before the results are
 * in, the first of them) and Escape closes them. The list never takes the keyboard: a popup's scene receives the
 * keys typed in its owner window first, so a focused list would act on them as well as (or instead of) the field.
 */
final class SearchBox {

    /** The prompts from the longest to the shortest; the last one is used however narrow the field. */
    private static final String[] PROMPTS = {"search.prompt", "search.prompt.medium", "search.prompt.short",
        "search.prompt.shortest"};
    /** Room the field keeps around its text besides its insets and icon (the icon's gap, the caret). */
    private static final double PROMPT_MARGIN = 8;
    private final Messages msg = Messages.of(SearchBox.class);
    private final SearchViewModel vm;
    private final CustomTextField field = new CustomTextField();
    private final ListView<SearchResult> list = new ListView<>();
    private final Popup popup = new Popup();

    SearchBox(SearchViewModel vm) {
        this.vm = vm;
        field.setId("searchField");
        field.setTooltip(new Tooltip(msg.get("search.prompt")));
        field.widthProperty().addListener((o, was, now) -> fitPrompt());
        field.fontProperty().addListener((o, was, now) -> fitPrompt());
        fitPrompt();
        field.setAccessibleText(msg.get("search.accessible"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setPrefColumnCount(34);
        field.textProperty().bindBidirectional(vm.queryProperty());
        // results follow the typing without taking the keyboard; the field's keys steer them
        field.setOnAction(e -> vm.enter(popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                if (popup.isShowing()) {
                    move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.ESCAPE && vm.showingResultsProperty().get()) {
                vm.dismiss();
                e.consume();
            }
        });
        buildList();
        vm.showingResultsProperty().addListener((o, was, now) -> {
            if (now) {
                showPopup();
            } else {
                popup.hide();
            }
        });
        popup.setOnAutoHide(e -> vm.dismiss());
    }

    Node node() {
        return field;
    }

    /**
     * The longest prompt that fits the field as wide as it is now: on a narrow window the field gives way to the
     * controls beside it, and a prompt cut mid-word ("Search: t") says less than a short one ("Search (Ctrl+K)").
     */
    private void fitPrompt() {
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset() - PROMPT_MARGIN
                - (field.getLeft() == null ? 0 : field.getLeft().prefWidth(-1));
        String chosen = null;
        for (String key : PROMPTS) {
            chosen = msg.get(key);
            Text measure = new Text(chosen);
            measure.setFont(field.getFont());
            if (field.getWidth() <= 0 || measure.getLayoutBounds().getWidth() <= room) {
                break;
            }
        }
        field.setPromptText(chosen);
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void buildList() {
        list.setId("searchResults");
        list.setAccessibleText(msg.get("search.results"));
        list.setItems(vm.results());
        list.setCellFactory(l -> new ResultCell());
        list.setPrefWidth(460);
        list.getStyleClass().add("search-results");
        vm.results().addListener((ListChangeListener<SearchResult>) c -> {
            list.setPrefHeight(Math.min(8, Math.max(1, vm.results().size())) * 52.0 + 4);
            if (!vm.results().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        // never the popup's focus owner (neither by a click nor as its first control): the keys typed in the field
        // reach that focus owner first, and a list holding them would act on Enter and the arrows before the field
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(list);
        box.getStyleClass().add("search-popup");
        box.getStylesheets().add(SearchBox.class.getResource("shell.css").toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);   // the field's Escape closes them, through the view model
    }

    private void showPopup() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        list.setPrefWidth(Math.max(460, b.getWidth()));
        popup.show(field, b.getMinX(), b.getMaxY() + 2);
    }

    /** Moves the highlight by {@code step} results, staying on the first or the last. */
    private void move(int step) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int at = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + step));
        list.getSelectionModel().select(at);
        list.scrollTo(Math.max(0, at - 2));
    }

    /** A result: title, and a muted detail line. */
    private static final class ResultCell extends ListCell<SearchResult> {
        private final Label title = new Label();
        private final Label match = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, new javafx.scene.layout.HBox(8, title, match), detail);

        ResultCell() {
            title.getStyleClass().add("result-title");
            detail.getStyleClass().add("result-detail");
            title.setMinWidth(0);
            match.getStyleClass().add("result-match");
            match.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.setMinWidth(0);
            // as wide as the list, never wider: long texts end in an ellipsis instead of a scroll bar
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchResult r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            title.setText(r.title());
            title.setGraphic(new FontIcon(icon(r.kind())));
            match.setText(r.match());
            match.setVisible(!r.match().isEmpty());
            detail.setText(r.detail());
            detail.setVisible(r.detail() != null && !r.detail().isBlank());
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("message"), !r.openable());
            setGraphic(box);
            setText(null);
        }

        private static Feather icon(SearchResult.Kind kind) {
            return switch (kind) {
                case EXECUTION -> Feather.PLAY_CIRCLE;
                case WORKFLOW -> Feather.GIT_BRANCH;
                case DATASET -> Feather.DATABASE;
                case FILTER_TEXT -> Feather.FILTER;
                case MESSAGE -> Feather.INFO;
            };
        }
    }
}
