package org.provex.core.instance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.provex.core.links.RecordLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running window's end of the single-instance hand-over: a later {@code provex LINK} (a link clicked on the
 * desktop, or typed) gives its link to this window instead of opening a second one ({@link LinkHandOver} is the
 * other end). Listens on a loopback port named, with a random token, in the data directory's instance file
 * ({@link InstanceFile}). Everything that arrives is untrusted: a request longer than a record link is cut off, the
 * token is compared in constant time, and the link is parsed and checked by {@link RecordLink#parse} exactly as
 * {@code provex LINK} parses its argument before anything is looked up. Requests are served one at a time on the
 * caller's executor, each with a read timeout, so a client that sends nothing cannot hold the window.
 *
 * <p>Protocol, one line each way, UTF-8: {@code OPEN <token> <link>} or {@code PING <token>}, answered
 * {@code OK} or {@code NO <reason>}.
 */
public final class WindowInstance implements AutoCloseable {

    /** The file in the data directory that names the running window's port and token. */
    public static final String FILE_NAME = "window.instance";
    /** The request line may be no longer than this: a verb, a token and a link of at most 2,048 characters. */
    static final int MAX_REQUEST = 4096;
    private static final int READ_TIMEOUT_MILLIS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(WindowInstance.class);

    private final ServerSocket server;
    private final InstanceFile published;
    private final Path file;
    private final Consumer<RecordLink> onLink;
    private final WindowLock lock;

    private WindowInstance(ServerSocket server, InstanceFile published, Path file, Consumer<RecordLink> onLink,
            WindowLock lock) {
        this.server = server;
        this.published = published;
        this.file = file;
        this.onLink = onLink;
        this.lock = lock;
    }

    /** {@link #listen(Path, WindowLock, Executor, Consumer)} for a start that holds no lock yet. */
    public static WindowInstance listen(Path dataRoot, Executor executor, Consumer<RecordLink> onLink)
            throws IOException {
        return listen(dataRoot, null, executor, onLink);
    }

    /**
     * Starts listening and publishes the instance file, unless another window of this data directory holds the
     * {@link WindowLock} or already answers (that one keeps receiving links, and this window gets none).
     *
     * @param dataRoot the data directory
     * @param claimed  the lock this start took before it decided to open a window (a start with a link), or null to
     *                 take it now; the instance keeps it until {@link #close}, and releases it when it gets no links
     * @param executor runs the one accepting loop for as long as the window lives (a daemon thread)
     * @param onLink   called on the executor's thread with each checked link handed over
     * @return the listening instance, or null when another window receives the links
     */
    public static WindowInstance listen(Path dataRoot, WindowLock claimed, Executor executor,
            Consumer<RecordLink> onLink) throws IOException {
        WindowLock lock = claimed != null ? claimed : WindowLock.claim(dataRoot).orElse(null);
        Path file = dataRoot.resolve(FILE_NAME);
        if (lock == null || LinkHandOver.ping(file)) {
            LOG.info("Another Provex window of this data directory receives the links of later starts");
            if (lock != null) {
                lock.close();
            }
            return null;
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            InstanceFile published = InstanceFile.create(server.getLocalPort());
            published.write(file);
            WindowInstance instance = new WindowInstance(server, published, file, Objects.requireNonNull(onLink),
                    lock);
            executor.execute(instance::serve);
            return instance;
        } catch (IOException | RuntimeException e) {
            server.close();
            lock.close();
            throw e;
        }
    }

    /** The loopback port (tests). */
    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(READ_TIMEOUT_MILLIS);
                String reply = answer(readLine(s.getInputStream()));
                OutputStream out = s.getOutputStream();
                out.write((reply + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (SocketTimeoutException e) {
                LOG.debug("A link hand-over sent no request in time");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("A link hand-over failed: {}", e.toString());
                }
            }
        }
    }

    /** The reply to one request line (null: too long or cut off). */
    String answer(String line) {
        if (line == null) {
            return "NO request too long or incomplete";
        }
        String[] parts = line.split(" ", 3);
        boolean open = parts.length == 3 && parts[0].equals("OPEN");
        boolean ping = parts.length == 2 && parts[0].equals("PING");
        if (!open && !ping) {
            return "NO unknown request";
        }
        if (!MessageDigest.isEqual(parts[1].getBytes(StandardCharsets.UTF_8),
                published.token().getBytes(StandardCharsets.UTF_8))) {
            return "NO wrong token";
        }
        if (ping) {
            return "OK";
        }
        RecordLink link;
        try {
            link = RecordLink.parse(parts[2]);
        } catch (IllegalArgumentException e) {
            return "NO " + oneLine(e.getMessage());
        }
        LOG.info("A later start handed over a link to {} in {}", link.rid(), link.location().describe());
        onLink.accept(link);
        return "OK";
    }

    /** One line of at most {@link #MAX_REQUEST} bytes, without its newline; null when longer or not ended. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_REQUEST) {
                return null;
            }
            line.write(b);
        }
        return null;
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\p{Cntrl}", " ");
    }

    /** Stops listening, removes the instance file if it is still this window's, and releases the lock. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the link hand-over socket: {}", e.toString());
        }
        try {
            if (InstanceFile.read(file).filter(published::equals).isPresent()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debug("Removing {}: {}", file, e.toString());
        }
        lock.close();
    }
}
