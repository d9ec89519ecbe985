package org.provex.core.jit;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;
import org.slf4j.LoggerFactory;

/**
 * HotSpot's compiler directives, added and removed from inside the running JVM through its diagnostic command MBean
 * ({@code Compiler.directives_add} / {@code Compiler.directives_remove}), because {@code java -jar provex.jar} takes no
 * JVM options from the jar. A JVM without that command (not HotSpot, or a runtime without {@code jdk.management})
 * keeps its compilers; nothing here fails its caller. The system property {@code provex.jit=full} turns it off.
 */
public final class CompilerDirectives {

    /** Every method: no C2 compilation, so the quick compiler (C1) alone compiles, much as -XX:TieredStopAtLevel=1. */
    public static final String C1_ONLY = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private CompilerDirectives() {
    }

    /** Whether the user asked to keep the JVM's compilers as they are ({@code -Dprovex.jit=full}). */
    public static boolean keepCompilers() {
        return "full".equals(System.getProperty("provex.jit"));
    }

    /**
     * Adds a directive on top of the JVM's stack.
     *
     * @return whether it was added (false when this JVM cannot, or {@link #keepCompilers()})
     */
    public static boolean add(String directive) {
        if (keepCompilers()) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("provex-jit", ".json");
            Files.writeString(file, directive, StandardCharsets.UTF_8);
            invoke("compilerDirectivesAdd", file.toString());
            return true;
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(CompilerDirectives.class).debug("Keeping the JVM's compilers: {}", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Removes the directive added last; what it kept from C2 while it was in force stays with C1. */
    public static void removeLast() {
        try {
            invoke("compilerDirectivesRemove");
        } catch (Exception | LinkageError e) {
            LoggerFactory.getLogger(CompilerDirectives.class).debug("Compiler directive not removed: {}", e.toString());
        }
    }

    private static void invoke(String operation, String... arguments) throws Exception {
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
