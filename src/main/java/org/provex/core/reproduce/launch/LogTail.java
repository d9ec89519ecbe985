package org.provex.core.reproduce.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a log file that something else appends to, from an offset, and hands each complete line to the listeners;
 * keeps the last lines for a view that opens later. A launch calls {@link #drain()} whenever it looks for more
 * output and {@link #finish()} once nothing more will be written.
 */
public final class LogTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogTail.class);
    private static final int RECENT_LINES = 2000;
    private static final int MAX_LINE_BYTES = 64 * 1024;

    private final Path log;
    private final List<LaunchListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    private FileChannel channel;
    private long position;

    public LogTail(Path log, long offset, LaunchListener listener) {
        this.log = log;
        this.position = offset;
        if (listener != null) {
            listeners.add(listener);
        }
    }

    public List<LaunchListener> listeners() {
        return listeners;
    }

    /**
     * Delivers every complete line written since the last call; returns true when anything was read. A file that
     * does not exist yet reads as empty (a batch job creates its output when it starts).
     */
    public boolean drain() throws IOException {
        if (channel == null) {
            if (!java.nio.file.Files.exists(log)) {
                return false;
            }
            channel = FileChannel.open(log, StandardOpenOption.READ);
        }
        channel.position(position);
        boolean any = false;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n <= 0) {
                return any;
            }
            any = true;
            position += n;
            split(buffer.array(), n);
        }
    }

    /** Delivers a last line that has no line end. */
    public void finish() {
        if (line.size() > 0) {
            emit();
        }
    }

    /** A line of Provex's own (e.g. why the output cannot be read), delivered like the log's lines. */
    public void deliver(String text) {
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

    /** Tells the listeners the launch ended. */
    public void exited(int exitCode, boolean cancelled) {
        for (LaunchListener l : listeners) {
            try {
                l.exited(exitCode, cancelled);
            } catch (RuntimeException e) {
                LOG.warn("A launch listener failed", e);
            }
        }
    }

    /** Tells the listeners a batch job's state. */
    public void job(BatchJob job) {
        for (LaunchListener l : listeners) {
            try {
                l.job(job);
            } catch (RuntimeException e) {
                LOG.warn("A launch listener failed", e);
            }
        }
    }

    public List<String> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }

    private void split(byte[] bytes, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                emit();
                start = i + 1;
            } else if (line.size() + (i - start) >= MAX_LINE_BYTES) {
                line.write(bytes, start, i - start);
                emit();
                start = i;
            }
        }
        line.write(bytes, start, n - start);
    }

    private void emit() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        deliver(text);
    }
}
