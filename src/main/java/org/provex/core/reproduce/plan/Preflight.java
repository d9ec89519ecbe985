package org.provex.core.reproduce.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.provex.core.catalog.http.Credentials;
import org.provex.core.reproduce.Check;
import org.provex.core.reproduce.launch.LaunchRequest;
import org.provex.core.reproduce.launch.LaunchTarget;

/** What must be true on the launching side before a launch: the program, a login for the host, disk space, a folder. */
final class Preflight {

    /** Below this, a launch is refused: deriva-ml downloads the input datasets. */
    static final long MIN_FREE_BYTES = 512L * 1024 * 1024;
    /** Below this, a warning. */
    static final long LOW_FREE_BYTES = 5L * 1024 * 1024 * 1024;

    private Preflight() {
    }

    static List<Check> checks(LaunchTarget target, LaunchRequest draft, CatalogRef catalog, Credentials credentials,
                              Path workspace) {
        List<Check> checks = new ArrayList<>(target.preflight(draft));
        checks.add(login(catalog, credentials));
        checks.add(disk(workspace));
        checks.add(folder(workspace));
        return checks;
    }

    private static Check login(CatalogRef catalog, Credentials credentials) {
        String id = "login";
        if (catalog.demo()) {
            return Check.warn(id, "The demo catalog's host " + catalog.host() + " is not a real server.",
                    "deriva-ml-run cannot connect to it, so a real launch of a demo run fails at its first request.",
                    "Use a plan or a dry run to see what a reproduction does; reproduce runs of a live catalog.");
        }
        if (credentials.forHost(catalog.host()).isPresent()) {
            return Check.pass(id, "There is a login for " + catalog.host() + " in the credential file.");
        }
        return Check.warn(id, "There is no login for " + catalog.host() + " in the credential file.",
                "deriva-ml-run needs one to read the inputs and record the new run; without it the run fails.",
                "Log in: provex login " + catalog.host() + " (or deriva-globus-auth-utils login --host "
                        + catalog.host() + ").");
    }

    private static Check disk(Path workspace) {
        String id = "disk_space";
        Path existing = workspace.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Check.unknown(id, "The free disk space could not be determined.", "");
        }
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            String amount = String.format(java.util.Locale.ROOT, "%.1f GiB", free / (1024.0 * 1024 * 1024));
            if (free < MIN_FREE_BYTES) {
                return Check.fail(id, "Only " + amount + " free where the workspace goes (" + existing + ").",
                        "The checkout and the input datasets deriva-ml downloads will not fit.",
                        "Free some space, or choose a workspace on another disk.");
            }
            if (free < LOW_FREE_BYTES) {
                return Check.warn(id, amount + " free where the workspace goes.", "Large input datasets may not fit.",
                        "Free some space, or choose a workspace on another disk.");
            }
            return Check.pass(id, amount + " free where the workspace goes.");
        } catch (IOException e) {
            return Check.unknown(id, "The free disk space could not be determined (" + e.getMessage() + ").", "");
        }
    }

    private static Check folder(Path workspace) {
        String id = "workspace";
        if (!Files.exists(workspace)) {
            return Check.pass(id, "The workspace " + workspace + " will be created.");
        }
        if (!Files.isDirectory(workspace)) {
            return Check.fail(id, workspace + " is a file, not a folder.", "The reproduction needs a fresh folder.",
                    "Choose another workspace folder.");
        }
        try (Stream<Path> entries = Files.list(workspace)) {
            if (entries.findAny().isPresent()) {
                return Check.fail(id, "The workspace " + workspace + " is not empty.", "A reproduction needs a fresh "
                        + "folder so nothing of another run mixes into it.", "Choose a new or empty folder.");
            }
        } catch (IOException e) {
            return Check.fail(id, "The workspace " + workspace + " cannot be read (" + e.getMessage() + ").",
                    "The reproduction needs a folder it can write.", "Choose another workspace folder.");
        }
        return Check.pass(id, "The workspace " + workspace + " is empty.");
    }
}
