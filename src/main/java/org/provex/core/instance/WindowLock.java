package org.provex.core.instance;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which start of a data directory becomes the window that takes the links of later starts: the one that holds the
 * operating system's lock on {@value #FILE_NAME}, from the moment it decides to open a window until that window
 * closes. Two starts in the same instant cannot both hold it, so the second waits for the first's window
 * ({@link LinkHandOver#handOverOrClaim}) instead of opening another. The system releases the lock of a process that
 * ends in any way, so a lock is never left behind by a crash. The file itself stays empty.
 */
public final class WindowLock implements AutoCloseable {

    /** The file in the data directory whose lock the window's start holds. */
    public static final String FILE_NAME = "window.lock";
    private static final Logger LOG = LoggerFactory.getLogger(WindowLock.class);

    private final FileChannel channel;
    private final FileLock lock;

    private WindowLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @return this start's lock, or empty when another start (another process, or a window of this one) holds it.
     *         Where the file system has no locks, a lock that locks nothing: every start then opens its own window,
     *         as without this class.
     */
    public static Optional<WindowLock> claim(Path dataRoot) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataRoot);
            channel = FileChannel.open(dataRoot.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new WindowLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            LOG.debug("A window of this process holds {}", FILE_NAME);
        } catch (IOException e) {
            LOG.debug("No lock on {} ({}): starts are not serialised", FILE_NAME, e.toString());
            closeQuietly(channel);
            return Optional.of(new WindowLock(null, null));
        }
        closeQuietly(channel);
        return Optional.empty();
    }

    /** Releases the lock (the window closed, or this start will not open one after all). */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("Releasing {}: {}", FILE_NAME, e.toString());
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing {}: {}", FILE_NAME, e.toString());
        }
    }
}
