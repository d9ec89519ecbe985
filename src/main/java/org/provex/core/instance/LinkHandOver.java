package org.provex.core.instance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
