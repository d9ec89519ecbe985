package org.provex.ui.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import org.provex.core.model.Rid;
import org.provex.core.reproduce.DemoWorld;
import org.provex.core.reproduce.launch.StandIn;
import org.provex.core.workspace.Workspace;
import org.provex.testing.DemoWorkspace;
import org.provex.testing.TestReproduce;

/**
 * A demo copy for the wizard's window tests, with a stand-in uv (exits 0) on the launch PATH, and the demo run they
 * reproduce: an uploaded script run whose own HEAD is later than its Workflow URL's commit.
 */
record WizardDemo(Workspace workspace, Rid run) {

    static WizardDemo create(Path home) throws IOException {
        Workspace workspace = DemoWorkspace.create(home);
        StandIn.write(TestReproduce.standIns(workspace), "uv", 0, 0);
        try (var db = workspace.openCache(Workspace.DEMO)) {
            return new WizardDemo(workspace, DemoWorld.find(db, "run with a later HEAD",
                    DemoWorld::headAfterUrlCommit).detail().execution().rid());
        }
    }
}
