package org.provex.core.reproduce.launch.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-ins for the programs the Slurm target runs (sbatch, squeue, sacct, scontrol, scancel, ssh, rsync), as POSIX
 * shell scripts on a PATH of the test's own. Each records every call's argument list (one argument per line, a line
 * {@code <end of call>} after each call) and working directory, and answers with the next of its scripted replies
 * (the last one again once they run out). Two behave like the real thing: {@link #runningSbatch} runs the submitted
 * script in the background with its output appended where {@code #SBATCH --output} says and keeps squeue's answer
 * current, and {@link #ssh} runs the remote command with {@code sh -c}, as the login node's shell would.
 */
public final class SlurmStandIns {

    /** One answer: what is printed and the exit code. */
    public record Reply(String output, int exitCode) {
        public static Reply ok(String output) {
            return new Reply(output, 0);
        }
    }

    public static final String JOB_ID = "4242";

    public final Path dir;
    public final Path bin;
    public final Path record;

    /** The system programs the stand-ins and the batch script use; nothing else of the system is on PATH. */
    private static final List<String> SYSTEM = List.of("sh", "bash", "sed", "cp", "tr", "cat", "mkdir", "dirname",
            "rm", "sleep", "touch", "date", "hostname", "pkill", "head", "tail", "env", "kill", "ls");

    final Path sys;

    public SlurmStandIns(Path dir) throws IOException {
        this.dir = dir;
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.record = Files.createDirectories(dir.resolve("record"));
        this.sys = Files.createDirectories(dir.resolve("sys"));
        for (String name : SYSTEM) {
            for (String folder : List.of("/usr/bin", "/bin", "/usr/sbin")) {
                Path p = Path.of(folder, name);
                Path wrapper = sys.resolve(name);
                if (Files.isExecutable(p) && !Files.exists(wrapper)) {
                    // a wrapper rather than a link: the temp folder holds no link to outside it
                    Files.writeString(wrapper, "#!/bin/sh\nexec " + p + " \"$@\"\n", StandardCharsets.UTF_8);
                    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    /** A program that records its calls and answers with {@code replies} in turn. */
    public SlurmStandIns scripted(String name, Reply... replies) throws IOException {
        Path answers = Files.createDirectories(dir.resolve("replies").resolve(name));
        for (int i = 0; i < replies.length; i++) {
            write(answers, String.valueOf(i + 1), replies[i]);
            if (i == replies.length - 1) {
                write(answers, "last", replies[i]);
            }
        }
        String script = "#!/bin/sh\n"
                + recordCall(name)
                + "f='" + answers + "'/$n; [ -e \"$f.out\" ] || f='" + answers + "'/last\n"
                + "[ -e \"$f.out\" ] && cat \"$f.out\"\n"
                + "exit $(cat \"$f.rc\" 2>/dev/null || echo 0)\n";
        return program(name, script);
    }

    /**
     * sbatch that runs the job: the script in the background with {@code SLURM_JOB_ID} set and its output appended to
     * the {@code --output} file; squeue then answers RUNNING, and COMPLETED or FAILED once the script ended (sacct
     * says accounting is disabled, scontrol knows no exit code: the target reads the exit code file).
     */
    public SlurmStandIns runningSbatch() throws IOException {
        String state = record.resolve("job.state").toString();
        program("sbatch", "#!/bin/sh\n"
                + recordCall("sbatch")
                + "script=\"$2\"\n"
                + "cp \"$script\" '" + record + "/submitted.sbatch'\n"
                + "out=$(sed -n 's/^#SBATCH --output=//p' \"$script\" | tr -d '\"')\n"
                + "echo RUNNING > '" + state + "'\n"
                + "( SLURM_JOB_ID=" + JOB_ID + " bash \"$script\" >> \"$out\" 2>&1; rc=$?;"
                + " if [ -e '" + state + ".cancel' ]; then echo CANCELLED > '" + state + "';"
                + " elif [ $rc = 0 ]; then echo COMPLETED > '" + state + "'; else echo FAILED > '" + state + "'; fi )"
                + " </dev/null >/dev/null 2>&1 &\n"
                + "echo $! > '" + record + "/job.pid'\n"
                + "echo '" + JOB_ID + ";provex-test'\n");
        program("squeue", "#!/bin/sh\n" + recordCall("squeue")
                + "echo \"" + JOB_ID + "|$(cat '" + state + "')|None|0:01|node1\"\n");
        program("scancel", "#!/bin/sh\n" + recordCall("scancel")
                + "touch '" + state + ".cancel'\n"
                + "pkill -TERM -P $(cat '" + record + "/job.pid') 2>/dev/null; exit 0\n");
        scripted("sacct", new Reply("Slurm accounting storage is disabled\n", 1));
        scripted("scontrol", new Reply("slurm_load_jobs error: Invalid job id specified\n", 1));
        return this;
    }

    /** ssh that runs the remote command here with {@code sh -c} (the last argument), as the login shell would. */
    public SlurmStandIns ssh(int exitCode) throws IOException {
        return program("ssh", "#!/bin/sh\n" + recordCall("ssh")
                + (exitCode == 255 ? "echo 'ssh: connect to host login port 22: Connection refused' >&2; exit 255\n"
                : "for last in \"$@\"; do :; done\nexec sh -c \"$last\"\n"));
    }

    /** rsync that copies {@code SRC/} into the folder named after {@code host:}. */
    public SlurmStandIns rsync() throws IOException {
        return program("rsync", "#!/bin/sh\n" + recordCall("rsync")
                + "for a in \"$@\"; do src=\"$dst\"; dst=\"$a\"; done\n"
                + "mkdir -p \"${dst#*:}\" && cp -R \"$src\". \"${dst#*:}\"\n");
    }

    /** A program given as a whole script. */
    public SlurmStandIns program(String name, String script) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    /** The calls a program got, each as its argument list. */
    public List<List<String>> calls(String name) throws IOException {
        Path f = record.resolve(name + ".argv");
        List<List<String>> out = new ArrayList<>();
        if (!Files.exists(f)) {
            return out;
        }
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.equals("<end of call>")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return out;
    }

    /**
     * PATH finds the stand-ins, then links to the few system programs they use: a machine with real Slurm (or ssh)
     * installed does not leak it into a test.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", bin + ":" + sys);
        return env;
    }

    private static String recordCall(String name) {
        return "rec=\"$(dirname \"$0\")/../record\"\n"
                + "n=$(cat \"$rec/" + name + ".count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$rec/" + name
                + ".count\"\n"
                + "{ for a in \"$@\"; do printf '%s\\n' \"$a\"; done; echo '<end of call>'; } >> \"$rec/" + name
                + ".argv\"\n"
                + "pwd >> \"$rec/" + name + ".cwd\"\n";
    }

    private static void write(Path dir, String name, Reply r) throws IOException {
        Files.writeString(dir.resolve(name + ".out"), r.output(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".rc"), String.valueOf(r.exitCode()), StandardCharsets.UTF_8);
    }
}
