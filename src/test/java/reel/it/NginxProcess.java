package reel.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx ({@code /usr/sbin/nginx}) in the foreground with deploy/nginx/reel.conf in front of
 * given reel nodes ({@link NginxConf}), on 127.0.0.1 and a free port, with everything it writes (its
 * configuration, logs, cache, temporary files, pid) in one folder. Each instance starts with an empty
 * cache and no memory of failed nodes. {@link #close()} stops the master process it started (SIGTERM,
 * nginx's fast shutdown, which ends its workers), forcibly if it has not ended within half a minute.
 */
final class NginxProcess implements AutoCloseable {

    static final String INSTALL_COMMAND = "apt-get install nginx-light";
    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path folder;
    private final int port;
    private final Process process;

    private NginxProcess(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** What is missing to run nginx, in words; empty when it is there. */
    static List<String> missing() {
        return Files.isExecutable(BINARY) ? List.of() : List.of("nginx at " + BINARY);
    }

    /** Whether a missing nginx fails the build: on CI it must run, as .ci/run installs it first. */
    static boolean isRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Starts nginx in a fresh {@code folder} (deleted first if present) in front of {@code nodes}, in that order. */
    static NginxProcess start(Path folder, List<CatalinaProcess> nodes) throws Exception {
        CatalinaProcess.deleteTree(folder);
        Files.createDirectories(folder.resolve("logs"));
        Files.createDirectories(folder.resolve("temp"));
        int port = freePort();
        List<Integer> nodePorts = nodes.stream().map(CatalinaProcess::port).toList();
        Path site = folder.resolve("reel.conf");
        Files.writeString(site, NginxConf.site(Files.readString(NginxConf.SITE), nodePorts, port, folder));
        Path main = folder.resolve("nginx.conf");
        Files.writeString(main, NginxConf.main(folder, site, isRoot()));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", folder + "/", "-c", main.toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs/console.out").toFile())
                .start();
        NginxProcess nginx = new NginxProcess(folder, port, process);
        try {
            nginx.awaitListening();
        } catch (Exception | AssertionError e) {
            nginx.close();
            throw e;
        }
        return nginx;
    }

    int port() {
        return port;
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + port + rawPath);
    }

    /** The lines of deploy/nginx/reel.conf's access log so far, one per finished request, in the order they ended. */
    List<String> accessLog() throws IOException {
        return Files.readAllLines(folder.resolve("logs/reel-access.log"), StandardCharsets.UTF_8);
    }

    /**
     * Waits until the access log has at least {@code lines} lines and returns them: nginx writes a request's
     * line when it is done with it, which can be after the client has its body (nginx finishes storing
     * the slice it was fetching).
     */
    List<String> awaitAccessLog(int lines) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        List<String> log = accessLog();
        while (log.size() < lines) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + STARTUP + " for " + lines + " lines in nginx's access log: " + log);
            }
            Thread.sleep(50);
            log = accessLog();
        }
        return log;
    }

    /** nginx's error log so far: failed nodes, premature closes, nodes taken out. */
    String errorLog() throws IOException {
        return Files.readString(folder.resolve("logs/error.log"), StandardCharsets.UTF_8);
    }

    /** Stops nginx if it still runs; forcibly, workers first, if it does not end in time or this thread is interrupted. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                killWithWorkers();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            killWithWorkers();
            Thread.currentThread().interrupt();
        }
    }

    private void killWithWorkers() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitListening() throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited with " + process.exitValue() + ": " + startupOutput());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(ReelServer.LOOPBACK, port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen within " + STARTUP + ": " + startupOutput());
    }

    private String startupOutput() throws IOException {
        List<String> output = new ArrayList<>(Files.readAllLines(folder.resolve("logs/console.out")));
        Path errorLog = folder.resolve("logs/error.log");
        if (Files.exists(errorLog)) {
            output.addAll(Files.readAllLines(errorLog));
        }
        return String.join("\n", output);
    }

    /** Whether this process runs as root: the kernel makes it the owner of /proc/self. */
    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
