package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** /reel/health, /reel/metrics and the JMX bean over real HTTP, in the embedded Tomcat of the other ITs. */
final class OperationsIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final long FIXTURE_SIZE = 10_000;

    @TempDir
    Path mediaDir;

    @Test
    void healthIsUpWithTheFolderItsFilesAndTheVersion() throws Exception {
        Fixtures.write(mediaDir.resolve("a.mp4"), FIXTURE_SIZE);
        Fixtures.write(mediaDir.resolve("Shorts/b.mp4"), FIXTURE_SIZE);
        try (ReelServer server = ReelServer.start(mediaDir)) {
            HttpResponse<String> health = get(server, "/reel/health");

            assertEquals(200, health.statusCode());
            assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-store", health.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(health.body().matches("\\{\"status\":\"UP\",\"mediaFolder\":\"" + mediaDir.toRealPath()
                    + "\",\"readable\":true,\"files\":2,\"version\":\"[0-9]+\\.[0-9]+\\.[0-9]+[^\"]*\","
                    + "\"started\":\"[-0-9T:.]+Z\"}"), health::body);
        }
    }

    @Test
    void healthIsDownWithTheReasonWhenTheFolderIsMissing() throws Exception {
        try (ReelServer server = ReelServer.start(mediaDir.resolve("missing"))) {
            HttpResponse<String> health = get(server, "/reel/health");

            assertEquals(503, health.statusCode());
            assertTrue(health.body().startsWith("{\"status\":\"DOWN\""), health::body);
            assertTrue(health.body().contains("missing (from context parameter reel.media.dir) does not exist"),
                    health::body);
        }
    }

    @Test
    void metricsAndTheJmxBeanCountWhatWasServed() throws Exception {
        Fixtures.write(mediaDir.resolve("a.mp4"), FIXTURE_SIZE);
        try (ReelServer server = ReelServer.start(mediaDir)) {
            assertEquals(200, get(server, "/reel/video/a.mp4").statusCode());
            assertEquals(206, get(server, "/reel/video/a.mp4", "Range", "bytes=0-99").statusCode());
            assertEquals(206, get(server, "/reel/video/a.mp4", "Range", "bytes=-10").statusCode());
            assertEquals(404, get(server, "/reel/video/none.mp4").statusCode());

            HttpResponse<String> metrics = get(server, "/reel/metrics");
            assertEquals(200, metrics.statusCode());
            // Tomcat drops the optional spaces between parameters; Prometheus reads it either way.
            assertEquals("text/plain;version=0.0.4;charset=utf-8",
                    metrics.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            String text = metrics.body();
            assertEquals(1, sample(text, "reel_requests_total{status=\"200\"}"));
            assertEquals(2, sample(text, "reel_requests_total{status=\"206\"}"));
            assertEquals(1, sample(text, "reel_requests_total{status=\"404\"}"));
            assertEquals(FIXTURE_SIZE + 100 + 10, sample(text, "reel_bytes_served_total"));
            assertEquals(2, sample(text, "reel_range_responses_total"));
            assertEquals(1, sample(text, "reel_full_responses_total"));
            assertEquals(0, sample(text, "reel_active_streams"));
            assertEquals(4, sample(text, "reel_stream_duration_seconds_count"));

            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("reel:type=Streaming,context=/reel");
            assertEquals(sample(text, "reel_bytes_served_total"), jmx.getAttribute(name, "BytesServed"));
            assertEquals(sample(text, "reel_range_responses_total"), jmx.getAttribute(name, "RangeResponses"));
            assertEquals(sample(text, "reel_stream_duration_seconds_count"),
                    jmx.getAttribute(name, "StreamDurationCount"));
            assertEquals(Map.of("200", 1L, "206", 2L, "404", 1L),
                    tabular((TabularData) jmx.getAttribute(name, "RequestsByStatus")));
        }
        assertTrue(ManagementFactory.getPlatformMBeanServer().queryNames(new ObjectName("reel:*"), null).isEmpty(),
                "the bean goes with the web application");
    }

    @ParameterizedTest(name = "{0}={1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            reel.health.enabled  | false       | /reel/health  | 404
            reel.metrics.enabled | false       | /reel/metrics | 404
            reel.health.allow    | 10\\..*     | /reel/health  | 403
            reel.metrics.allow   | 10\\..*     | /reel/metrics | 403
            reel.metrics.allow   | 127\\..*    | /reel/metrics | 200
            reel.health.allow    | .*          | /reel/health  | 200
            """)
    void healthAndMetricsCanBeSwitchedOffOrRestricted(String parameter, String value, String path, int status)
            throws Exception {
        try (ReelServer server = ReelServer.start(mediaDir, Map.of(parameter, value))) {
            assertEquals(status, get(server, path).statusCode());
        }
    }

    /**
     * A proxy on the same host is loopback to Tomcat; the client it forwards for is not, whatever the
     * client wrote into the header itself.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            X-Forwarded-For | 203.0.113.9            | 403
            X-Forwarded-For | 127.0.0.1, 203.0.113.9 | 403
            X-Forwarded-For | 127.0.0.1              | 200
            Forwarded       | for=203.0.113.9        | 403
            Forwarded       | for=unknown            | 403
            """)
    void aForwardedRequestIsJudgedByWhomItWasForwardedFor(String header, String value, int status) throws Exception {
        Fixtures.write(mediaDir.resolve("a.mp4"), FIXTURE_SIZE);
        try (ReelServer server = ReelServer.start(mediaDir)) {
            assertEquals(status, get(server, "/reel/metrics", header, value).statusCode());
            assertEquals(status, get(server, "/reel/health", header, value).statusCode());
        }
    }

    @Test
    void healthTellsOnlyThisMachineWhereTheMediaFolderIs() throws Exception {
        Fixtures.write(mediaDir.resolve("a.mp4"), FIXTURE_SIZE);
        try (ReelServer server = ReelServer.start(mediaDir, Map.of("reel.health.allow", ".*"))) {
            HttpResponse<String> local = get(server, "/reel/health");
            HttpResponse<String> remote = get(server, "/reel/health", "X-Forwarded-For", "203.0.113.9");

            assertTrue(local.body().contains("\"mediaFolder\":\"" + mediaDir.toRealPath() + "\""), local::body);
            assertEquals(200, remote.statusCode());
            assertTrue(!remote.body().contains("mediaFolder") && !remote.body().contains(mediaDir.toString()),
                    remote::body);
        }
    }

    /**
     * While draining, health and every new request say 503, so any balancer, probing or only watching
     * traffic, moves viewers elsewhere; a response already running finishes whole.
     */
    @Test
    void drainingByJmxOrByTheDrainFileSendsNewRequestsAwayWhileRunningStreamsFinish() throws Exception {
        Fixtures.write(mediaDir.resolve("a.mp4"), FIXTURE_SIZE);
        Fixtures.write(mediaDir.resolve("long.mp4"), 8L << 20);
        Path drainFile = mediaDir.resolveSibling(mediaDir.getFileName() + ".drain");
        try (ReelServer server = ReelServer.start(mediaDir, Map.of("reel.drain.file", drainFile.toString()));
                SlowClient running = SlowClient.get(server.port(), "/reel/video/long.mp4")) {
            MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName("reel:type=Streaming,context=/reel");
            assertEquals(200, get(server, "/reel/health").statusCode());
            running.read(64 * 1024);

            jmx.invoke(name, "drain", null, null);
            HttpResponse<String> draining = get(server, "/reel/health");
            assertEquals(503, draining.statusCode());
            assertTrue(draining.body().startsWith("{\"status\":\"DRAINING\""), draining::body);
            assertEquals(Boolean.TRUE, jmx.getAttribute(name, "Draining"));
            HttpResponse<String> refused = get(server, "/reel/video/a.mp4");
            assertEquals(503, refused.statusCode());
            assertEquals(Optional.of("no-store"), refused.headers().firstValue("Cache-Control"));
            assertEquals(503, get(server, "/reel/").statusCode());
            assertEquals((8L << 20) - 64 * 1024, running.read((8L << 20) - 64 * 1024), "the running stream finishes whole");
            jmx.invoke(name, "undrain", null, null);
            assertEquals(200, get(server, "/reel/video/a.mp4").statusCode());
            assertEquals(200, get(server, "/reel/health").statusCode());

            java.nio.file.Files.createFile(drainFile);
            assertEquals(503, get(server, "/reel/health").statusCode());
            java.nio.file.Files.delete(drainFile);
            assertEquals(200, get(server, "/reel/health").statusCode());

            assertEquals(4, server.logs().reelRecords().stream()
                    .filter(record -> record.getMessage().contains("draining")).count(), server.logs()::toString);
        }
    }

    private static long sample(String text, String nameAndLabels) {
        return text.lines().filter(line -> line.startsWith(nameAndLabels + " "))
                .mapToLong(line -> Long.parseLong(line.substring(nameAndLabels.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + nameAndLabels + " in\n" + text));
    }

    private static Map<String, Long> tabular(TabularData data) {
        Map<String, Long> map = new java.util.HashMap<>();
        for (Object row : data.values()) {
            CompositeData entry = (CompositeData) row;
            map.put((String) entry.get("key"), (Long) entry.get("value"));
        }
        return map;
    }

    private static HttpResponse<String> get(ReelServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }
}
