package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the library index at the size people have: 110,000 videos ({@link ScaleLibrary}). Reports,
 * rather than asserts, how long the first reading takes, the heap the index holds and search times, in
 * the build output and in {@code target/search-scale.txt}; the machine running the build decides the
 * numbers. What it asserts: every video is found, and the index is built in a JVM limited to 100 MB of heap.
 */
final class SearchScaleIT {

    private static final String HEAP_LIMIT = "-Xmx100m";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int HTTP_ROUNDS = 25;
    private static final int WARM_UP_ROUNDS = 5;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path base;
    private static Path media;
    private static Duration written;

    @BeforeAll
    static void writeLibrary() throws IOException {
        media = Files.createDirectories(base.resolve("media"));
        long start = System.nanoTime();
        ScaleLibrary.write(media);
        written = Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void theIndexOf110000VideosIsBuiltWithin100MbOfHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP_LIMIT, "-cp", System.getProperty("java.class.path"), IndexScale.class.getName(), media.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(PATIENCE.toMinutes(), TimeUnit.MINUTES), output);

        assertEquals(0, child.exitValue(), output);
        Map<String, String> numbers = numbers(output);
        assertEquals(String.valueOf(ScaleLibrary.VIDEOS), numbers.get("videos"), output);
        report(String.format(Locale.ROOT, "index of %s videos in %s folders (%s, written in %.1f s): first reading %s ms,"
                + " heap held %.1f MB, search p50 %s ms, p99 %s ms, max %s ms over %s searches",
                numbers.get("videos"), numbers.get("folders"), HEAP_LIMIT, written.toMillis() / 1000.0,
                numbers.get("build_ms"), Long.parseLong(numbers.get("heap_held_bytes")) / 1e6,
                numbers.get("search_p50_ms"), numbers.get("search_p99_ms"), numbers.get("search_max_ms"),
                numbers.get("searches")));
    }

    @Test
    void searchPagesOverHttp() throws Exception {
        try (ReelServer server = ReelServer.start(media)) {
            while (search(server, "cafe").contains("still reading")) {
                Thread.sleep(100);
            }
            List<Long> nanos = new ArrayList<>();
            // The first rounds warm the JIT up, as a server that has run for a while is.
            for (int round = -WARM_UP_ROUNDS; round < HTTP_ROUNDS; round++) {
                for (String query : ScaleLibrary.QUERIES) {
                    long start = System.nanoTime();
                    search(server, query);
                    if (round >= 0) {
                        nanos.add(System.nanoTime() - start);
                    }
                }
            }
            long start = System.nanoTime();
            String home = CLIENT.send(HttpRequest.newBuilder(server.uri("/reel/")).build(), BodyHandlers.ofString()).body();
            long homeNanos = System.nanoTime() - start;

            assertTrue(home.contains("Recently added"), home);
            Collections.sort(nanos);
            report(String.format(Locale.ROOT, "/reel/search over HTTP on 127.0.0.1: p50 %.1f ms, p99 %.1f ms over %d"
                    + " requests; the library home with Recently added %.1f ms, %d KB", nanos.get(nanos.size() / 2) / 1e6,
                    nanos.get(nanos.size() * 99 / 100) / 1e6, nanos.size(), homeNanos / 1e6, home.length() / 1024));
        }
    }

    private static String search(ReelServer server, String query) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.rawUri("/reel/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static Map<String, String> numbers(String output) {
        Map<String, String> numbers = new LinkedHashMap<>();
        output.lines().filter(line -> line.matches("[a-z0-9_]+=.*"))
                .forEach(line -> numbers.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return numbers;
    }

    private static void report(String line) throws IOException {
        System.out.println("SEARCH SCALE: " + line);
        Path report = Path.of(System.getProperty("reel.war.dir")).resolveSibling("search-scale.txt");
        Files.writeString(report, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
