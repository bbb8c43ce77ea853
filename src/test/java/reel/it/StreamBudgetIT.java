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
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream budget over real HTTP: with {@code reel.max-streams=2} and two viewers who stopped
 * reading, the next stream is refused at once with 503 and Retry-After while everything else answers;
 * when one viewer leaves, the next stream is served again, byte for byte.
 */
class StreamBudgetIT {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final long CLIP_SIZE = 300_000;

    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStreamBeyondTheBudgetIs503WithRetryAfterAndIsServedOnceAPlaceFrees() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        AsyncStreamingIT.sparse(media.resolve("long.mp4"), 1L << 30);
        Fixtures.write(media.resolve("clip.mp4"), CLIP_SIZE);
        try (ReelServer server = ReelServer.start(media, Map.of("reel.max-streams", "2"));
                SlowClient first = SlowClient.get(server.port(), "/reel/video/long.mp4");
                SlowClient second = SlowClient.get(server.port(), "/reel/video/long.mp4", "Range: bytes=4096-")) {
            assertEquals(1, first.read(1));
            assertEquals(1, second.read(1));

            HttpResponse<String> refused = get(server, "/reel/video/clip.mp4", "bytes=100-199");
            assertEquals(503, refused.statusCode());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(refused.body().contains("try again"), refused.body());

            // Nothing else is refused: pages, HEAD, conditionals and the ops endpoints stream nothing.
            assertEquals(200, get(server, "/reel/health", "").statusCode());
            assertEquals(200, get(server, "/reel/", "").statusCode());
            assertEquals(200, http.send(HttpRequest.newBuilder(server.uri("/reel/video/clip.mp4"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.discarding()).statusCode());
            String metrics = get(server, "/reel/metrics", "").body();
            assertTrue(metrics.contains("reel_stream_budget 2\n"), metrics);
            assertTrue(metrics.contains("reel_budgeted_streams 2\n"), metrics);
            assertTrue(metrics.contains("reel_stream_refusals_total 1\n"), metrics);
            assertTrue(metrics.contains("reel_requests_total{status=\"503\"} 1\n"), metrics);

            first.abort();
            ProcessResources.await(BOUND, () -> budgetedStreams(server) == 1, () -> budgetedStreams(server) + " streams");
            HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(server.uri("/reel/video/clip.mp4"))
                    .header("Range", "bytes=100-199").build(), BodyHandlers.ofByteArray());
            assertEquals(206, served.statusCode());
            assertArrayEquals(Fixtures.bytes(100, 199), served.body());
            assertEquals(1, second.read(1), "the stream that kept its place was not disturbed");

            List<LogRecord> problems = server.logs().problems();
            assertEquals(1, problems.size(), server.logs()::toString);
            assertTrue(problems.get(0).getMessage().startsWith("reel's stream budget of 2 streams is full: 1 video"
                    + " request was answered 503"), problems.get(0).getMessage());
            assertEquals(List.of(), server.logs().withStackTraces(), server.logs()::toString);
        }
    }

    private HttpResponse<String> get(ReelServer server, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (!range.isEmpty()) {
            request.header("Range", range);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private long budgetedStreams(ReelServer server) {
        try {
            String metrics = get(server, "/reel/metrics", "").body();
            return metrics.lines().filter(line -> line.startsWith("reel_budgeted_streams "))
                    .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(' ') + 1))).findFirst().orElse(-1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
