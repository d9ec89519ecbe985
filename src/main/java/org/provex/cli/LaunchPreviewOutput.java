package org.provex.cli;

import java.util.Map;
import org.provex.core.reproduce.launch.LaunchPreview;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.plan.LaunchCommand;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What a launch target will do, in the CLI's text and JSON: its command, how it is submitted, the files it writes. */
final class LaunchPreviewOutput {

    private LaunchPreviewOutput() {
    }

    static ObjectNode json(LaunchTarget target, LaunchPreview p) {
        ObjectNode o = JsonViews.F.objectNode();
        o.put("target", target.id());
        o.put("target_label", target.label());
        ArrayNode argv = o.putArray("command");
        p.argv().forEach(argv::add);
        ArrayNode submit = o.putArray("submit");
        p.submit().forEach(submit::add);
        ObjectNode files = o.putObject("files");
        p.files().forEach(files::put);
        ArrayNode details = o.putArray("details");
        for (LaunchPreview.Detail d : p.details()) {
            details.addObject().put("key", d.key()).put("label", d.label()).put("value", d.value())
                    .put("source", d.source());
        }
        ArrayNode notes = o.putArray("notes");
        p.notes().forEach(notes::add);
        return o;
    }

    static String text(LaunchTarget target, LaunchPreview p) {
        StringBuilder out = new StringBuilder("\nLaunch on: ").append(target.label()).append(" (").append(target.id())
                .append(")\n");
        for (LaunchPreview.Detail d : p.details()) {
            out.append("  ").append(TextTable.clean(d.label())).append(": ").append(TextTable.clean(d.value()));
            if (!d.source().isEmpty()) {
                out.append("  (").append(d.source()).append(')');
            }
            out.append('\n');
        }
        for (String n : p.notes()) {
            out.append("  note: ").append(TextTable.clean(n)).append('\n');
        }
        if (!p.submit().isEmpty()) {
            out.append("  submitted with: ").append(new LaunchCommand(p.submit(), null).display()).append('\n');
        }
        out.append("  runs: ").append(TextTable.clean(new LaunchCommand(p.argv(), null).display())).append('\n');
        for (Map.Entry<String, String> f : p.files().entrySet()) {
            out.append("\n--- ").append(f.getKey()).append(" (written beside the checkout) ---\n").append(f.getValue());
        }
        return out.toString();
    }
}
