package org.provex.core.demo;

import org.provex.core.formats.PythonJson;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Environment snapshots ({@code environment_snapshot_<ts>.txt}) in the shape of deriva-ml's
 * {@code get_execution_environment()}, modelled on a real 1.54.1 file. Runs differ by machine (GPU,
 * driver, kernel), by package generation (Python, CUDA, packages) and by environment variables; the
 * secret-looking variables carry obviously fake values.
 */
final class DemoEnvironments {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** A machine a run can land on. */
    record Machine(String node, String gpu, String gpuMemory, String driver, int gpuCount, String kernel,
                   String kernelBuild, String partition) {
    }

    static final Machine A100 = new Machine("a100-node-07", "NVIDIA A100-SXM4-80GB", "81920 MiB", "535.183.01", 1,
            "6.1.0-25-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)", "gpu-a100");
    static final Machine A100_NEW_DRIVER = new Machine("a100-node-03", "NVIDIA A100-SXM4-80GB", "81920 MiB",
            "550.127.05", 2, "6.1.0-31-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.128-1 (2025-02-07)", "gpu-a100");
    static final Machine V100 = new Machine("v100-node-12", "Tesla V100-SXM2-32GB", "32768 MiB", "535.183.01", 1,
            "6.1.0-25-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)", "gpu-v100");
    static final Machine WORKSTATION = new Machine("dana-ws", "NVIDIA GeForce RTX 4090", "24564 MiB", "550.127.05",
            1, "6.8.0-45-generic", "#45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024", null);
    static final Machine CONTAINER = new Machine("3f9c2a7d1b04", "NVIDIA A100-SXM4-80GB", "81920 MiB", "550.127.05",
            1, "6.1.0-31-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.128-1 (2025-02-07)", null);

    private DemoEnvironments() {
    }

