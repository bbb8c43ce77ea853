package reel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real Tomcat from an unpacked distribution ({@code CATALINA_HOME}), run with its own
 * {@code bin/catalina.sh run} on a fresh {@code CATALINA_BASE} that listens on 127.0.0.1 and a free port.
 * The base is the distribution's {@code conf/} with three edits to {@code server.xml}: the port and
 * loopback address, no shutdown port (this object stops Tomcat by its process), and the host's
 * background check every second instead of every ten, so a redeploy shows quickly.
 *
 * <p>{@link #close()} stops the Tomcat it started, gracefully (SIGTERM runs Tomcat's shutdown hook),
 * then forcibly if it has not ended within a minute; it never touches other processes.
 */
final class CatalinaProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final Path base;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    private CatalinaProcess(Path home, Path base, int port, Map<String, String> environment) {
        this.home = home;
        this.base = base;
        this.port = port;
        this.environment = environment;
    }

    /**
     * A fresh base at {@code base} (deleted first if present) for the distribution at {@code home}.
     *
     * @param environment extra environment variables for Tomcat, such as {@code REEL_MAX_RANGES}
     */
    static CatalinaProcess prepare(Path home, Path base, Map<String, String> environment) throws IOException {
        deleteTree(base);
        for (String dir : List.of("conf", "logs", "temp", "webapps", "work", "bin")) {
            Files.createDirectories(base.resolve(dir));
        }
        try (Stream<Path> files = Files.list(home.resolve("conf"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
            }
        }
        int port = freePort();
        Path serverXml = base.resolve("conf/server.xml");
        String xml = Files.readString(serverXml);
        xml = replaceOnce(xml, "<Server port=\"8005\"", "<Server port=\"-1\"");
        xml = replaceOnce(xml, "<Connector port=\"8080\" protocol=\"HTTP/1.1\"",
                "<Connector port=\"" + port + "\" address=\"127.0.0.1\" protocol=\"HTTP/1.1\"");
        xml = replaceOnce(xml, "<Engine name=\"Catalina\" defaultHost=\"localhost\">",
                "<Engine name=\"Catalina\" defaultHost=\"localhost\" backgroundProcessorDelay=\"1\">");
        Files.writeString(serverXml, xml);
        return new CatalinaProcess(home, base, port, Map.copyOf(environment));
    }

    Path base() {
        return base;
    }

    int port() {
        return port;
    }

    /** The JVM's process: {@code catalina.sh run} replaces its shell with Java ({@code exec}). */
    long pid() {
        return process.pid();
    }

    /** Writes a file in the base, such as {@code conf/Catalina/localhost/reel.xml} or {@code bin/setenv.sh}. */
    void write(String relativePath, String content) throws IOException {
        Path file = base.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Inserts {@code text} before the one occurrence of {@code marker} in a file of the base, as an operator edits conf/. */
    void insertBefore(String relativePath, String marker, String text) throws IOException {
        Path file = base.resolve(relativePath);
        Files.writeString(file, replaceOnce(Files.readString(file), marker, text + marker));
    }

    /** Replaces the one occurrence of {@code target} in a file of the base with {@code replacement}, as an operator edits conf/. */
    void replace(String relativePath, String target, String replacement) throws IOException {
        Path file = base.resolve(relativePath);
        Files.writeString(file, replaceOnce(Files.readString(file), target, replacement));
    }

    /** The lines of Tomcat's access logs ({@code logs/localhost_access_log.*.txt}) so far, oldest first. */
    List<String> accessLogLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(base.resolve("logs"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (file.getFileName().toString().startsWith("localhost_access_log")) {
                    lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
                }
            }
        }
        return lines;
    }

    /** Copies a WAR into {@code webapps/} in one rename, so the deployer never sees half a file. */
    void deploy(Path war) throws IOException {
        deploy(war, war.getFileName().toString());
    }

    /** Copies a WAR into {@code webapps/} under {@code fileName}, such as {@code reel##002.war}, in one rename. */
    void deploy(Path war, String fileName) throws IOException {
        Path staging = base.resolve("temp").resolve(fileName);
        Files.copy(war, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, base.resolve("webapps").resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes a WAR from {@code webapps/}; Tomcat undeploys it at its next background check. */
    void undeploy(String fileName) throws IOException {
        Files.delete(base.resolve("webapps").resolve(fileName));
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/catalina.sh").toString(), "run")
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("logs/console.out").toFile());
        Map<String, String> env = builder.environment();
        // The test decides every reel setting; the build's own environment must not leak in.
        env.keySet().removeIf(name -> name.startsWith("REEL_") || name.startsWith("CATALINA_")
                || name.equals("JAVA_OPTS") || name.equals("JRE_HOME"));
        env.put("CATALINA_HOME", home.toString());
        env.put("CATALINA_BASE", base.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        process = builder.start();
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + port + rawPath);
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops Tomcat gracefully and waits for it; the exit code of a JVM ended by SIGTERM is 143. */
    int stop() throws InterruptedException {
        if (process == null) {
            return 0;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("Tomcat did not stop within " + STOP_TIMEOUT + "; killed it");
        }
        return process.exitValue();
    }

    /**
     * Ends Tomcat at once with SIGKILL, as a machine that fails: no shutdown hook runs, and the kernel
     * closes its connections. The exit code, 137 (128 + 9).
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops Tomcat if it still runs, as after a failed assertion; forcibly if this thread is interrupted. */
    @Override
    public void close() {
        if (!isRunning()) {
            return;
        }
        try {
            stop();
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Every line of every log in {@code logs/} (console output included), prefixed with its file name. */
    List<String> logLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(base.resolve("logs"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    lines.add(file.getFileName() + ": " + line);
                }
            }
        }
        return lines;
    }

    /** The lines that fail a deployment ({@link TomcatLog}), prefixed with their file's name. */
    List<String> problems() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(base.resolve("logs"))) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (!file.getFileName().toString().startsWith("localhost_access_log")) {
                    TomcatLog.problems(Files.readAllLines(file, StandardCharsets.UTF_8))
                            .forEach(line -> problems.add(file.getFileName() + ": " + line));
                }
            }
        }
        return problems;
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException("the file does not contain exactly one " + target);
        }
        return text.replace(target, replacement);
    }

    /** A port that was free a moment ago; Tomcat fails to start (and the test with it) if it is taken since. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
