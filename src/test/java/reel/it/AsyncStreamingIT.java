package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-blocking streams over real sockets against the WAR in Tomcat: viewers who stall, leave or
 * outlast the file, counted in threads and file descriptors rather than timed.
 */
class AsyncStreamingIT {

    private static final long LONG_SIZE = 1L << 30;
    private static final String LONG = "/reel/video/long.mp4";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    static Path root;

    private static Path longFile;
    private static ReelServer server;

    @BeforeAll
    static void start() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        longFile = sparse(media.resolve("long.mp4"), LONG_SIZE);
        server = ReelServer.start(media);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetEarlierLogs() throws InterruptedException {
        awaitNoHandlesOn(longFile);
        server.logs().clear();
    }

    static Path sparse(Path file, long size) throws Exception {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        return file;
    }

    /** The blocking DefaultServlet needs a thread per stalled stream and stops at maxThreads (200). */
    @Test
    void stalledViewersHoldNoRequestThreads() throws Exception {
        int viewers = 300;
        List<SlowClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < viewers; i++) {
                SlowClient client = SlowClient.get(server.port(), LONG, "Range: bytes=" + i * 4096L + "-");
                clients.add(client);
                assertEquals(206, client.status());
                assertEquals(1, client.read(1), "first byte of viewer " + i);
            }
            // While they fill their socket buffers streams take turns on the pool; then they wait on none.
            ProcessResources.await(BOUND, () -> ProcessResources.busyRequestThreads() <= 2,
                    () -> ProcessResources.busyRequestThreads() + " busy request threads for " + viewers + " stalled streams");
            assertEquals(viewers, ProcessResources.handlesOn(longFile));
            // The pool is free for everyone else.
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/reel/")).build(),
                    BodyHandlers.discarding()).statusCode());
        } finally {
            for (SlowClient client : clients) {
                client.abort();
            }
        }
        awaitNoHandlesOn(longFile);
        assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
    }

    @Test
    void abortedDownloadsLeaveDescriptorsAndThreadsAtBaseline() throws Exception {
        String[] ranges = {"", "Range: bytes=0-", "Range: bytes=1000-2000000", "Range: bytes=0-99999,500000-"};
        abort(100, ranges);
        ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(longFile) == 0, () -> "handles remain");
        long descriptors = ProcessResources.openDescriptors();
        int threads = ProcessResources.threads();

        abort(1000, ranges);

        ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(longFile) == 0
                && ProcessResources.openDescriptors() <= descriptors && ProcessResources.threads() <= threads,
                () -> ProcessResources.handlesOn(longFile) + " handles on the file, "
                        + ProcessResources.openDescriptors() + " descriptors (baseline " + descriptors + "), "
                        + ProcessResources.threads() + " threads (baseline " + threads + ")");
        assertEquals(List.of(), server.logs().atOrAbove(Level.INFO), server.logs()::toString);
    }

    @Test
    void fileThatShrinksMidStreamEndsTheConnectionInsteadOfHangingIt() throws Exception {
        Path shrinking = sparse(root.resolve("media/shrinking.mp4"), 256L << 20);
        try (SlowClient client = SlowClient.get(server.port(), "/reel/video/shrinking.mp4")) {
            assertEquals(200, client.status());
            client.read(1 << 20);
            try (FileChannel file = FileChannel.open(shrinking, StandardOpenOption.WRITE)) {
                file.truncate(4L << 20);
            }
            long received = client.readToEnd(Duration.ofSeconds(15));
            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
        }
        awaitNoHandlesOn(shrinking);
        assertEquals(List.of("WARNING"), server.logs().problems().stream().map(r -> r.getLevel().getName()).toList(),
                server.logs()::toString);
        assertTrue(server.logs().problems().get(0).getMessage().contains("read failed"), server.logs()::toString);
        assertEquals(List.of(), server.logs().withStackTraces(), server.logs()::toString);
    }

    /**
     * rsync --inplace or dd conv=notrunc under a download: the client gets a short body and a closed
     * connection, never a complete 200 whose later bytes come from the new version under the old ETag;
     * one WARNING says why, and the metrics count a read failure, not a client abort.
     */
    @Test
    void aFileRewrittenInPlaceMidStreamIsCutNotMixed() throws Exception {
        long size = 64L << 20;
        Path rewritten = Fixtures.write(root.resolve("media/rewritten.mp4"), size);
        Files.setLastModifiedTime(rewritten, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        long failuresBefore = metric("reel_read_failures_total");
        long abortsBefore = metric("reel_client_aborts_total");
        try (SlowClient client = SlowClient.get(server.port(), "/reel/video/rewritten.mp4")) {
            assertEquals(200, client.status());
            client.read(1 << 20);
            try (RandomAccessFile file = new RandomAccessFile(rewritten.toFile(), "rw")) {
                byte[] other = new byte[1 << 20];
                java.util.Arrays.fill(other, (byte) 0x5A);
                for (long position = 0; position < size; position += other.length) {
                    file.seek(position);
                    file.write(other);
                }
            }
            long received = client.readToEnd(Duration.ofSeconds(15));
            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
        }
        awaitNoHandlesOn(rewritten);
        assertEquals(List.of("WARNING"), server.logs().problems().stream().map(r -> r.getLevel().getName()).toList(),
                server.logs()::toString);
        assertTrue(server.logs().problems().get(0).getMessage().contains("the file changed while it was being sent"),
                server.logs()::toString);
        assertEquals(failuresBefore + 1, metric("reel_read_failures_total"));
        assertEquals(abortsBefore, metric("reel_client_aborts_total"));
    }

    /** A failing disk is not a viewer seeking: its own counter. */
    @Test
    void aTruncatedFileIsCountedAsAReadFailureNotAClientAbort() throws Exception {
        Path shrinking = sparse(root.resolve("media/shrinks-again.mp4"), 64L << 20);
        long failuresBefore = metric("reel_read_failures_total");
        long abortsBefore = metric("reel_client_aborts_total");
        try (SlowClient client = SlowClient.get(server.port(), "/reel/video/shrinks-again.mp4")) {
            client.read(1 << 20);
            try (FileChannel file = FileChannel.open(shrinking, StandardOpenOption.WRITE)) {
                file.truncate(4L << 20);
            }
            client.readToEnd(Duration.ofSeconds(15));
        }
        awaitNoHandlesOn(shrinking);
        assertEquals(failuresBefore + 1, metric("reel_read_failures_total"));
        assertEquals(abortsBefore, metric("reel_client_aborts_total"));
        server.logs().clear();
    }

    private static long metric(String name) throws Exception {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/reel/metrics")).build(),
                BodyHandlers.ofString()).body();
        return text.lines().filter(line -> line.startsWith(name + " ")).mapToLong(line -> Long.parseLong(
                line.substring(name.length() + 1))).findFirst().orElseThrow(() -> new AssertionError(name + " in " + text));
    }

    private static void abort(int count, String[] ranges) throws Exception {
        for (int i = 0; i < count; i++) {
            String range = ranges[i % ranges.length];
            try (SlowClient client = range.isEmpty() ? SlowClient.get(server.port(), LONG)
                    : SlowClient.get(server.port(), LONG, range)) {
                client.read(i % 3 == 0 ? 1 : 64 * 1024);
                if (i % 2 == 0) {
                    client.abort();
                }
            }
        }
    }

    private static void awaitNoHandlesOn(Path file) throws InterruptedException {
        ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(file) == 0,
                () -> ProcessResources.handlesOn(file) + " handles on " + file);
    }
}
