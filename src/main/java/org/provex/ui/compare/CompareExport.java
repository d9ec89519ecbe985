package org.provex.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.provex.core.diff.Comparison;
import org.provex.core.diff.PreparedComparison;
import org.provex.core.diff.RowFilter;
import org.provex.core.diff.RunRef;
import org.provex.core.diff.export.Citations;
import org.provex.core.diff.export.HtmlReport;
import org.provex.core.diff.export.MarkdownReport;
import org.provex.core.io.SafeFiles;
import org.provex.ui.common.Errors;
import org.provex.ui.common.Messages;
import org.provex.ui.common.ViewContext;

/**
 * Markdown and self-contained HTML reports of a comparison, saved through a file chooser or copied. Reports are
 * always made from the masked comparison, even while the window shows revealed secrets: a file or the clipboard
 * travels further than the screen (the CLI's {@code --reveal-secrets} is the deliberate way to export them).
 */
final class CompareExport {

    enum Format {
        MARKDOWN("md", "export.markdown.kind"), HTML("html", "export.html.kind");

        final String extension;
        final String kindKey;

        Format(String extension, String kindKey) {
            this.extension = extension;
            this.kindKey = kindKey;
        }
    }

    /** What a report is made from, captured on the FX thread. */
    record Request(PreparedComparison masked, int baselineIndex, RowFilter filter, Citations citations) {

        Comparison comparison() {
            return masked.against(baselineIndex);
        }

        String render(Format format) {
            Comparison c = comparison();
            return format == Format.HTML ? HtmlReport.render(c, filter, citations)
                    : MarkdownReport.render(c, filter, citations);
        }
    }

    private final ViewContext ctx;
    private final Messages msg;
    private final java.util.function.Consumer<String> window;

    /** @param window shows a result in the comparison window itself, where the person clicked Export */
    CompareExport(ViewContext ctx, Messages msg, java.util.function.Consumer<String> window) {
        this.ctx = ctx;
        this.msg = msg;
        this.window = window;
    }

    private void info(String text) {
        window.accept(text);
        ctx.notifications().info(text);
    }

    private void error(Throwable e) {
        String text = msg.get("error.export", Errors.message(e));
        window.accept(text);
        ctx.notifications().error(text);
    }

    void save(Request request, List<RunRef> runs, Format format) {
        RunRef baseline = runs.get(request.baselineIndex());
        String suggested = "provex-compare-" + baseline.rid().value()
                + (runs.size() == 2 ? "-" + runs.get(1 - request.baselineIndex()).rid().value()
                : "-and-" + (runs.size() - 1) + "-more") + "." + format.extension;
        ctx.dialogs().chooseSaveFile(msg.get("export.title"), suggested, msg.get(format.kindKey), format.extension)
                .ifPresent(path -> write(request, format, path));
    }

    void copyMarkdown(Request request) {
        ctx.tasks().task(msg.get("task.copy"), c -> request.render(Format.MARKDOWN))
                .onSuccess(text -> {
                    ctx.dialogs().copyToClipboard(text);
                    info(msg.get("copied"));
                })
                .onError(this::error)
                .start();
    }

    private void write(Request request, Format format, Path path) {
        ctx.tasks().task(msg.get("task.export", path.getFileName()), c -> {
            writeAtomically(path, request.render(format));
            return path;
        }).onSuccess(p -> info(msg.get("exported", p)))
                .onError(this::error)
                .start();
    }

    /** Written beside the target and moved into place, so a failed write leaves no half file. */
    static void writeAtomically(Path target, String text) {
        try {
            SafeFiles.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + " (" + e.getMessage()
                    + "); check that the folder exists and is writable.", e);
        }
    }
}
