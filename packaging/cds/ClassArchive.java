import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Build step of {@code mvn package} (run by Maven as a single source file:
 * {@code java packaging/cds/ClassArchive.java CLASSLIST JAR ARCHIVE}): writes the jar's class-data archive, the JVM's
 * own static dump (AppCDS) of the classes the class list names ({@code java -Xshare:dump}), loaded from the jar and
 * linked. The README's run command maps it: {@code java -XX:SharedArchiveFile=target/provex.jsa -jar
 * target/provex.jar}. An archive maps only into the JVM that wrote it, so the dump is made by the {@code java} that
 * command runs, the first one on the PATH (Maven runs this program with its own JDK, which may be another one, e.g.
 * a JDK 25 named by JAVA_HOME for the installers while the PATH has a 17); with no {@code java} on the PATH, by this
 * program's own. Needs no display. A JVM that cannot dump (no CDS support) leaves no archive and does not fail the
 * build: the jar then starts as with {@code java -jar} alone.
 */
public final class ClassArchive {

    private ClassArchive() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ClassArchive CLASSLIST JAR ARCHIVE");
        }
        Path classList = Path.of(args[0]);
        Path jar = Path.of(args[1]);
        Path archive = Path.of(args[2]);
        String java = javaOnPath();
        Files.deleteIfExists(archive);
        List<String> command = List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive,
                // the list's entries this JVM or this build lacks are skipped with a warning each: not shown
                "-Xlog:disable", "-Xlog:all=error:stderr", "-cp", jar.toString());
        long start = System.nanoTime();
        String failure;
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            failure = exit == 0 && Files.isRegularFile(archive) ? null : "exit " + exit;
        } catch (IOException e) {
            failure = e.getMessage();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (failure != null) {
            Files.deleteIfExists(archive);
            System.out.printf(Locale.ROOT, "ClassArchive: %s could not write a class-data archive (%s); the jar"
                    + " starts without one%n", java, failure);
            return;
        }
        System.out.printf(Locale.ROOT, "ClassArchive: wrote %s (%d MB) for %s in %d ms%n", archive,
                Files.size(archive) >> 20, java, millis);
    }

    /** The first java on the PATH (java.exe on Windows), else the one running this program. */
    private static String javaOnPath() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        String name = windows ? "java.exe" : "java";
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }
}
