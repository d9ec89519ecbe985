package org.provex.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.provex.core.jit.CompilerDirectives;

/**
 * A command runs for seconds, so it asks the JVM for its quick compiler only (C1): the optimising compiler (C2)
 * spends more CPU compiling a sync's code than the faster code saves before the command ends (on two cores it also
 * competes with the work itself). Much as {@code -XX:TieredStopAtLevel=1}, set from inside through the JVM's
 * diagnostic command {@code Compiler.directives_add} (a directive that excludes every method from C2), because
 * {@code java -jar provex.jar} takes no JVM options from the jar ({@link CompilerDirectives}). The window does the
 * same only while it starts (see {@code ui.App}). A JVM without that command (not HotSpot, or a runtime without
 * {@code jdk.management}) keeps its defaults; the system property {@code provex.jit=full} does too.
 */
public final class QuickCompilation {

    /** Set by the launcher of a process of its own; a command run inside another program (a test) asks nothing. */
    private static final AtomicBoolean WANTED = new AtomicBoolean();

    private QuickCompilation() {
    }

    /** Called by the process's launcher: the command this process runs, if any, gets C1 only. */
    public static void wantedByLauncher() {
        WANTED.set(true);
    }

    /** At the start of a command (not the window): C1 only, once per process, when the launcher wanted it. */
    static void forCommand() {
        if (WANTED.getAndSet(false)) {
            apply();
        }
    }

    /** Asks for C1 only; never fails the command. */
    static void apply() {
        CompilerDirectives.add(CompilerDirectives.C1_ONLY);
    }
}