    /**
     * The snapshot JSON as deriva-ml writes it ({@code json.dump}, one line).
     *
     * @param projectVersion  the setuptools-scm version of the project installed in the venv
     * @param slurmJob  the batch job id, part of the environment on cluster machines
     * @param extraEnv  run-specific variables (e.g. {@code HYDRA_FULL_ERROR})
     */
    static String snapshot(Machine m, DemoPackages gen, String projectVersion, List<String> argv, int pgrp,
                           int slurmJob, Map<String, String> extraEnv) {
        boolean container = m == CONTAINER;
        String root = container ? "/app" : DemoRepository.GIT_ROOT;
        String venv = container ? "/opt/venv" : root + "/.venv";
        String py = gen.python();
        String pyShort = py.substring(0, py.lastIndexOf('.'));
        String pyBase = container ? "/usr/local" : "/home/researcher/.pyenv/versions/" + py;
        ObjectNode env = F.objectNode();
        ObjectNode imports = env.putObject("imports");
        gen.packages().forEach(imports::put);
        imports.put("cifar10-model", projectVersion);
        ObjectNode os = env.putObject("os");
        os.put("cwd", root);
        int uid = container ? 0 : 1000;
        os.put("egid", uid);
        os.put("euid", uid);
        os.put("gid", uid);
        os.putArray("groups").add(uid);
        os.put("pgrp", pgrp);
        os.put("uid", uid);
        os.put("umask", "0o22");
        os.put("name", "posix");
        ObjectNode environ = os.putObject("environ");
        String home = container ? "/root" : "/home/researcher";
        environ.put("HOME", home);
        environ.put("USER", container ? "root" : "researcher");
        environ.put("SHELL", "/bin/bash");
        environ.put("PATH", venv + "/bin:/usr/local/bin:/usr/bin:/bin");
        environ.put("LANG", "C.UTF-8");
        environ.put("PWD", root);
        environ.put("VIRTUAL_ENV", venv);
        environ.put("CUDA_VISIBLE_DEVICES", m.gpuCount() > 1 ? "0,1" : "0");
        environ.put("OMP_NUM_THREADS", m.gpuCount() > 1 ? "16" : "8");
        environ.put("WANDB_MODE", "offline");
        environ.put("WANDB_API_KEY", "fake-demo-key-not-real");
        if (!container) {
            environ.put("AWS_ACCESS_KEY_ID", "AKIAFAKEDEMO00000001");
            environ.put("AWS_SECRET_ACCESS_KEY", "FAKE-demo-aws-secret-NOT-A-REAL-KEY-0001");
        }
        if (m.partition() != null) {
            environ.put("SLURM_JOB_ID", Integer.toString(slurmJob));
            environ.put("SLURM_JOB_PARTITION", m.partition());
        }
        if (container) {
            environ.put("DERIVA_MCP_IN_DOCKER", "true");
            environ.put("DERIVA_MCP_IMAGE_NAME", DemoWorkflows.DOCKER_IMAGE);
            environ.put("DERIVA_MCP_IMAGE_DIGEST", DemoWorkflows.dockerDigest());
            environ.put("DERIVA_MCP_VERSION", "0.2.0");
        }
        extraEnv.forEach(environ::put);
        ObjectNode sys = env.putObject("sys");
        ArrayNode sysArgv = sys.putArray("argv");
        argv.forEach(sysArgv::add);
        sys.put("byteorder", "little");
        sys.put("exec_prefix", venv);
        sys.put("executable", venv + "/bin/python3");
        ArrayNode flags = sys.putArray("flags");
        for (int f : new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0}) {
            flags.add(f);
        }
        flags.add(false).add(0).add(0).add(false).add(-1);
        ArrayNode fi = sys.putArray("float_info");
        fi.add(1.7976931348623157e+308).add(1024).add(308).add(2.2250738585072014e-308).add(-1021).add(-307)
                .add(15).add(53).add(2.220446049250313e-16).add(2).add(1);
        sys.put("maxsize", 9223372036854775807L);
        sys.put("maxunicode", 1114111);
        sys.put("getdefaultencoding", "utf-8");
        sys.put("getfilesystemencoding", "utf-8");
        sys.put("getrecursionlimit", 1000);
        String nodot = pyShort.replace(".", "");
        ArrayNode path = env.putArray("sys_path");
        path.add(venv + "/bin").add(pyBase + "/lib/python" + nodot + ".zip").add(pyBase + "/lib/python" + pyShort)
                .add(pyBase + "/lib/python" + pyShort + "/lib-dynload")
                .add(venv + "/lib/python" + pyShort + "/site-packages");
        ObjectNode site = env.putObject("site");
        site.putArray("PREFIXES").add(venv).add(venv);
        site.put("ENABLE_USER_SITE", false);
        site.put("USER_SITE", home + "/.local/lib/python" + pyShort + "/site-packages");
        site.put("USER_BASE", home + "/.local");
        platform(env.putObject("platform"), m, py);
        ObjectNode gpu = env.putObject("gpu");
        gpu.put("available", true);
        gpu.put("source", "nvidia-smi");
        gpu.put("count", m.gpuCount());
        ArrayNode devices = gpu.putArray("devices");
        ObjectNode torch = F.objectNode();
        torch.put("device_count", m.gpuCount());
        ArrayNode names = torch.putArray("device_names");
        for (int i = 0; i < m.gpuCount(); i++) {
            devices.addObject().put("name", m.gpu()).put("memory_total", m.gpuMemory())
                    .put("driver_version", m.driver());
            names.add(m.gpu());
        }
        torch.put("cuda_version", gen.cuda());
        torch.put("cudnn_version", 90100);
        gpu.set("torch", torch);
        return PythonJson.compact(env);
    }

    private static void platform(ObjectNode p, Machine m, String py) {
        boolean ubuntu = m == WORKSTATION;
        p.putArray("architecture").add("64bit").add("ELF");
        ObjectNode rel = p.putObject("freedesktop_os_release");
        rel.put("NAME", ubuntu ? "Ubuntu" : "Debian GNU/Linux");
        rel.put("ID", ubuntu ? "ubuntu" : "debian");
        rel.put("PRETTY_NAME", ubuntu ? "Ubuntu 24.04.1 LTS" : "Debian GNU/Linux 12 (bookworm)");
        rel.put("VERSION_ID", ubuntu ? "24.04" : "12");
        rel.put("VERSION", ubuntu ? "24.04.1 LTS (Noble Numbat)" : "12 (bookworm)");
        rel.put("VERSION_CODENAME", ubuntu ? "noble" : "bookworm");
        String glibc = ubuntu ? "2.39" : "2.36";
        p.putArray("libc_ver").add("glibc").add(glibc);
        p.put("machine", "x86_64");
        p.put("node", m.node());
        p.put("platform", "Linux-" + m.kernel() + "-x86_64-with-glibc" + glibc);
        p.put("processor", "");
        p.putArray("python_build").add("main").add(py.startsWith("3.11") ? "Apr  6 2024 17:59:54"
                : "Jun  7 2024 10:12:41");
        p.put("python_compiler", ubuntu ? "GCC 13.2.0" : "GCC 12.2.0");
        p.put("python_implementation", "CPython");
        p.put("python_version", py);
        ArrayNode tuple = p.putArray("python_version_tuple");
        for (String part : py.split("\\.")) {
            tuple.add(part);
        }
        p.put("release", m.kernel());
        p.put("system", "Linux");
        p.putArray("uname").add("Linux").add(m.node()).add(m.kernel()).add(m.kernelBuild()).add("x86_64").add("");
        p.put("version", m.kernelBuild());
    }
}
