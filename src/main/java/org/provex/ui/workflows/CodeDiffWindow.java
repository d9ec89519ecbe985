package org.provex.ui.workflows;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.provex.core.reproduce.code.WorkflowCodeDiff;
import org.provex.ui.common.AppIcon;
import org.provex.ui.common.DiffStyles;
import org.provex.ui.common.FocusStyles;
import org.provex.ui.common.Messages;
import org.provex.ui.common.WindowKeys;

/** A window with the unified diff between two versions of a workflow's file; Esc or Ctrl+W closes it. */
final class CodeDiffWindow {

    private static final Messages TEXT = Messages.of(CodeDiffWindow.class);

    private CodeDiffWindow() {
    }

    static Stage show(Window owner, WorkflowCodeDiff.Result diff) {
        CodeArea code = new CodeArea();
        code.setId("codeDiffText");
        code.setEditable(false);
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        String text = diff.diff().identical() ? TEXT.get("codeDiff.same") : diff.unified();
        code.replaceText(text);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            code.setParagraphStyle(i, style(lines.get(i)));
        }
        code.moveTo(0);
        Label summary = new Label(TEXT.get("codeDiff.summary", shortCommit(diff.older().commit()),
                shortCommit(diff.newer().commit()), diff.diff().addedLines(), diff.diff().removedLines(),
                diff.repository()));
        summary.setId("codeDiffSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        BorderPane root = new BorderPane(new VirtualizedScrollPane<>(code));
        root.setTop(summary);
        BorderPane.setMargin(summary, new Insets(8, 12, 8, 12));
        root.setId("codeDiffView");
        DiffStyles.apply(root);
        root.getStylesheets().add(CodeDiffWindow.class.getResource("code-diff.css").toExternalForm());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1000, screen.getWidth()), Math.min(760, screen.getHeight()));
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.setTitle(TEXT.get("codeDiff.title", diff.newer().path()));
        stage.initOwner(owner);
        AppIcon.apply(stage);
        WindowKeys.closeWithKeys(stage);
        FocusStyles.apply(scene);
        stage.show();
        code.requestFocus();
        return stage;
    }

    private static Collection<String> style(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return List.of(DiffStyles.FILE);
        }
        if (line.startsWith("@@")) {
            return List.of(DiffStyles.HUNK);
        }
        if (line.startsWith("+")) {
            return List.of(DiffStyles.ADDED);
        }
        return line.startsWith("-") ? List.of(DiffStyles.REMOVED) : List.of();
    }

    private static String shortCommit(String commit) {
        return commit.substring(0, Math.min(10, commit.length()));
    }
}
