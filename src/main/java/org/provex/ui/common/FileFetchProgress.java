package org.provex.ui.common;

import java.util.function.Consumer;
import org.provex.core.sync.SyncListener;

/**
 * A background fetch of metadata files as one line for a busy view ("Fetching metadata files: 3 of 10"). Called from
 * the download threads; hands each line to {@code out} (a task's progress, which the runner delivers on the FX
 * thread).
 */
public final class FileFetchProgress implements SyncListener {

    private final Messages msg = Messages.of(FileFetchProgress.class);
    private final Consumer<String> out;
    private long planned;
    private long done;

    public FileFetchProgress(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public synchronized void filesPlanned(long files, long bytes) {
        planned = Math.max(planned, files);
        out.accept(msg.get("fetch.progress", done, planned));
    }

    @Override
    public synchronized void fileFetched(String filename, long bytes) {
        done++;
        out.accept(msg.get("fetch.progress", done, planned));
    }

    @Override
    public synchronized void fileFailed(String filename, String reason) {
        done++;
        out.accept(msg.get("fetch.progress", done, planned));
    }
}
