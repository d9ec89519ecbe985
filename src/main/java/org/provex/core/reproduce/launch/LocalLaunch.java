package org.provex.core.reproduce.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
final class LocalLaunch implements LaunchHandle {

    private static final Logger LOG = LoggerFactory.getLogger(LocalLaunch.class);
    private static final int RECENT_LINES = 2000;
    private static final int MAX_LINE_BYTES = 64 * 1024;
    private static final Duration GRACE = Duration.ofSeconds(5);

    private final ProcessHandle handle;
    private final Process process;
    private final Path log;
    private final long offset;
    private final List<LaunchListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final CompletableFuture<Integer> completion = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Integer exitCode;

    private LocalLaunch(ProcessHandle handle, Process process, Path log, long offset, LaunchListener listener) {
        this.handle = handle;
        this.process = process;
        this.log = log;
        this.offset = offset;
        if (listener != null) {
            listeners.add(listener);
        }
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
    public boolean isRunning() {
        return !completion.isDone();
    }

    @Override
    public OptionalInt exitCode() {
        Integer code = exitCode;
        return code == null || code < 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<Integer> completion() {
        return completion;
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

    @Override
    public List<String> recentOutput() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    @Override
    public void addListener(LaunchListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(LaunchListener listener) {
        listeners.remove(listener);
    }

    private void run() {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            channel.position(offset);
            ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean ended = false;
            while (true) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n > 0) {
                    split(buffer.array(), n, line);
                    continue;
                }
                if (ended) {
                    break;
                }
                // nothing new: wait a little for more output or the end, then read once more to drain
                ended = waitForExit();
            }
            if (line.size() > 0) {
                emit(line);
            }
        } catch (IOException e) {
            LOG.warn("Reading the output of process {} from {} failed", handle.pid(), log, e);
            deliver("provex: the output could not be read from " + log + " (" + e.getMessage() + ")");
            awaitQuietly();
        }
        exitCode = process == null ? -1 : process.exitValue();
        for (LaunchListener l : listeners) {
            try {
                l.exited(exitCode, cancelled);
            } catch (RuntimeException e) {
                LOG.warn("A launch listener failed", e);
            }
        }
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

    private void split(byte[] bytes, int n, ByteArrayOutputStream line) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                emit(line);
                start = i + 1;
            } else if (line.size() + (i - start) >= MAX_LINE_BYTES) {
                line.write(bytes, start, i - start);
                emit(line);
                start = i;
            }
        }
        line.write(bytes, start, n - start);
    }

    private void emit(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        deliver(text);
    }

    private void deliver(String text) {
        synchronized (recent) {
            recent.addLast(text);
            while (recent.size() > RECENT_LINES) {
                recent.removeFirst();
            }
        }
        for (LaunchListener l : listeners) {
            try {
                l.output(text);
            } catch (RuntimeException e) {
                LOG.warn("A launch listener failed", e);
            }
        }
    }
}
