package org.provex.core.reproduce.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process on this computer whose output goes to a file, followed line by line on the caller's executor. Writing to
 * a file rather than a pipe lets the process outlive Provex (a pipe would break when Provex exits) and lets a later
 * session read what it wrote.
 */
final class LocalLaunch extends FollowedLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(LocalLaunch.class);
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ProcessHandle handle;
    private final Process process;
    private final Path log;
    private volatile Integer exitCode;

    private LocalLaunch(ProcessHandle handle, Process process, Path log, long offset, LaunchListener listener) {
        super(new LogTail(log, offset, listener));
        this.handle = handle;
        this.process = process;
        this.log = log;
    }

    /** Follows a process this JVM started. */
    static LocalLaunch follow(Process process, Path log, long offset, LaunchListener listener, Executor executor) {
        LocalLaunch launch = new LocalLaunch(process.toHandle(), process, log, offset, listener);
        executor.execute(launch::run);
        return launch;
    }

    /** Follows a process found again by its id (started by an earlier session): no exit code can be observed. */
    static LocalLaunch reattach(ProcessHandle handle, Path log, long offset, LaunchListener listener,
                                Executor executor) {
        LocalLaunch launch = new LocalLaunch(handle, null, log, offset, listener);
        executor.execute(launch::run);
        return launch;
    }

    @Override
    public long pid() {
        return handle.pid();
    }

    @Override
    public OptionalInt exitCode() {
        Integer code = exitCode;
        return code == null || code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public void cancel() {
        if (!handle.isAlive()) {
            return;
        }
        cancelled = true;
        List<ProcessHandle> tree = ProcessTree.terminate(handle, GRACE);
        LOG.info("Cancelled launch {} ({} processes)", handle.pid(), tree.size());
    }

    private void run() {
        try (LogTail t = tail) {
            boolean ended = false;
            while (true) {
                if (t.drain()) {
                    continue;
                }
                if (ended) {
                    break;
                }
                // nothing new: wait a little for more output or the end, then read once more to drain
                ended = waitForExit();
            }
            t.finish();
        } catch (IOException e) {
            LOG.warn("Reading the output of process {} from {} failed", handle.pid(), log, e);
            tail.deliver("provex: the output could not be read from " + log + " (" + e.getMessage() + ")");
            awaitQuietly();
        }
        exitCode = process == null ? -1 : process.exitValue();
        tail.exited(exitCode, cancelled);
        completion.complete(exitCode);
    }

    private boolean waitForExit() {
        try {
            if (process != null) {
                return process.waitFor(100, TimeUnit.MILLISECONDS);
            }
            handle.onExit().get(100, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void awaitQuietly() {
        while (!waitForExit()) {
            Thread.onSpinWait();
        }
    }
}
