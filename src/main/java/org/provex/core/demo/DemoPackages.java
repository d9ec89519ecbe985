package org.provex.core.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * The Python dependency sets of the demo project, one per lockfile generation. They drive both the
 * committed {@code uv.lock} files and the {@code imports} of environment snapshots, so a run's
 * snapshot agrees with the lockfile of the commit it ran at. The generations differ on purpose:
 * upgrades (torch 2.4.1 to 2.5.1, numpy 1.x to 2.x), downgrades (protobuf, pillow), additions
 * (tensorboard, scikit-learn) and removals (tabulate, tqdm).
 */
enum DemoPackages {

    /** v0.1.0: Python 3.11, torch 2.4.1 built for CUDA 12.1. */
    GEN1(">=3.11", "3.11.9", "12.1", Map.ofEntries(
            Map.entry("deriva-ml", "1.53.0"), Map.entry("deriva", "1.7.10"), Map.entry("torch", "2.4.1"),
            Map.entry("torchvision", "0.19.1"), Map.entry("triton", "3.0.0"), Map.entry("numpy", "1.26.4"),
            Map.entry("pandas", "2.2.2"), Map.entry("pillow", "10.4.0"), Map.entry("protobuf", "5.28.3"),
            Map.entry("hydra-core", "1.3.2"), Map.entry("hydra-zen", "0.13.0"), Map.entry("omegaconf", "2.3.0"),
            Map.entry("tabulate", "0.9.0"), Map.entry("tqdm", "4.66.5"), Map.entry("requests", "2.32.3"),
            Map.entry("pydantic", "2.8.2"), Map.entry("setuptools-scm", "8.1.0"), Map.entry("bdbag", "1.7.3"),
            Map.entry("PyYAML", "6.0.2"), Map.entry("filelock", "3.16.1"), Map.entry("sympy", "1.13.1"),
            Map.entry("nvidia-cudnn-cu12", "9.1.0.70"), Map.entry("nvidia-cublas-cu12", "12.1.3.1"),
            Map.entry("nvidia-cuda-runtime-cu12", "12.1.105"), Map.entry("nvidia-nccl-cu12", "2.20.5"))),
    /** v0.2.0: Python 3.12, torch 2.5.1 for CUDA 12.4, numpy 2, protobuf pinned down for tensorboard. */
    GEN2(">=3.12", "3.12.4", "12.4", Map.ofEntries(
            Map.entry("deriva-ml", "1.53.0"), Map.entry("deriva", "1.7.12"), Map.entry("torch", "2.5.1"),
            Map.entry("torchvision", "0.20.1"), Map.entry("triton", "3.1.0"), Map.entry("numpy", "2.1.3"),
            Map.entry("pandas", "2.2.3"), Map.entry("pillow", "11.0.0"), Map.entry("protobuf", "4.25.5"),
            Map.entry("hydra-core", "1.3.2"), Map.entry("hydra-zen", "0.13.0"), Map.entry("omegaconf", "2.3.0"),
            Map.entry("tabulate", "0.9.0"), Map.entry("tensorboard", "2.18.0"), Map.entry("requests", "2.32.3"),
            Map.entry("pydantic", "2.9.2"), Map.entry("setuptools-scm", "8.1.0"), Map.entry("bdbag", "1.7.4"),
            Map.entry("PyYAML", "6.0.2"), Map.entry("filelock", "3.16.1"), Map.entry("sympy", "1.13.1"),
            Map.entry("nvidia-cudnn-cu12", "9.1.0.70"), Map.entry("nvidia-cublas-cu12", "12.4.5.8"),
            Map.entry("nvidia-cuda-runtime-cu12", "12.4.127"), Map.entry("nvidia-nccl-cu12", "2.21.5"))),
    /** v0.2.1.dev: deriva-ml 1.54.1, scikit-learn for ROC metrics, pillow back to 10.4, tabulate gone. */
    GEN3(">=3.12", "3.12.4", "12.4", Map.ofEntries(
            Map.entry("deriva-ml", "1.54.1"), Map.entry("deriva", "1.7.12"), Map.entry("torch", "2.5.1"),
            Map.entry("torchvision", "0.20.1"), Map.entry("triton", "3.1.0"), Map.entry("numpy", "2.1.3"),
            Map.entry("pandas", "2.2.3"), Map.entry("pillow", "10.4.0"), Map.entry("protobuf", "4.25.5"),
            Map.entry("hydra-core", "1.3.2"), Map.entry("hydra-zen", "0.13.0"), Map.entry("omegaconf", "2.3.0"),
            Map.entry("scikit-learn", "1.5.2"), Map.entry("scipy", "1.14.1"), Map.entry("joblib", "1.4.2"),
            Map.entry("tensorboard", "2.18.0"), Map.entry("requests", "2.32.3"), Map.entry("pydantic", "2.9.2"),
            Map.entry("setuptools-scm", "8.1.0"), Map.entry("bdbag", "1.7.4"), Map.entry("PyYAML", "6.0.2"),
            Map.entry("filelock", "3.16.1"), Map.entry("sympy", "1.13.1"),
            Map.entry("nvidia-cudnn-cu12", "9.1.0.70"), Map.entry("nvidia-cublas-cu12", "12.4.5.8"),
            Map.entry("nvidia-cuda-runtime-cu12", "12.4.127"), Map.entry("nvidia-nccl-cu12", "2.21.5")));

