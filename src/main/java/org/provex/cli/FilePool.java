package org.provex.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The CLI's download threads (named daemons): the composition root of a command owns them. */
final class FilePool implements AutoCloseable {

    static final int THREADS = 4;

    private final ExecutorService executor;

    FilePool() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "provex-download-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
