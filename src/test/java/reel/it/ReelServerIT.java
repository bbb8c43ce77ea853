package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: the built WAR deploys into a real Tomcat and answers on loopback. */
final class ReelServerIT {

    private static final long FIXTURE_SIZE = 1000;

    @TempDir
    static Path mediaDir;
    private static ReelServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Fixtures.write(mediaDir.resolve("Spelled Offsets.mp4"), FIXTURE_SIZE);
        server = ReelServer.start(mediaDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void startsWithoutSevereRecordsOrStackTraces() {
        assertTrue(server.logs().atOrAbove(Level.SEVERE).isEmpty(), server.logs()::toString);
        assertTrue(server.logs().withStackTraces().isEmpty(), server.logs()::toString);
    }

    @Test
    void libraryPageAnswersHtml() throws Exception {
        HttpResponse<String> response = CLIENT.send(get("/reel/"), BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                response.headers()::toString);
    }

    @Test
    void videoFromTheTestsMediaFolderIsServedByteForByte() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(get("/reel/video/Spelled Offsets.mp4"),
                BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertArrayEquals(Fixtures.content(FIXTURE_SIZE), response.body());
    }

    @Test
    void stylesheetIsServedByTomcatsDefaultServlet() throws Exception {
        Path stylesheet = Path.of(System.getProperty("reel.war.dir"), "static", "reel.css");
        assumeTrue(Files.isRegularFile(stylesheet), "the WAR has no static/reel.css yet");

        HttpResponse<byte[]> response = CLIENT.send(get("/reel/static/reel.css"), BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                response.headers()::toString);
        assertArrayEquals(Files.readAllBytes(stylesheet), response.body());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.uri(path)).build();
    }
}
