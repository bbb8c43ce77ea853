package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How streams end when reel's settings or its deployment end them, each against its own Tomcat. */
class StreamLifecycleIT {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path root;

    @Test
    void asyncTimeoutClosesTheConnectionOfAStreamThatOutlivesIt() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path file = AsyncStreamingIT.sparse(media.resolve("long.mp4"), 1L << 30);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.async.timeout", "2s"));
                SlowClient client = SlowClient.get(server.port(), "/reel/video/long.mp4")) {
            client.read(64 * 1024);
            ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(file) == 0, () -> "file still open");

            long received = client.readToEnd(Duration.ofSeconds(15));

            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
            assertTrue(server.logs().reelRecords().stream().anyMatch(r -> r.getMessage().contains("async timeout")),
                    server.logs()::toString);
            // Counted as the 200 it was, cut short; not as the 500 Tomcat sets on timing it out.
            String metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.uri("/reel/metrics")).build(), BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("reel_requests_total{status=\"200\"} 1"), metrics);
            assertTrue(!metrics.contains("status=\"500\""), metrics);
            assertTrue(metrics.contains("reel_client_aborts_total 1"), metrics);
            assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
            assertEquals(List.of(), server.logs().withStackTraces(), server.logs()::toString);
        }
    }

    @Test
    void undeployClosesTheFilesOfRunningStreamsAndThenTheirConnections() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path file = AsyncStreamingIT.sparse(media.resolve("long.mp4"), 1L << 30);
        try (ReelServer server = ReelServer.start(media);
                SlowClient client = SlowClient.get(server.port(), "/reel/video/long.mp4")) {
            client.read(64 * 1024);
            assertEquals(1, ProcessResources.handlesOn(file));

            server.undeploy();

            ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(file) == 0, () -> "file still open");
            long received = client.readToEnd(Duration.ofSeconds(15));
            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
            assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
            assertEquals(List.of(), server.logs().withStackTraces(), server.logs()::toString);
        }
    }

    /** A capped stream waits on a timer, not on the socket; undeploying must end its connection all the same. */
    @Test
    void undeployEndsTheConnectionOfACappedStreamAtOnce() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path file = AsyncStreamingIT.sparse(media.resolve("long.mp4"), 1L << 30);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.bandwidth.cap", "256K"));
                SlowClient client = SlowClient.get(server.port(), "/reel/video/long.mp4")) {
            client.read(256 * 1024);

            server.undeploy();

            ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(file) == 0, () -> "file still open");
            long start = System.nanoTime();
            long received = client.readToEnd(Duration.ofSeconds(30));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
            // Tomcat's keep-alive and connection timeouts are 20 s: ending well before them is reel closing it.
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "the connection ended after " + took);
            assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
        }
    }

    /** A capped stream's turns come from a timer: one cut by a file that shrank must still end its connection at once. */
    @Test
    void aCappedStreamCutByAShrunkenFileEndsItsConnection() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path file = AsyncStreamingIT.sparse(media.resolve("long.mp4"), 64L << 20);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.bandwidth.cap", "256K"));
                SlowClient client = SlowClient.get(server.port(), "/reel/video/long.mp4")) {
            client.read(256 * 1024);
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(1L << 20);
            }

            long start = System.nanoTime();
            long received = client.readToEnd(Duration.ofSeconds(30));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(received < client.contentLength(), received + " of " + client.contentLength());
            // The connector's timeout is 20 s: ending well before it is reel closing the connection.
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "the connection ended after " + took);
        }
    }

    /**
     * With sendfile the connector sends the bytes and does not say how many: the metrics never claim
     * more than the client received, whether it left early or the file shrank under the transfer.
     */
    @Test
    void sendfileResponsesNeverCountBytesThatWereNotSent() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path big = AsyncStreamingIT.sparse(media.resolve("big.mp4"), 1L << 30);
        Path shrinking = AsyncStreamingIT.sparse(media.resolve("shrinking.mp4"), 256L << 20);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.sendfile", "true"))) {
            long received;
            try (SlowClient left = SlowClient.get(server.port(), "/reel/video/big.mp4", "Range: bytes=0-")) {
                received = left.read(1 << 20);
                left.abort();
            }
            try (SlowClient cut = SlowClient.get(server.port(), "/reel/video/shrinking.mp4")) {
                received += cut.read(1 << 20);
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(shrinking,
                        java.nio.file.StandardOpenOption.WRITE)) {
                    channel.truncate(4L << 20);
                }
                received += cut.readToEnd(Duration.ofSeconds(15));
                assertTrue(cut.bodyBytes() < cut.contentLength(), cut.bodyBytes() + " of " + cut.contentLength());
            }
            ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(big) + ProcessResources.handlesOn(shrinking) == 0,
                    () -> "files still open");

            String metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.uri("/reel/metrics")).build(), BodyHandlers.ofString()).body();
            assertTrue(metrics.contains("\nreel_sendfile_responses_total 2\n"), metrics);
            assertTrue(metrics.contains("\nreel_active_streams 0\n"), metrics);
            long counted = Long.parseLong(metrics.lines().filter(line -> line.startsWith("reel_bytes_served_total "))
                    .findFirst().orElseThrow().substring("reel_bytes_served_total ".length()));
            assertTrue(counted <= received, counted + " bytes counted, " + received + " received");
        }
    }

    @Test
    void sendfileSwitchedOnServesTheSameBytes() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        byte[] content = Fixtures.content(1_000_000);
        Files.write(media.resolve("clip.mp4"), content);
        HttpClient client = HttpClient.newHttpClient();
        try (ReelServer server = ReelServer.start(media, Map.of("reel.sendfile", "true"))) {
            for (String range : List.of("", "bytes=0-", "bytes=1000-999999", "bytes=-70000", "bytes=0-99")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/reel/video/clip.mp4"));
                if (!range.isEmpty()) {
                    request.header("Range", range);
                }
                HttpResponse<byte[]> response = client.send(request.build(), BodyHandlers.ofByteArray());

                byte[] expected = expected(content, range);
                assertEquals(range.isEmpty() ? 200 : 206, response.statusCode(), range);
                assertArrayEquals(expected, response.body(), range);
            }
            assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
        }
    }

    /** The cap is a floor on the time a download takes, whatever the machine's load: never faster. */
    @Test
    void bandwidthCapSlowsAStreamAndResumesItToTheLastByte() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        byte[] content = Fixtures.content(3 << 20);
        Files.write(media.resolve("clip.mp4"), content);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.bandwidth.cap", "1M"))) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.uri("/reel/video/clip.mp4")).build(), BodyHandlers.ofByteArray());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertArrayEquals(content, response.body());
            // 3 MiB at 1 MiB/s after a one-second burst: at least two seconds.
            assertTrue(took.compareTo(Duration.ofMillis(1900)) >= 0, took.toString());
            assertEquals(List.of(), server.logs().problems(), server.logs()::toString);
        }
    }

    private static byte[] expected(byte[] content, String range) {
        return switch (range) {
            case "", "bytes=0-" -> content;
            case "bytes=1000-999999" -> Arrays.copyOfRange(content, 1000, 1_000_000);
            case "bytes=-70000" -> Arrays.copyOfRange(content, 1_000_000 - 70_000, 1_000_000);
            case "bytes=0-99" -> Arrays.copyOfRange(content, 0, 100);
            default -> throw new IllegalArgumentException(range);
        };
    }
}
