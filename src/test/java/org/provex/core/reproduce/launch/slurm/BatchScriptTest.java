package org.provex.core.reproduce.launch.slurm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.settings.ClusterProfile;
import org.provex.core.reproduce.launch.RunResources;
import org.provex.core.settings.ClusterProfiles;

/** The batch script: directives only from the profile, catalog text never read as shell or as a directive. */
@DisabledOnOs(OS.WINDOWS)
class BatchScriptTest {

    static final String DESCRIPTION = "CIFAR run 'best'\n#SBATCH --partition=evil\n$(touch pwned) `touch pwned`";
    static final List<String> ARGV = List.of("uv", "run", "--frozen", "deriva-ml-run", "--host", "h.example.org",
            "--catalog", "1", "model.lr=0.1", "+note='it''s $(touch pwned)'", "tag=`touch pwned`", "x=a;touch pwned",
            "++description='Reproduction of 1-AS10'");

    @TempDir
    Path tmp;

    static ResolvedProfile profile(String... keyValues) {
        ClusterProfile p = ClusterProfile.EMPTY;
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            p = ProfileKey.of(kv.substring(0, eq)).orElseThrow().set(p, List.of(kv.substring(eq + 1)));
        }
        return ResolvedProfile.resolve(ClusterProfiles.NONE.with(null, p), "demo", RunResources.NONE);
    }

    static BatchScript.Spec spec(Path ws, List<String> argv, ResolvedProfile profile) {
        return new BatchScript.Spec("provex-1-AS10", "1-AS10-20261204-120000", "1-AS10", "demo", DESCRIPTION,
                ws.resolve("checkout").toString(), ws.toString(), argv, profile);
    }

    @Test
    void directivesComeFromTheProfileOnlyAndCatalogTextStaysInOneCommentLine() {
        String script = BatchScript.render(spec(tmp, ARGV, profile("partition=gpu", "account=lab", "time_limit=4:00:00",
                "memory=32G", "cpus=8", "gpus=1", "gpu_type=a100", "extra_options=--constraint=a100|h100")));
        List<String> directives = script.lines().filter(l -> l.startsWith("#SBATCH")).toList();
        assertThat(directives).containsExactly("#SBATCH --job-name=provex-1-AS10",
                "#SBATCH --output=" + tmp + "/output.log", "#SBATCH --open-mode=append", "#SBATCH --partition=gpu",
                "#SBATCH --account=lab", "#SBATCH --time=4:00:00", "#SBATCH --mem=32G", "#SBATCH --cpus-per-task=8",
                "#SBATCH --gres=gpu:a100:1", "#SBATCH --constraint=a100|h100");
        assertThat(script).startsWith("#!/bin/bash\n")
                .contains("# Original description: CIFAR run 'best'\\u000a#SBATCH --partition=evil\\u000a$(touch "
                        + "pwned) `touch pwned`\n");
        assertThat(script.lines().filter(l -> l.contains("evil"))).hasSize(1);
    }

    @Test
    void bashRunsTheExactArgumentListInTheCheckoutAndKeepsTheExitCode() throws Exception {
        Path checkout = Files.createDirectories(tmp.resolve("checkout"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path uv = bin.resolve("uv");
        Files.writeString(uv, "#!/bin/sh\npwd > '" + tmp + "/cwd'\nprintf '%s\\0' \"$0\" \"$@\" > '" + tmp
                + "/argv'\necho training\nexit 3\n");
        Files.setPosixFilePermissions(uv, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> argv = new ArrayList<>(ARGV);
        argv.add("new\n#SBATCH --wrap=touch pwned");
        Path script = tmp.resolve(BatchScript.FILE);
        Files.writeString(script, BatchScript.render(spec(tmp, argv, profile("modules=cuda/12.1"))));
        assertThat(Files.readString(script)).startsWith("#!/bin/bash -l\n").contains("module load cuda/12.1 || {");
        // the modules are loaded by the cluster's own 'module'; here a function stands in for it
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "module() { echo \"module $*\"; }; export -f module; "
                + "bash " + ShellQuote.bash(script.toString())).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("SLURM_JOB_ID", "77");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(3);
        assertThat(out).contains("provex: Slurm job 77 on ").contains("module load cuda/12.1").contains("training")
                .contains("provex: the command ended with exit code 3");
        String recorded = Files.readString(tmp.resolve("argv"));
        List<String> got = Arrays.asList(recorded.substring(0, recorded.length() - 1).split("\0", -1));
        assertThat(got.subList(1, got.size())).isEqualTo(argv.subList(1, argv.size()));
        assertThat(Files.readString(tmp.resolve("cwd")).strip()).isEqualTo(checkout.toRealPath().toString());
        assertThat(tmp.resolve(BatchScript.EXIT_CODE_FILE)).hasContent("3");
        assertThat(tmp.resolve("pwned")).doesNotExist();
        assertThat(checkout.resolve("pwned")).doesNotExist();
    }

    @Test
    void aWorkspacePathSbatchCannotReadIsRefused() {
        assertThatThrownBy(() -> BatchScript.render(spec(tmp.resolve("100%"), ARGV, profile())))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("cannot be written on an #SBATCH");
        assertThat(BatchScript.directiveValue("/home/Jane Doe/ws", "p")).isEqualTo("\"/home/Jane Doe/ws\"");
    }
}
