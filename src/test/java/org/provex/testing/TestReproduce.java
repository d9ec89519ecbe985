package org.provex.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.provex.core.catalog.http.CredentialFile;
import org.provex.core.reproduce.launch.LaunchTarget;
import org.provex.core.reproduce.launch.slurm.SlurmTarget;
import org.provex.core.reproduce.run.ReproduceRuntime;
import org.provex.core.reproduce.run.ReproduceServices;
import org.provex.core.reproduce.run.Reproductions;
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
        return workspace.data().root().resolve("tools");
    }

    public static ReproduceRuntime runtime(Workspace workspace) {
        return runtime(workspace, null);
    }

    /**
     * As {@link #runtime(Workspace)}, with launched Slurm jobs followed every {@code slurmPoll} rather than the
     * profile's interval (whose minimum is seconds), for tests that replay a job's history with stand-ins.
     */
    public static ReproduceRuntime runtime(Workspace workspace, Duration slurmPoll) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", standIns(workspace).resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", workspace.data().root().toString());
        ReproduceServices services = new ReproduceServices(workspace, new CredentialFile(workspace.data().root()
                .resolve("test-deriva").resolve("credential.json")), env, Clock.systemUTC());
        if (slurmPoll == null) {
            return new ReproduceRuntime(services, services.reproductions(OUTPUT));
        }
        Map<String, LaunchTarget> targets = new LinkedHashMap<>(services.targets());
        targets.put(SlurmTarget.ID, new SlurmTarget(() -> workspace.settings().cluster(), env, Clock.systemUTC(),
                slurmPoll));
        return new ReproduceRuntime(services, new Reproductions(services.store(), targets, OUTPUT,
                Clock.systemUTC()));
    }
}
