package org.provex.ui.detail;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.ui.detail.ExecutionDetailViewModel.State;

/**
 * The execution detail page: header and findings, then code, inputs, metadata files with their viewer,
 * configuration, sweep nesting and outputs, as cards on one scrollable page. Loading, empty, not-found and
 * failure states show in place of the page.
 */
public final class ExecutionDetailView {

    private final ExecutionDetailViewModel vm;
    private final StackPane root = new StackPane();
    private final VBox empty = placeholder("detailEmpty", Feather.LAYERS, Widgets.M.get("detail.empty.title"));
    private final VBox problem = placeholder("detailProblem", Feather.ALERT_CIRCLE, null);
    /** The page, its cards and the loading state: built when a run is first asked for (see {@link #build}). */
    private ScrollPane scroll;
    private List<Node> realRunCards;
    private VBox loading;

    public ExecutionDetailView(ExecutionDetailViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        empty.getChildren().add(messageLabel());
        problem.getChildren().add(messageLabel());
        root.getChildren().addAll(empty, problem);
        root.setId("executionDetail");
        root.getStyleClass().add("execution-detail");
        root.getStylesheets().add(Objects.requireNonNull(
                ExecutionDetailView.class.getResource("execution-detail.css")).toExternalForm());
        vm.state().addListener((o, a, s) -> showState(s));
        showState(vm.state().get());
    }

    /**
     * The page with its ten cards, made when the first run is loaded rather than with the window: the window opens
     * with no run selected, and the cards' controls (and their first styling pass) were a good part of what the
     * first frame waited for. The view model sets a run's content only after its LOADING state, so every card is in
     * place before the content it shows arrives.
     */
    private void build() {
        HeaderSection header = new HeaderSection(vm);
        FindingsSection findings = new FindingsSection(vm);
        realRunCards = List.of(new ReadinessSection(vm.readiness()).root(), new CodeSection(vm).root(),
                new InputsSection(vm).root(),
                new FilesSection(vm).root(), new ConfigurationSection(vm).root());
        VBox page = new VBox(14, header.root(), findings.root(), new SummarySection(vm).root());
        page.getChildren().addAll(realRunCards);
        page.getChildren().addAll(new NestingSection(vm).root(), new OutputsSection(vm).root());
        page.getStyleClass().add("detail-content");
        page.setFillWidth(true);
        page.setMinWidth(0);    // the page takes the pane's width; its cards reflow (see Widgets.card)
        scroll = new ScrollPane(page);
        scroll.setId("detailScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("detail-page", Tweaks.EDGE_TO_EDGE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("detailProgress");
        spinner.setPrefSize(36, 36);
        loading = new VBox(12, spinner, messageLabel());
        loading.setId("detailLoading");
        loading.setAlignment(Pos.CENTER);
        root.getChildren().addAll(0, List.of(scroll, loading));
        vm.content().addListener((o, a, c) -> {
            if (c != null) {
                realRunCards.forEach(n -> Widgets.show(n, !c.header().sentinel()));
                scroll.setVvalue(0);
            }
        });
    }

    /** The view's node, to place in a window or a split pane. */
    public Node root() {
        return root;
    }

    private void showState(State s) {
        if (scroll == null && s != State.EMPTY) {
            build();
        }
        if (scroll != null) {
            Widgets.show(scroll, s == State.LOADED);
            Widgets.show(loading, s == State.LOADING);
        }
        Widgets.show(empty, s == State.EMPTY);
        Widgets.show(problem, s == State.NOT_FOUND || s == State.FAILED);
    }

    private Label messageLabel() {
        Label l = Widgets.muted("");
        l.textProperty().bind(vm.message());
        l.setAlignment(Pos.CENTER);
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        l.setMaxWidth(420);
        l.setId(null);
        return l;
    }

    private static VBox placeholder(String id, Feather icon, String title) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("placeholder-icon");
        VBox box = new VBox(10, glyph);
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add(Styles.TITLE_3);
            box.getChildren().add(t);
        }
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("detail-placeholder");
        return box;
    }
}
