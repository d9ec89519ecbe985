package org.provex.core.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provex.core.links.RecordLink;
import org.provex.core.model.Rid;

/**
 * The single-instance hand-over over a real loopback socket: the running window's end ({@link WindowInstance}) and a
 * later start's ({@link LinkHandOver}), with the instance file in a temporary data directory.
 */
class WindowInstanceTest {

    private static final String LINK = "https://data.example.org/id/1/1-ABC4";

    @TempDir
    Path home;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<RecordLink> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private WindowInstance listen() throws IOException {
        return WindowInstance.listen(home, executor, received::add);
    }

    private Path file() {
        return home.resolve(WindowInstance.FILE_NAME);
    }

    /** One raw request line to the window, as any local program could send it; the reply line. */
    private String send(int port, String line) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.shutdownOutput();
            return WindowInstance.readLine(s.getInputStream());
        } catch (java.net.SocketException e) {
            return "reset";     // the window closed the connection on a request it stopped reading
        }
    }

    @Test
    void aLaterStartHandsItsLinkToTheRunningWindowWhichGetsItChecked() throws Exception {
        try (WindowInstance window = listen()) {
            assertThat(window).isNotNull();
            assertThat(Files.readString(file())).startsWith("provex-window 1\nport=" + window.port() + "\ntoken=");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
            }

            assertThat(LinkHandOver.handOver(home, "provex:" + LINK)).isTrue();
            assertThat(received).hasSize(1);
            assertThat(received.get(0).rid()).isEqualTo(Rid.of("1-ABC4"));
            assertThat(received.get(0).location().origin()).isEqualTo("https://data.example.org");
        }
        // closed: the file is gone, and a later start opens its own window
        assertThat(file()).doesNotExist();
        assertThat(LinkHandOver.handOver(home, LINK)).isFalse();
    }

    @Test
    void nothingButAWellFormedLinkWithTheTokenGetsThrough() throws Exception {
        try (WindowInstance window = listen()) {
            String token = InstanceFile.read(file()).orElseThrow().token();
            int port = window.port();
            assertThat(send(port, "OPEN " + "0".repeat(64) + " " + LINK + "\n")).isEqualTo("NO wrong token");
            assertThat(send(port, "OPEN " + token + "\n")).isEqualTo("NO unknown request");
            assertThat(send(port, "DELETE " + token + " x\n")).isEqualTo("NO unknown request");
            assertThat(send(port, "OPEN " + token + " file:///etc/passwd\n")).startsWith("NO ")
                    .contains("not a link to one record");
            assertThat(send(port, "OPEN " + token + " https://user:secret@data.example.org/id/1/1-ABC4\n"))
                    .startsWith("NO ");
            assertThat(send(port, "OPEN " + token + " " + LINK + "/" + "x".repeat(5000) + "\n"))
                    .isIn("NO request too long or incomplete", "reset");
            assertThat(send(port, "OPEN " + token + " " + LINK)).isEqualTo("NO request too long or incomplete");
            assertThat(received).isEmpty();
            // the window still answers after all of that
            assertThat(send(port, "OPEN " + token + " " + LINK + "\n")).isEqualTo("OK");
            assertThat(received).hasSize(1);
        }
    }

    @Test
    void aStaleOrForeignInstanceFileMeansNoWindow() throws Exception {
        assertThat(LinkHandOver.handOver(home, LINK)).isFalse();    // no file at all
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        InstanceFile.create(closedPort).write(file());   // left by a window that did not close
        assertThat(LinkHandOver.handOver(home, LINK)).isFalse();
        Files.writeString(file(), "port=1\n");
        assertThat(LinkHandOver.handOver(home, LINK)).isFalse();

        // a program that is not Provex listens on the port named: no "OK", so no window
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            executor.execute(() -> {
                try (Socket s = other.accept()) {
                    s.getOutputStream().write("HTTP/1.0 400 Bad Request\n".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the test ends
                }
            });
            InstanceFile.create(other.getLocalPort()).write(file());
            assertThat(LinkHandOver.handOver(home, LINK)).isFalse();
        }
        // a new window replaces the stale file
        try (WindowInstance window = listen()) {
            assertThat(window).isNotNull();
            assertThat(LinkHandOver.handOver(home, LINK)).isTrue();
        }
    }

    @Test
    void aSecondWindowLeavesTheLinksToTheFirst() throws Exception {
        List<RecordLink> second = new CopyOnWriteArrayList<>();
        try (WindowInstance first = listen()) {
            String published = Files.readString(file());
            assertThat(WindowInstance.listen(home, executor, second::add)).isNull();
            assertThat(Files.readString(file())).isEqualTo(published);
            assertThat(LinkHandOver.handOver(home, LINK)).isTrue();
            assertThat(received).hasSize(1);
            assertThat(second).isEmpty();
        }
    }
}
