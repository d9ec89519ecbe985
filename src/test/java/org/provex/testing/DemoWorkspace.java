package org.provex.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.provex.core.demo.DemoOptions;
import org.provex.core.demo.DemoRepository;
import org.provex.core.io.SafeFiles;
import org.provex.core.settings.DataDirectory;
import org.provex.core.workspace.DemoInstaller;
import org.provex.core.workspace.Workspace;

/**
 * Workspaces that already hold the demo catalog (its cache, file bodies and git repository), for tests. The demo
 * is generated and loaded ONCE per test JVM into a template folder; every workspace is a copy of it (a few
 * milliseconds instead of seconds), so tests can change their copy freely. Tests of the installation itself
 * ({@code provex demo}, the first launch) still start from an empty folder.
 */
public final class DemoWorkspace {

    private static Path template;

    private DemoWorkspace() {
    }

    /** A workspace in {@code dir} (created if needed) whose demo cache is ready to open. */
    public static Workspace create(Path dir) {
        try {
            copyTree(template(), dir);
            Workspace workspace = new Workspace(new DataDirectory(dir));
            // the only absolute path the install wrote: where the demo's workflow repository is checked out
            workspace.updateSettings(s -> s.withRepositoryMapping(DemoRepository.REMOTE,
                    workspace.data().demoRepository().toString()));
            return workspace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("provex-demo-template-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    SafeFiles.deleteTree(dir);
                } catch (IOException e) {
                    // a temp folder left behind is harmless
                }
            }, "demo-template-cleanup"));
            Workspace workspace = new Workspace(new DataDirectory(dir).ensureExists());
            new DemoInstaller(workspace).install(DemoOptions.normal(), null);
            template = dir;
        }
        return template;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
