package org.provex.core.instance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The later start's end of the single-instance hand-over ({@link WindowInstance} is the running window's): gives a
 * link to the window of the same data directory, if one is running and answers. Anything else (no instance file, a
 * stale one left by a window that did not close, a port now used by another program, no answer in time) means "no
 * window", and the caller opens its own.
 */
public final class LinkHandOver {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** The window answers from its own thread, not the FX thread, but a loaded machine may be slow to schedule it. */
    private static final int REPLY_TIMEOUT_MILLIS = 10_000;
    /** How often a start waiting for another start's window tries again. */
    private static final long WAIT_STEP_MILLIS = 100;

    private LinkHandOver() {
    }

    /**
     * Hands a link to the running window of this data directory.
     *
     * @param link the link as given; the window checks it again as untrusted text
     * @return true when the window took it (it then opens the record), false when no window did
     */
    public static boolean handOver(Path dataRoot, String link) {
        return request(dataRoot.resolve(WindowInstance.FILE_NAME), "OPEN", link);
    }

    /**
     * What a start with a link does when it would open a window: hands the link to the data directory's window; when
     * none answers, takes the {@link WindowLock} and so becomes that window; when another start holds the lock (its
     * window is on its way), waits for that window to answer, trying again every {@value #WAIT_STEP_MILLIS} ms. After
     * {@code patience} it gives up and opens a window of its own (one that takes no links).
     *
     * @param waiting called once, when this start begins to wait (to say so)
     */
    public static Start handOverOrClaim(Path dataRoot, String link, Duration patience, Runnable waiting)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            if (handOver(dataRoot, link)) {
                return new Start(true, null);
            }
            Optional<WindowLock> lock = WindowLock.claim(dataRoot);
            if (lock.isPresent()) {
                return new Start(false, lock.get());
            }
            if (System.nanoTime() - deadline > 0) {
                return new Start(false, null);
            }
            if (!told) {
                waiting.run();
                told = true;
            }
            Thread.sleep(WAIT_STEP_MILLIS);
        }
    }

    /**
     * The outcome of {@link #handOverOrClaim}.
     *
     * @param handedOver the window took the link: this start ends
     * @param lock       otherwise the lock this start now holds for its window (hand it to the window, which releases
     *                   it when it closes), or null when another start kept it past the patience
     */
    public record Start(boolean handedOver, WindowLock lock) {
    }

    /** Whether a window answers at the instance file's port with its token. */
    static boolean ping(Path file) {
        return request(file, "PING", null);
    }

    /** Sends one request; true when the window answered OK. */
    private static boolean request(Path file, String verb, String argument) {
        Optional<InstanceFile> instance = InstanceFile.read(file);
        if (instance.isEmpty() || argument != null && (argument.length() > WindowInstance.MAX_REQUEST / 2
                || argument.chars().anyMatch(c -> c == '\n' || c == '\r'))) {
            return false;
        }
        String line = verb + " " + instance.get().token() + (argument == null ? "" : " " + argument) + "\n";
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), instance.get().port()),
                    CONNECT_TIMEOUT_MILLIS);
            s.setSoTimeout(REPLY_TIMEOUT_MILLIS);
            OutputStream out = s.getOutputStream();
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return "OK".equals(WindowInstance.readLine(s.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }
}
