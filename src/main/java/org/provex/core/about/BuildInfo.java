package org.provex.core.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What this Provex is and what it runs on: its version and build commit (written into a resource at build time),
 * and the Java and JavaFX versions of the running runtime. {@code provex --version} and Help &rarr; About show it.
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit  the abbreviated commit the build was made from, or {@link #UNKNOWN} (not built from a git checkout)
 * @param java    Java version, vendor and VM, e.g. {@code 17.0.15 (Debian, OpenJDK 64-Bit Server VM)}
 * @param javafx  the JavaFX version on the class or module path, or {@link #UNKNOWN}
 */
public record BuildInfo(String version, String commit, String java, String javafx) {

    public static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "build.properties";
    /** JavaFX's own version file, at the root of its base jar: readable without starting the toolkit. */
    private static final String JAVAFX_RESOURCE = "/javafx.properties";

    /** The running Provex. */
    public static BuildInfo current() {
        return of(load(RESOURCE), load(JAVAFX_RESOURCE).getProperty("javafx.runtime.version"),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"));
    }

    /** From the build's properties and the runtime's versions; missing or unresolved values become "unknown". */
    static BuildInfo of(Properties build, String javafxVersion, String javaVersion, String javaVendor, String vm) {
        String details = javaVendor == null || vm == null ? "" : " (" + javaVendor + ", " + vm + ")";
        return new BuildInfo(known(build.getProperty("version")), known(build.getProperty("commit")),
                known(javaVersion) + details, known(javafxVersion));
    }

    /** One fact a line, as {@code provex --version} prints them. */
    public List<String> lines() {
        return List.of("Provex " + version, "Build commit: " + commit, "Java: " + java, "JavaFX: " + javafx);
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(name)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();   // an unreadable file says as little as a missing one: "unknown"
        }
        return p;
    }
}
