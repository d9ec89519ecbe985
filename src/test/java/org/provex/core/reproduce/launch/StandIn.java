package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a program a launch starts (uv, docker, sbatch): a small POSIX shell script put on a PATH of its own.
 * It records its argument list (one argument per line, {@code \0}-free), its working directory and the environment
 * variables a test names, prints a line, may start a child process, and exits with a chosen code.
 */
public final class StandIn {

    private StandIn() {
    }

    /**
     * Writes {@code bin/<name>} under {@code dir}.
     *
     * @param exitCode  what it exits with
     * @param sleepSecs with a value above 0, it starts {@code sleep} as a child, records the child's pid in
     *                  {@code record/child.pid}, prints "ready" and waits for the child (to test cancellation)
     */
    public static Path write(Path dir, String name, int exitCode, int sleepSecs) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path record = Files.createDirectories(dir.resolve("record"));
        String script = "#!/bin/sh\n"
                + "rec='" + record + "'\n"
                + ": > \"$rec/argv\"\n"
                + "for a in \"$@\"; do printf '%s\\n' \"$a\" >> \"$rec/argv\"; done\n"
                + "pwd > \"$rec/cwd\"\n"
                + "printf '%s\\n' \"$PROVEX_STANDIN_MARK\" > \"$rec/mark\"\n"
                + "printf '%s\\n' \"$PATH\" > \"$rec/path\"\n"
                + "echo \"" + name + " stand-in started\"\n"
                + "echo \"to stderr\" 1>&2\n"
                + (sleepSecs > 0 ? "sleep " + sleepSecs + " &\n"
                + "echo $! > \"$rec/child.pid\"\n"
                + "echo ready\n"
                + "wait\n" : "")
                + "echo \"" + name + " stand-in finished\"\n"
                + "exit " + exitCode + "\n";
        Path file = bin.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** An environment whose PATH finds the stand-ins first, then the usual system folders (for sh, sleep). */
    public static Map<String, String> environment(Path dir) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", dir.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("PROVEX_STANDIN_MARK", "from-the-launch-environment");
        return env;
    }

    public static List<String> argv(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("record/argv"), StandardCharsets.UTF_8);
    }

    public static String recorded(Path dir, String what) throws IOException {
        return Files.readString(dir.resolve("record").resolve(what), StandardCharsets.UTF_8).strip();
    }
}
