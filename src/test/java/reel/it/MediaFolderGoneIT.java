package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A media folder that goes away while reel runs (moved, unmounted) and comes back: every URL under it
 * answers 503 with the reason and Retry-After, never stored, instead of a 404 a cache could keep; one
 * WARNING when it goes and one INFO when it is back, and everything is served again.
 */
final class MediaFolderGoneIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> URLS = List.of("/reel/", "/reel/browse/Shorts/", "/reel/watch/a.mp4",
            "/reel/video/a.mp4", "/reel/subtitles/a.vtt");

    @TempDir
    Path base;

    @Test
    void everyUrlAnswers503WhileTheFolderIsAwayAndIsServedAgainWhenItIsBack() throws Exception {
        Path media = Files.createDirectory(base.resolve("media"));
        Fixtures.write(media.resolve("a.mp4"), 10_000);
        Fixtures.write(media.resolve("Shorts/b.mp4"), 10_000);
        Files.writeString(media.resolve("a.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n");
        try (ReelServer server = ReelServer.start(media)) {
            for (String url : URLS) {
                assertEquals(200, get(server, url).statusCode(), url);
            }

            Path away = Files.move(media, base.resolve("away"));
            for (String url : URLS) {
                HttpResponse<String> response = get(server, url);
                assertEquals(503, response.statusCode(), url);
                assertEquals("10", response.headers().firstValue("Retry-After").orElse(""), url);
                assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), url);
                assertTrue(response.body().contains("/media (from context parameter reel.media.dir) does not exist any more"),
                        response::body);
            }
            assertEquals(503, get(server, "/reel/health").statusCode());

            Files.move(away, media);
            for (String url : URLS) {
                assertEquals(200, get(server, url).statusCode(), url);
            }
            assertEquals(200, get(server, "/reel/health").statusCode());

            List<String> changes = server.logs().atOrAbove(Level.INFO).stream()
                    .filter(record -> record.getLoggerName().endsWith("LiveMediaRoot"))
                    .map(record -> record.getLevel() + " " + record.getMessage()).toList();
            assertEquals(2, changes.size(), changes::toString);
            assertTrue(changes.get(0).startsWith("WARNING reel cannot show videos: the media folder "), changes::toString);
            assertTrue(changes.get(1).startsWith("INFO reel media folder "), changes::toString);
            List<LogRecord> problems = server.logs().problems();
            assertEquals(1, problems.size(), () -> LogRecorder.describe(problems));
        }
    }

    private static HttpResponse<String> get(ReelServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).build(), BodyHandlers.ofString());
    }
}
