package org.provex.ui.compare;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.diff.Verdict;
import org.provex.ui.common.Messages;

/**
 * The verdict, read first: one headline, then for each run against the baseline whether its inputs, code,
 * configuration and environment are the same, different or unknown (icon, colour and word), with the most
 * telling reasons. Scrolls when many runs are compared.
 */
final class VerdictPane {

    private static final double MAX_HEIGHT = 190;
    private final CompareViewModel vm;
    private final Messages msg;
    private final VBox root = new VBox(6);
    private final VBox runs = new VBox(6);

    VerdictPane(CompareViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        Label title = new Label(msg.get("verdict.title"));
        title.getStyleClass().addAll("verdict-title", Styles.TEXT_SMALL);
        Label headline = new Label();
        headline.setId("verdictHeadline");
        headline.getStyleClass().addAll("verdict-headline", Styles.TITLE_4);
        headline.setWrapText(true);
        headline.textProperty().bind(vm.headlineProperty());
        runs.setId("verdictRuns");
        ScrollPane scroll = new ScrollPane(runs);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("verdict-scroll", "edge-to-edge");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // as tall as the runs need, up to about four runs; more scroll
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(MAX_HEIGHT,
                runs.prefHeight(Math.max(100, scroll.getViewportBounds().getWidth()))),
                runs.heightProperty(), scroll.viewportBoundsProperty(), vm.verdicts()));
        Label notes = new Label();
        notes.setId("verdictNotes");
        notes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        notes.setWrapText(true);
        notes.textProperty().bind(Bindings.createStringBinding(this::notes, vm.secretsRevealedProperty(),
                vm.citationNoteProperty(), vm.summaryProperty()));
        root.getChildren().addAll(title, headline, scroll, notes);
        root.setId("verdictPane");
        root.getStyleClass().add("verdict-pane");
        vm.verdicts().addListener((ListChangeListener<Verdict.RunVerdict>) c -> fill());
        root.visibleProperty().bind(Bindings.isNotEmpty(vm.headlineProperty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }

    private String notes() {
        String secrets = msg.get(vm.secretsRevealedProperty().get() ? "secrets.revealed" : "secrets.masked");
        String links = vm.citationNoteProperty().get().isBlank() ? ""
                : "  " + msg.get("links.none", vm.citationNoteProperty().get());
        return vm.summaryProperty().get() + ". " + secrets + links;
    }

    private void fill() {
        runs.getChildren().clear();
        for (Verdict.RunVerdict v : vm.verdicts()) {
            Hyperlink rid = new Hyperlink(v.run().value());
            rid.setId("verdict-" + v.run().value());
            rid.getStyleClass().add("run-rid");
            rid.setOnAction(e -> vm.openRun(v.run()));
            LazyTooltip.on(rid, msg.get("run.open"));
            rid.setMinWidth(Hyperlink.USE_PREF_SIZE);
            HBox aspects = new HBox(8, rid, aspect(v, "inputs", v.inputs()), aspect(v, "code", v.code()),
                    aspect(v, "configuration", v.configuration()), aspect(v, "environment", v.environment()));
            aspects.setAlignment(Pos.CENTER_LEFT);
            Label reasons = new Label(reasons(v));
            reasons.setId("verdict-" + v.run().value() + "-reasons");
            reasons.getStyleClass().addAll("verdict-reasons", Styles.TEXT_MUTED);
            LazyTooltip.on(reasons, v.line());
            reasons.setWrapText(true);
            reasons.setMinHeight(Label.USE_PREF_SIZE);
            VBox run = new VBox(2, aspects, reasons);
            run.getStyleClass().add("verdict-run");
            runs.getChildren().add(run);
        }
    }

    private Node aspect(Verdict.RunVerdict v, String key, Verdict.Aspect a) {
        Label l = new Label(msg.get("verdict." + key) + ": " + a.answer().label(),
                new FontIcon(CellLook.icon(a.answer())));
        l.setId("verdict-" + v.run().value() + "-" + key);
        l.getStyleClass().addAll("verdict-aspect", CellLook.style(a.answer()));
        l.setMinWidth(Label.USE_PREF_SIZE);
        List<String> why = a.reasons();
        LazyTooltip.on(l, why.isEmpty() ? msg.get("verdict.noReason") : String.join("\n", why));
        return l;
    }

    /**
     * The first reason of each aspect that is not the same: what a person wants to know next; and once, what would
     * bring the evidence that is missing.
     */
    private String reasons(Verdict.RunVerdict v) {
        if (v.allSame()) {
            return msg.get("verdict.allSame");
        }
        StringBuilder b = new StringBuilder();
        java.util.Set<String> fixes = new java.util.LinkedHashSet<>();
        for (Verdict.Aspect a : List.of(v.inputs(), v.code(), v.configuration(), v.environment())) {
            if (!a.same() && !a.reasons().isEmpty()) {
                b.append(b.isEmpty() ? "" : "; ").append(a.reasons().get(0));
            }
            a.fix().ifPresent(fixes::add);
        }
        fixes.forEach(f -> b.append(b.isEmpty() ? "" : "; ").append(f));
        return b.toString();
    }
}
