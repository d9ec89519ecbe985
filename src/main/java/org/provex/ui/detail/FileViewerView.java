package org.provex.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.provex.core.formats.EnvironmentSnapshot;
import org.provex.ui.detail.DetailContent.FileRow;

/**
 * The selected metadata file: its text in a read-only code area with line numbers, and for an environment
 * snapshot also its sections, with one toggle that reveals or masks secret values in both.
 */
final class FileViewerView {

    private final FileViewerModel model;
    private final CodeArea code = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> codePane = new VirtualizedScrollPane<>(code);
    private final EnvironmentSectionsView sections;
    private final Label title = Widgets.text("", true);
    private final Label facts = Widgets.note("");
    private final Label message = Widgets.text("", false);
    private final Label maskedNote = Widgets.note(Widgets.M.get("files.masked"));
    private final Label plainNote = Widgets.note(Widgets.M.get("env.plainText"));
    private final ToggleButton reveal = new ToggleButton();
    private final ToggleButton showSections = new ToggleButton(Widgets.M.get("files.tab.sections"));
    private final ToggleButton showText = new ToggleButton(Widgets.M.get("files.tab.text"));
    private final HBox switcher = Widgets.row(0, showSections, showText);
    private final HBox controls = Widgets.row(10, switcher, reveal);
    private final StackPane body = new StackPane();
    private final VBox root;

    FileViewerView(ExecutionDetailViewModel vm) {
        this.model = vm.files();
        this.sections = new EnvironmentSectionsView(model.environment(), vm::copyText);
        code.setId("fileViewer");
        code.setEditable(false);
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.setAccessibleText(Widgets.M.get("files.title"));
        codePane.setPrefHeight(380);
        codePane.setMinHeight(200);
        codePane.getStyleClass().add("file-code");
        Widgets.wheelScrollsPageUntilFocused(codePane, code);
        title.setId("fileViewerTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        message.setId("fileMessage");
        message.getStyleClass().add("file-message");
        maskedNote.setId("maskedNote");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loading());
        configureToggles(vm);
        facts.setId("fileViewerFacts");
        HBox header = Widgets.row(8, new FontIcon(Feather.FILE), title, busy);
        root = new VBox(8, new VBox(2, header, facts), controls, message, plainNote, maskedNote, body);
        root.setId("fileViewerPane");
        root.getStyleClass().add("file-viewer");
        model.selected().addListener((o, a, row) -> selected(row));
        model.text().addListener((o, a, text) -> setText(text));
        model.message().addListener((o, a, m) -> showMessage(m));
        model.masked().addListener((o, a, m) -> Widgets.show(maskedNote, m && !sectionsShown()));
        model.hasSecrets().addListener((o, a, s) -> showControls());
        selected(null);
        showMessage(model.message().get());
    }

    Node root() {
        return root;
    }

    private void configureToggles(ExecutionDetailViewModel vm) {
        reveal.setId("revealSecretsToggle");
        reveal.selectedProperty().bindBidirectional(vm.revealSecrets());
        reveal.textProperty().bind(javafx.beans.binding.Bindings.when(reveal.selectedProperty())
                .then(Widgets.M.get("env.hide")).otherwise(Widgets.M.get("env.reveal")));
        reveal.graphicProperty().bind(javafx.beans.binding.Bindings.when(reveal.selectedProperty())
                .then((Node) new FontIcon(Feather.EYE_OFF)).otherwise(new FontIcon(Feather.EYE)));
        reveal.getStyleClass().addAll(Styles.SMALL, "reveal-toggle");
        ToggleGroup group = new ToggleGroup();
        showSections.setToggleGroup(group);
        showText.setToggleGroup(group);
        showSections.setId("envSectionsToggle");
        showText.setId("envTextToggle");
        showSections.getStyleClass().addAll(Styles.LEFT_PILL, Styles.SMALL);
        showText.getStyleClass().addAll(Styles.RIGHT_PILL, Styles.SMALL);
        showSections.setSelected(true);
        // a pill group keeps one selected: clicking the selected one again does nothing
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                layout(model.selected().get());
            }
        });
    }

    private void selected(FileRow row) {
        title.setText(row == null ? "" : row.name());
        facts.setText(row == null ? "" : String.join("  \u00b7  ", row.types(), row.size(), "MD5 " + row.md5()));
        Widgets.show(facts, row != null);
        boolean env = row != null && row.isEnvironment();
        EnvironmentSnapshot snapshot = model.environment().snapshot().get();
        Widgets.show(switcher, hasSections(row));
        showControls();
        Widgets.show(plainNote, env && snapshot != null && snapshot.isPlainText());
        if (env) {
            showSections.setSelected(hasSections(row));
            showText.setSelected(!hasSections(row));
        }
        layout(row);
    }

    /** The reveal toggle for any file with masked values, the sections/text switch for snapshots. */
    private void showControls() {
        FileRow row = model.selected().get();
        boolean env = row != null && row.isEnvironment();
        Widgets.show(reveal, env || model.hasSecrets().get());
        Widgets.show(controls, env || model.hasSecrets().get());
    }

    private boolean sectionsShown() {
        return hasSections(model.selected().get()) && showSections.isSelected();
    }

    /** Sections exist for a parsed JSON snapshot; a plain-text or unreadable one has only its text. */
    private boolean hasSections(FileRow row) {
        EnvironmentSnapshot snapshot = model.environment().snapshot().get();
        return row != null && row.isEnvironment() && snapshot != null && !snapshot.isPlainText();
    }

    private void layout(FileRow row) {
        boolean sectionsShown = sectionsShown();
        body.getChildren().setAll(sectionsShown ? sections.root() : codePane);
        Widgets.show(body, row != null);
        Widgets.show(maskedNote, !sectionsShown && model.masked().get());
    }

    private void setText(String text) {
        code.replaceText(text == null ? "" : text);
        code.moveTo(0);
        code.showParagraphAtTop(0);
    }

    private void showMessage(String m) {
        message.setText(m == null ? "" : m);
        Widgets.show(message, m != null && !m.isBlank());
        boolean problem = model.selected().get() != null;
        message.getStyleClass().removeAll("file-message-problem");
        if (problem) {
            message.getStyleClass().add("file-message-problem");
        }
    }
}
