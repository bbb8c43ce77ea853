package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links with plain names to hidden files and folders show nothing of them, over real HTTP. */
final class HiddenLinksIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path media;
    private static ReelServer server;

    @BeforeAll
    static void start() throws Exception {
        Fixtures.write(media.resolve(".hidden.mp4"), 1000);
        Fixtures.write(media.resolve(".git/config.mp4"), 1000);
        Files.writeString(media.resolve(".git/config"), "[core]\n");
        Fixtures.write(media.resolve("plain.mp4"), 1000);
        Files.createSymbolicLink(media.resolve("vis.mp4"), media.resolve(".hidden.mp4"));
        Files.createSymbolicLink(media.resolve("gitlink"), media.resolve(".git"));
        Files.createSymbolicLink(media.resolve("alias.mp4"), media.resolve("plain.mp4"));
        server = ReelServer.start(media);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource(textBlock = """
            /reel/video/vis.mp4
            /reel/video/gitlink/config
            /reel/video/gitlink/config.mp4
            /reel/watch/vis.mp4
            /reel/browse/gitlink/
            /reel/subtitles/gitlink/config
            """)
    void hiddenThroughALinkIsNotFound(String path) throws Exception {
        assertEquals(404, get(path).statusCode(), path);
    }

    @Test
    void theLibraryListsNeitherLink() throws Exception {
        String library = get("/reel/").body();

        assertFalse(library.contains("vis.mp4"), library);
        assertFalse(library.contains("gitlink"), library);
        assertEquals(true, library.contains("alias.mp4"), library);
    }

    @Test
    void aDownloadIsNamedAfterTheUrlNotTheFileALinkPointsAt() throws Exception {
        HttpResponse<String> download = CLIENT.send(
                HttpRequest.newBuilder(server.rawUri("/reel/video/alias.mp4?download")).build(), BodyHandlers.ofString());

        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"alias.mp4\"; filename*=UTF-8''alias.mp4",
                download.headers().firstValue("Content-Disposition").orElse(""));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).build(), BodyHandlers.ofString());
    }
}
