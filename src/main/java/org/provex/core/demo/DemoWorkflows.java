package org.provex.core.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.provex.core.formats.WorkflowChecksum;

/**
 * The demo's workflows, derived from {@link DemoRepository} so URLs and checksums always match it:
 * URL commit = last commit that touched the file, checksum = git blob hash of the file there (of the
 * output-stripped form for the notebook).
 */
final class DemoWorkflows {

    static final String DOCKER_IMAGE = "ghcr.io/provex-demo/cifar10-eval";
    static final String CNN = "CIFAR-10 2-Layer CNN";
    static final String CNN_DESCRIPTION = """
            Train a 2-layer convolutional neural network on CIFAR-10 images.

            - Conv 3\u219232\u219264, 3\u00d73 kernels, ReLU, max-pool
            - FC 4096\u2192128\u219210
            - Outputs: model weights (`.pt`), training log, prediction probabilities""";

    /**
     * A workflow as deriva-ml's {@code Workflow} model holds it.
     *
     * @param version  the version of the run that created the catalog row
     */
    record Spec(String name, String description, String url, String checksum, String version, List<String> types,
                boolean notebook) {
    }

    private DemoWorkflows() {
    }

    /** {@code sha256:<64 hex>} of a fixed manifest text, so the digest is the same everywhere. */
    static String dockerDigest() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest("provex-demo cifar10-eval image manifest v0.2.0".getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String blobUrl(DemoRepository.Commit commit, String path) {
        return DemoRepository.REMOTE + "/blob/" + commit.id() + "/" + path;
    }

    private static Spec fromFile(String name, String description, String path, int head, String version,
                                 List<String> types) {
        DemoRepository repo = DemoRepository.get();
        DemoRepository.Commit at = repo.lastTouching(path, repo.commit(head)).orElseThrow();
        boolean notebook = WorkflowChecksum.isNotebook(path);
        // ofFile strips notebook outputs first, as deriva-ml does with nbstripout
        String checksum = WorkflowChecksum.ofFile(path, at.files().get(path));
        return new Spec(name, description, blobUrl(at, path), checksum, version, types, notebook);
    }

    static Spec loader() {
        return fromFile("CIFAR-10 loader", "Load CIFAR-10 images into the catalog and build the standard datasets.",
                DemoSources.LOADER, 0, DemoScm.version(0, false), List.of("Ingest", "Dataset_Management"));
    }

    static Spec cnnV1() {
        return fromFile(CNN, CNN_DESCRIPTION, DemoSources.MODEL, 0, DemoScm.version(0, false),
                List.of("Training", "Image Classification"));
    }

    static Spec cnnV2() {
        return fromFile(CNN, CNN_DESCRIPTION.replace("32\u219264", "64\u2192128").replace("4096", "8192")
                        .replace("\u2192128\u219210", "\u2192256\u219210"), DemoSources.MODEL, 2,
                DemoScm.version(2, false), List.of("Training", "Image Classification"));
    }

    static Spec notebook() {
        return fromFile("ROC analysis", "One-vs-rest ROC curves and AUC per class for a training run's predictions.",
                DemoSources.NOTEBOOK, 1, DemoScm.version(1, false), List.of("Analysis", "Evaluation"));
    }

    /** The uncommitted edit: deriva-ml still names the last commit of the file, but the blob is new. */
    static Spec dirty() {
        Spec committed = cnnV2();
        return new Spec(CNN, committed.description(), committed.url(),
                DemoRepository.blobHash(DemoRepository.uncommittedModel()), DemoScm.version(3, true),
                committed.types(), false);
    }

    static Spec docker() {
        String digest = dockerDigest();
        return new Spec("CIFAR-10 evaluation container", "Evaluate trained weights on the testing split inside the "
                + "pinned evaluation image.", DOCKER_IMAGE + "@" + digest, digest, "0.2.0",
                List.of("Testing", "Evaluation"), false);
    }

    /** setuptools-scm versions of the demo repository. */
    static final class DemoScm {
        private DemoScm() {
        }

        /** {@code 0.1.0} at tag v0.1.0, {@code 0.1.1.dev1+g<sha>} one commit later, dirty adds a date. */
        static String version(int head, boolean dirty) {
            DemoRepository repo = DemoRepository.get();
            String base = switch (head) {
                case 0 -> "0.1.0";
                case 1 -> "0.1.1.dev1+g" + repo.commit(1).shortId();
                case 2 -> "0.2.0";
                default -> "0.2.1.dev1+g" + repo.commit(3).shortId();
            };
            if (dirty) {
                // setuptools-scm's dirty marker on top of the node: +g<sha>.dYYYYMMDD
                return (base.contains("+") ? base : base + "+g" + repo.commit(head).shortId()) + ".d20260515";
            }
            return base;
        }
    }
}
