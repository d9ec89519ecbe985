package org.provex.core.reproduce.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.provex.core.reproduce.launch.ContainerRun;

/**
 * The exact command of a reproduction: an argument list (never a shell string) and the folder it runs in.
 *
 * @param argv             the program first; it is looked up on PATH when launched
 * @param workingDirectory the checkout for a script, the workspace for a container
 * @param container        for a container workflow, the run {@code argv} is Docker's rendering of (another engine
 *                         renders it its own way); null for a script
 */
public record LaunchCommand(List<String> argv, Path workingDirectory, ContainerRun container) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    public LaunchCommand {
        argv = List.copyOf(argv);
    }

    public LaunchCommand(List<String> argv, Path workingDirectory) {
        this(argv, workingDirectory, null);
    }

    /**
     * The command as one line for people to read or paste into a POSIX shell: arguments with other characters are
     * single-quoted. Provex itself never runs this text.
     */
    public String display() {
        StringBuilder out = new StringBuilder();
        for (String a : argv) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (PLAIN.matcher(a).matches()) {
                out.append(a);
            } else if (!a.contains("'")) {
                out.append('\'').append(a).append('\'');
            } else if (!a.matches(".*[\"$`\\\\!].*")) {
                out.append('"').append(a).append('"');
            } else {
                out.append('\'').append(a.replace("'", "'\\''")).append('\'');
            }
        }
        return out.toString();
    }
}
