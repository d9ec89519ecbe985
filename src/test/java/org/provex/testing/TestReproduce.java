package org.provex.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.workspace.Workspace;

/**
 * Reproduce services for window and view-model tests: a credential file beside the workspace (never the user's), and
 * a launch environment whose PATH starts with the workspace's own stand-in folder, so only stand-ins a test
 * puts there can be launched (the system folders follow, for sh and sleep).
 */
public final class TestReproduce {

    /** Follows launched processes' output for every test, as the window's one executor does. */
    private static final ExecutorService OUTPUT = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-reproduce-output");
        t.setDaemon(true);
        return t;
    });

    private TestReproduce() {
    }

    /** Where a test writes stand-ins with {@code StandIn.write(standIns(workspace), "uv", ...)}: its bin/ is first. */
    public static Path standIns(Workspace workspace) {
        return workspace.data().root().resolve("test-standins");
    }

    public static ReproduceRuntime runtime(Workspace workspace) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", standIns(workspace).resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", workspace.data().root().toString());
        ReproduceServices services = new ReproduceServices(workspace, new CredentialFile(workspace.data().root()
                .resolve("test-deriva").resolve("credential.json")), env, Clock.systemUTC());
        return new ReproduceRuntime(services, services.reproductions(OUTPUT));
    }
}
