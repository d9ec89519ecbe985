package org.provex.core.cache.query;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.provex.core.cache.CacheDatabase;
import org.provex.core.cache.CacheWriter;
import org.provex.core.model.AssetFile;
import org.provex.core.model.AssetLink;
import org.provex.core.model.AssetRole;
import org.provex.core.model.Dataset;
import org.provex.core.model.DatasetVersion;
import org.provex.core.model.Execution;
import org.provex.core.model.ExecutionDurations;
import org.provex.core.model.ExecutionInput;
import org.provex.core.model.ExecutionInput.Source;
import org.provex.core.model.ExecutionNesting;
import org.provex.core.model.Rid;
import org.provex.core.model.ScmVersion;
import org.provex.core.model.Snaptime;
import org.provex.core.model.Workflow;
import org.provex.core.model.WorkflowUrl;

/** A small hand-written cache: two workflows and a sentinel, two datasets, five runs, two shared files. */
final class CacheFixture {

    static final Rid W1 = Rid.of("1-W002");
    static final Rid W2 = Rid.of("1-W004");
    static final Rid WS = Rid.of("1-W006");
    static final Rid D1 = Rid.of("1-D002");
    static final Rid D2 = Rid.of("1-D004");
    static final Rid V1 = Rid.of("1-V002");
    static final Rid V2 = Rid.of("1-V004");
    static final Rid V3 = Rid.of("1-V006");
    static final Rid V4 = Rid.of("1-V008");
    static final Rid E1 = Rid.of("1-E002");
    static final Rid E2 = Rid.of("1-E004");
    static final Rid E3 = Rid.of("1-E006");
    static final Rid E4 = Rid.of("1-E008");
    static final Rid ES = Rid.of("1-E00A");
    static final Rid A1 = Rid.of("1-A002");
    static final Rid A2 = Rid.of("1-A004");
    static final String CONFIG_MD5 = "9b1c0d6f8a2e4b7c9d0e1f2a3b4c5d6e";
    static final Snaptime SNAP = Snaptime.of(Instant.parse("2026-02-01T00:00:00Z"));

    private CacheFixture() {
    }

    static void fill(CacheDatabase db) throws IOException {
        db.replaceContent(w -> {
            write(w);
            return null;
        });
    }

    static void write(CacheWriter w) throws java.sql.SQLException {
        w.workflow(new Workflow(W1, "CIFAR train", "Train a CNN",
                "https://github.com/acme/cifar/blob/63c24de5d5e6483676326a0e84c119184ea1beb2/src/train.py",
                "4a52f741a8d29aa9ae3e3885acfb4f43f8ead20b", "0.1.0", List.of("Training"), at(1), at(1)));
        w.workflow(new Workflow(W2, "Evaluate", null, null, null, null, List.of("Evaluation", "Testing"), at(1),
                null));
        w.workflow(new Workflow(WS, "Unknown Provenance", null, WorkflowUrl.UNKNOWN_PROVENANCE_TAG,
                Workflow.UNKNOWN_PROVENANCE_CHECKSUM, null, List.of(), at(0), null));
        w.execution(new Execution(E1, W1, "Train cifar small", "Uploaded", "Train cifar small",
                ExecutionDurations.of("0.0H 2.0min 13.4521sec", "0.0H 0.0min 5.0sec", null, null), day(1), day(1)));
        w.execution(new Execution(E2, W1, "Train cifar dev", "Failed", "CUDA out of memory\nTraceback (most recent)",
                ExecutionDurations.of("0.0H 10.0min 0.0sec", null, "0.0H 0.0min 1.0sec", null), day(2), day(2)));
        w.execution(new Execution(E3, W2, "Evaluate model", "Uploaded", null, null, day(3), day(3)));
        w.execution(new Execution(E4, W2, "Sweep over seeds", "Running", null,
                ExecutionDurations.of(null, null, null, "1:00:00"), day(4), day(4)));
        w.execution(new Execution(ES, WS, Execution.UNKNOWN_PROVENANCE_DESCRIPTION, "Aborted", null, null, at(0),
                null));
        w.runVersion(E1, ScmVersion.parse("0.2.1.dev1+gc505819.d20260515"));
        w.nesting(new ExecutionNesting(E4, E2, 2));
        w.nesting(new ExecutionNesting(E4, E3, 1));
        w.dataset(new Dataset(D1, "cifar10_small", false, V2, List.of("Training", "Labeled"), at(1), null));
        w.dataset(new Dataset(D2, "cifar10_big", false, V4, List.of("Complete"), at(1), null));
        w.datasetNesting(D1, D2);
        w.datasetVersion(new DatasetVersion(V3, D1, "0.3.0.post1.dev1", "dev", null, null, null, at(3), null));
        w.datasetVersion(new DatasetVersion(V2, D1, "0.3.0", "release", null, null, SNAP, at(2), null));
        w.datasetVersion(new DatasetVersion(V1, D1, "0.1.0", "initial", null, null, SNAP, at(1), null));
        w.datasetVersion(new DatasetVersion(V4, D2, "1.0.0", "made by E3", E3, "https://minid/x", SNAP, at(1), null));
        w.input(new ExecutionInput(E1, D1, V2, "0.3.0", SNAP, Source.CATALOG));
        w.input(new ExecutionInput(E2, D1, V3, "0.3.0.post1.dev1", null, Source.CONFIGURATION));
        w.input(new ExecutionInput(E2, D2, V4, "1.0.0", SNAP, Source.CATALOG));
        w.asset(new AssetFile(A1, AssetFile.METADATA_TABLE, "/hatrac/Execution_Metadata/x.configuration.json",
                "configuration.json", 120, CONFIG_MD5.toUpperCase(), "config", List.of("Deriva_Config", "Output_File"),
                at(1), null));
        w.asset(new AssetFile(A2, "deriva-ml:Execution_Asset", "/hatrac/Execution_Asset/y.weights.pt", "weights.pt",
                4096, "00112233445566778899aabbccddeeff", null, List.of("Model_File"), at(1), null));
        w.assetLink(new AssetLink(A1, AssetFile.METADATA_TABLE, E1, AssetRole.OUTPUT));
        w.assetLink(new AssetLink(A1, AssetFile.METADATA_TABLE, E2, AssetRole.OUTPUT));
        w.assetLink(new AssetLink(A2, "deriva-ml:Execution_Asset", E1, AssetRole.OUTPUT));
        w.assetLink(new AssetLink(A2, "deriva-ml:Execution_Asset", E3, AssetRole.INPUT));
    }

    static Instant day(int d) {
        return Instant.parse("2026-03-0" + d + "T09:15:00.123456Z");
    }

    static Instant at(int month) {
        return Instant.parse("2026-0" + (month + 1) + "-01T00:00:00Z");
    }
}