    private final String requiresPython;
    private final String python;
    private final String cuda;
    private final Map<String, String> packages;

    DemoPackages(String requiresPython, String python, String cuda, Map<String, String> packages) {
        this.requiresPython = requiresPython;
        this.python = python;
        this.cuda = cuda;
        this.packages = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        this.packages.putAll(packages);
    }

    String requiresPython() {
        return requiresPython;
    }

    /** The interpreter version runs of this generation used. */
    String python() {
        return python;
    }

    /** The CUDA version torch was built for. */
    String cuda() {
        return cuda;
    }

    /** Distribution name to version, sorted case-insensitively like uv sorts a lockfile. */
    Map<String, String> packages() {
        return packages;
    }

    /**
     * The {@code uv.lock} of this generation, in uv's TOML layout. The project itself is an editable
     * package with a dynamic version, which uv does not write, so commits with the same dependencies
     * share one lockfile byte for byte (and one asset row in the catalog).
     */
    String uvLock() {
        StringBuilder out = new StringBuilder();
        out.append("version = 1\nrevision = 2\nrequires-python = \"").append(requiresPython).append("\"\n");
        out.append("resolution-markers = [\n    \"sys_platform == 'linux'\",\n    \"sys_platform != 'linux'\",\n]\n");
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        all.putAll(packages);
        all.put("cifar10-model", "");
        for (Map.Entry<String, String> p : all.entrySet()) {
            String name = p.getKey().toLowerCase(java.util.Locale.ROOT);
            out.append("\n[[package]]\nname = \"").append(name).append("\"\n");
            if (name.equals("cifar10-model")) {
                out.append("source = { editable = \".\" }\ndependencies = [\n");
                for (String dep : new String[] {"deriva-ml", "hydra-zen", "pandas", "torch", "torchvision"}) {
                    out.append("    { name = \"").append(dep).append("\" },\n");
                }
                out.append("]\n\n[package.metadata]\nrequires-dist = [\n")
                        .append("    { name = \"deriva-ml\", specifier = \">=1.53\" },\n")
                        .append("    { name = \"torch\", specifier = \"==").append(packages.get("torch"))
                        .append("\" },\n")
                        .append("]\n");
                continue;
            }
            out.append("version = \"").append(p.getValue()).append("\"\n");
            out.append("source = { registry = \"https://packages.example.org/simple\" }\n");
            if (name.equals("torch")) {
                out.append("dependencies = [\n    { name = \"filelock\" },\n    { name = \"sympy\" },\n")
                        .append("    { name = \"nvidia-cudnn-cu12\", marker = \"sys_platform == 'linux'\" },\n")
                        .append("    { name = \"triton\", marker = \"sys_platform == 'linux'\" },\n]\n");
            }
        }
        return out.toString();
    }
}
