package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import reel.http.HttpDate;

/**
 * The topology of docs/SCALING.md, running: two stock Tomcat 11 nodes with reel.war over one media
 * folder, and a third whose media folder is missing, behind Debian's nginx with deploy/nginx/reel.conf
 * (a cache of 1 MB slices). Viewers' requests go through nginx over real HTTP and their bodies are
 * compared byte for byte with the files; what reached the nodes is read from each node's own metrics.
 * Tests that need a cold cache or fresh failure counts start an nginx of their own; the node killed
 * mid-stream is killed by the last test.
 *
 * <p>Needs {@code /usr/sbin/nginx} ({@value NginxProcess#INSTALL_COMMAND}). Without it the test is
 * skipped with a message saying so, except with {@code CI=true}, where it fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "canRun", disabledReason = "no nginx here; install it with: " + NginxProcess.INSTALL_COMMAND)
final class ScaleOutIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** deploy/nginx/reel.conf: {@code slice 1m}. */
    private static final long SLICE = 1L << 20;
    private static final long ALL = Long.MAX_VALUE;
    private static final int LAST = Integer.MAX_VALUE;
    /** The media folder: a name per test, sizes that are not whole slices, so every last slice is short. */
    private static final Map<String, Long> FILES = Map.of(
            "Seek.mp4", 12_000_000L,
            "Conditional.mp4", 3_000_000L,
            "No Media.mp4", 3_000_000L,
            "Paused.mp4", 24_000_000L,
            "Kill.mp4", 20_000_000L,
            "After Kill.mp4", 3_000_000L,
            "Replaced.mp4", 3_000_000L,
            "Drain.mp4", 3_000_000L,
            "Private.mp4", 3_000_000L);
    private static final long SEEK_SIZE = FILES.get("Seek.mp4");
    private static final long CONDITIONAL_SIZE = FILES.get("Conditional.mp4");
    /** A viewer's session with one video, in this order; a row's {@code read} is what the viewer reads before it seeks. */
    private static final List<Seek> SESSION = List.of(
            new Seek("opens the video, reads past the first slice and seeks", "bytes=0-", 0, SEEK_SIZE - 1, SLICE + 10),
            new Seek("seeks to the middle, reads across two slices", "bytes=5000000-", 5_000_000, SEEK_SIZE - 1, 1_500_000),
            new Seek("reads the index at the end", "bytes=-1000000", SEEK_SIZE - 1_000_000, SEEK_SIZE - 1, ALL),
            new Seek("reads across five slice boundaries", "bytes=3000000-7500000", 3_000_000, 7_500_000, ALL),
            new Seek("reads sixteen bytes across one boundary", "bytes=1048570-1048585", 1_048_570, 1_048_585, ALL),
            new Seek("asks past the end", "bytes=11999990-12000100", 11_999_990, SEEK_SIZE - 1, ALL),
            new Seek("watches to the end", "bytes=0-", 0, SEEK_SIZE - 1, ALL));

    private static ReelNodes nodes;
    private static CatalinaProcess first;
    private static CatalinaProcess second;
    private static CatalinaProcess withoutMedia;
    private static Path work;
    /** nginx over the two nodes, its cache warm with Conditional.mp4, for the tests that only read. */
    private static NginxProcess warm;

    @BeforeAll
    static void start() throws Exception {
        List<String> missing = NginxProcess.missing();
        if (!missing.isEmpty()) {
            fail(whatIsMissing(missing) + " (CI=true: the scale-out test may not be skipped)");
        }
        Path home = tomcat11();
        work = home.getParent().resolve("scale-out");
        CatalinaProcess.deleteTree(work);
        Path media = work.resolve("media");
        for (Map.Entry<String, Long> file : FILES.entrySet()) {
            Fixtures.write(media.resolve(file.getKey()), file.getValue());
        }
        Map<String, Path> mediaFolders = new LinkedHashMap<>();
        mediaFolders.put("node-1", media);
        mediaFolders.put("node-2", media);
        mediaFolders.put("node-without-media", work.resolve("not-mounted"));
        nodes = ReelNodes.start(home, work, mediaFolders);
        first = nodes.node("node-1");
        second = nodes.node("node-2");
        withoutMedia = nodes.node("node-without-media");
        assertEquals(200, DeployedReel.awaitAnswer(first, "/reel/health").statusCode());
        assertEquals(200, DeployedReel.awaitAnswer(second, "/reel/health").statusCode());
        assertEquals(503, DeployedReel.awaitAnswer(withoutMedia, "/reel/health").statusCode());

        warm = NginxProcess.start(work.resolve("nginx-warm"), List.of(first, second));
        HttpResponse<byte[]> whole = send(warm.uri(video("Conditional.mp4")), "GET");
        assertArrayEquals(Fixtures.content(CONDITIONAL_SIZE), whole.body());
        ReelNodes.awaitQuiet(List.of(first, second));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (warm != null) {
                warm.close();
            }
        } finally {
            if (nodes != null) {
                nodes.close();
                for (CatalinaProcess node : List.of(first, second)) {
                    assertEquals(List.of(), node.problems(), () -> "log problems in " + node.base().resolve("logs"));
                }
            }
        }
    }

    static List<String> fileNames() {
        return FILES.keySet().stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileNames")
    void everyNodeGivesAFileTheSameValidators(String name) throws Exception {
        HttpResponse<byte[]> atFirst = send(first.uri(video(name)), "HEAD");
        HttpResponse<byte[]> atSecond = send(second.uri(video(name)), "HEAD");
        assertEquals(200, atFirst.statusCode());
        assertEquals(200, atSecond.statusCode());
        for (String field : List.of("ETag", "Last-Modified", "Content-Length")) {
            String value = atFirst.headers().firstValue(field).orElseThrow(() -> new AssertionError("no " + field));
            assertEquals(value, atSecond.headers().firstValue(field).orElse(""), field);
        }
    }

    @Test
    void aSessionOfSeeksIsByteExactAndItsRepeatComesFromTheCacheAlone() throws Exception {
        List<CatalinaProcess> origins = List.of(first, second);
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-seek"), origins)) {
            long before = ReelNodes.bytesServed(origins);
            List<String> firstTime = SESSION.stream().map(seek -> watch(nginx, seek)).toList();
            assertEquals("MISS", firstTime.get(0), "a cold cache");
            ReelNodes.awaitQuiet(origins);
            long after = ReelNodes.bytesServed(origins);
            assertEquals(SEEK_SIZE, after - before, "every slice came from the nodes once, whoever asked for it first");

            List<String> secondTime = SESSION.stream().map(seek -> watch(nginx, seek)).toList();
            ReelNodes.awaitQuiet(origins);
            assertEquals(SESSION.stream().map(seek -> "HIT").toList(), secondTime);
            assertEquals(after, ReelNodes.bytesServed(origins), "the repeat took nothing from the nodes");
        }
    }

    /** Conditional requests for a video whose slices are all cached: nginx answers as reel does, from the cache. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # preconditions that hold: the ranges asked for, or the whole file
            GET  | If-Match: {etag}                                     | 200 |
            GET  | If-Match: {etag} & Range: bytes=100-199              | 206 | bytes 100-199/3000000
            GET  | If-Unmodified-Since: {last-modified}                 | 200 |
            # preconditions that fail
            GET  | If-Match: "other"                                    | 412 |
            GET  | If-Unmodified-Since: {a second earlier}              | 412 |
            # the client's copy is current
            GET  | If-None-Match: {etag}                                | 304 |
            GET  | If-None-Match: "other", {etag}                       | 304 |
            GET  | If-None-Match: *                                     | 304 |
            GET  | If-Modified-Since: {last-modified}                   | 304 |
            HEAD | If-None-Match: {etag}                                | 304 |
            # the client's copy is not current: the whole file
            GET  | If-None-Match: "other"                               | 200 |
            GET  | If-Modified-Since: {a second earlier}                | 200 |
            # If-Range: the range while the client's copy is current, else the whole file
            GET  | Range: bytes=100-199 & If-Range: {etag}              | 206 | bytes 100-199/3000000
            GET  | Range: bytes=100-199 & If-Range: {last-modified}     | 206 | bytes 100-199/3000000
            GET  | Range: bytes=100-199 & If-Range: "other"             | 200 |
            GET  | Range: bytes=100-199 & If-Range: W/{etag}            | 200 |
            GET  | Range: bytes=100-199 & If-Range: {a second earlier}  | 200 |
            # HEAD: the fields of the same GET, no body
            HEAD | ''                                                   | 200 |
            HEAD | Range: bytes=100-199                                 | 206 | bytes 100-199/3000000
            """)
    void conditionalRequestsAreAnsweredFromTheCacheAsReelAnswersThem(String method, String fields, int status,
            String contentRange) throws Exception {
        String path = video("Conditional.mp4");
        String[] headers = headers(fields, send(first.uri(path), "HEAD"));
        List<CatalinaProcess> origins = List.of(first, second);
        ReelNodes.awaitQuiet(origins);
        long before = ReelNodes.bytesServed(origins);
        HttpResponse<byte[]> cached = send(warm.uri(path), method, headers);
        assertEquals(before, ReelNodes.bytesServed(origins), "nothing from the nodes");

        assertEquals(status, cached.statusCode());
        assertEquals("HIT", cached.headers().firstValue("X-Cache-Status").orElse(""));
        assertEquals(contentRange == null ? "" : contentRange, cached.headers().firstValue("Content-Range").orElse(""));
        assertEquals(status, send(first.uri(path), method, headers).statusCode(), "reel's own answer");
        if (method.equals("GET") && status == 200) {
            assertArrayEquals(Fixtures.content(CONDITIONAL_SIZE), cached.body());
        } else if (method.equals("GET") && status == 206) {
            assertArrayEquals(Fixtures.bytes(100, 199), cached.body());
        } else {
            assertRevealsNoVersion(cached);
        }
    }

    /**
     * A request with credentials or a share token never gets a stored answer, not even one stored for everyone
     * (these nodes run an open library, which nginx cannot tell from a protected one), and leaves nothing
     * stored: the cache key holds neither who asked nor when a link expires. The access log shows such a
     * request without its query.
     */
    @Test
    void requestsWithCredentialsOrAShareTokenNeverComeFromTheCache() throws Exception {
        List<CatalinaProcess> origins = List.of(first, second);
        String path = video("Private.mp4");
        String credentials = "Basic " + Base64.getEncoder().encodeToString("ana:change-me".getBytes(StandardCharsets.UTF_8));
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-private"), origins)) {
            for (int request = 0; request < 2; request++) {
                ReelNodes.awaitQuiet(origins);
                long before = ReelNodes.bytesServed(origins);
                HttpResponse<byte[]> signedIn = send(nginx.uri(path), "GET", "Authorization", credentials,
                        "Range", "bytes=0-" + (SLICE + 99));
                assertEquals(206, signedIn.statusCode());
                assertArrayEquals(Fixtures.bytes(0, SLICE + 99), signedIn.body());
                assertEquals("BYPASS", signedIn.headers().firstValue("X-Cache-Status").orElse(""));
                ReelNodes.awaitQuiet(origins);
                assertEquals(2 * SLICE, ReelNodes.bytesServed(origins) - before, "both slices from the nodes, every time");
            }
            assertEquals("MISS", send(nginx.uri(path), "GET", "Range", "bytes=0-99").headers()
                    .firstValue("X-Cache-Status").orElse(""), "nothing was stored from the signed-in viewer's answers");
            assertEquals("HIT", send(nginx.uri(path), "GET", "Range", "bytes=0-99").headers()
                    .firstValue("X-Cache-Status").orElse(""), "an open library's answer, stored for everyone");
            assertEquals("BYPASS", send(nginx.uri(path), "GET", "Authorization", credentials, "Range", "bytes=0-99")
                    .headers().firstValue("X-Cache-Status").orElse(""), "which a signed-in viewer still passes by");
            for (int request = 0; request < 2; request++) {
                // Nothing is set on these nodes, so to reel the parameter means nothing (as before share links);
                // nginx still neither answers from its cache nor stores.
                HttpResponse<byte[]> shared = send(nginx.uri(path + "?share=1767225600.not-a-signature"), "GET");
                assertEquals(200, shared.statusCode());
                assertEquals("BYPASS", shared.headers().firstValue("X-Cache-Status").orElse(""));
            }
            List<String> log = nginx.awaitAccessLog(7);
            assertTrue(log.stream().noneMatch(line -> line.contains("share") || line.contains("?")), log::toString);
            assertTrue(log.get(6).contains("\"GET /reel/video/Private.mp4 HTTP/1.1\" 200 "), log.get(6));
        }
    }

    /** Where nginx, which answers the viewer's Range from the slices, answers otherwise than reel would. */
    @ParameterizedTest(name = "{0}: reel {1}, through the cache {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # several ranges: reel sends multipart/byteranges, nginx the whole file
            bytes=0-9,20-29                | 206 | 200
            # a Range that does not parse: reel ignores it (RFC 9110 §14.2), nginx refuses it
            bytes=5-2                      | 200 | 416
            bytes=abc                      | 200 | 416
            # a last position with more digits than a long holds: reel sends to the end, nginx refuses it
            bytes=0-99999999999999999999   | 206 | 416
            """)
    void rangesNginxAnswersOtherwiseThanReel(String range, int reelStatus, int cacheStatus) throws Exception {
        String path = video("Conditional.mp4");
        assertEquals(reelStatus, send(first.uri(path), "GET", "Range", range).statusCode(), "reel's own answer");
        HttpResponse<byte[]> cached = send(warm.uri(path), "GET", "Range", range);
        assertEquals(cacheStatus, cached.statusCode());
        if (cacheStatus == 200) {
            assertArrayEquals(Fixtures.content(CONDITIONAL_SIZE), cached.body());
        }
    }

    /**
     * /reel/metrics and /reel/health, which a node serves to its own machine, refused by nginx however
     * the path is spelled: nginx decodes and normalises a path before it picks a location, and refuses
     * the ";" that Tomcat would cut out of a segment.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # as reel spells them
            /reel/metrics              | 403
            /reel/health               | 403
            /reel/metrics?name=x       | 403
            # spellings nginx normalises before it picks a location
            /reel//metrics             | 403
            //reel/metrics             | 403
            /reel/./metrics            | 403
            /reel/video/../metrics     | 403
            /reel/%6detrics            | 403
            /reel/%2e/health           | 403
            # path parameters, which Tomcat removes from a segment and nginx would not
            /reel/metrics;x            | 400
            /reel;x/metrics            | 400
            /reel/x/..;/metrics        | 400
            /reel;/health              | 400
            """)
    void opsEndpointsAreRefusedThroughTheCacheHoweverSpelled(String target, int status) throws Exception {
        assertEquals(200, RawHttp.get(first.port(), target).status(), "the node itself answers " + target);
        RawHttp.Answer refused = RawHttp.get(warm.port(), target);
        assertEquals(status, refused.status(), refused::text);
        assertFalse(refused.text().contains("reel_") || refused.text().contains("mediaFolder"), refused::text);
        assertFalse(refused.text().contains("nginx/"), refused::text);
    }

    @Test
    void pagesAreNotKeptByTheCache() throws Exception {
        for (int request = 0; request < 2; request++) {
            HttpResponse<byte[]> library = send(warm.uri("/reel/"), "GET");
            assertEquals(200, library.statusCode());
            assertEquals("MISS", library.headers().firstValue("X-Cache-Status").orElse(""));
        }
    }

    @Test
    void aNodeWithoutItsMediaFolderIsPassedOverAndThenLeftOut() throws Exception {
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-no-media"), List.of(withoutMedia, second))) {
            List<String> tried = rangesInThreeSlices(nginx, video("No Media.mp4"), withoutMedia);
            assertEquals(1, tried.size(), "nginx left the node out after its 503: " + tried);
            assertTrue(tried.get(0).contains("upstream=" + address(withoutMedia) + ", " + address(second)
                    + " upstream_status=503, 206 "), tried.get(0));
        }
    }

    /**
     * A file replaced in place while its slices are cached: its page now links another version, whose
     * slices are other cache entries, so the new film plays whole and exact, where the old URL would
     * have mixed old and new slices and been cut. The link's version is cached for good.
     */
    @Test
    void aReplacedFilePlaysByteExactFromItsNewPageLink() throws Exception {
        Path file = work.resolve("media/Replaced.mp4");
        long size = FILES.get("Replaced.mp4");
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-replaced"), List.of(first, second))) {
            String before = mediaLink(nginx, "Replaced.mp4");
            HttpResponse<byte[]> old = send(nginx.uri(before), "GET", "Range", "bytes=0-" + (SLICE + 99));
            assertArrayEquals(Fixtures.bytes(0, SLICE + 99), old.body());
            assertEquals("public, max-age=31536000, immutable", old.headers().firstValue("Cache-Control").orElse(""));

            byte[] replacement = Fixtures.content(size);
            for (int i = 0; i < replacement.length; i++) {
                replacement[i] = (byte) ~replacement[i];
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(replacement), 0);
            }
            java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                    java.nio.file.Files.getLastModifiedTime(file).toInstant().plusSeconds(5)));

            String after = mediaLink(nginx, "Replaced.mp4");
            assertFalse(after.equals(before), "a replaced file gets a new link: " + after);
            HttpResponse<byte[]> whole = send(nginx.uri(after), "GET");
            assertEquals(200, whole.statusCode());
            assertArrayEquals(replacement, whole.body(), "the new film, whole, with no old slice in it");
            HttpResponse<byte[]> seek = send(nginx.uri(after), "GET", "Range", "bytes=" + (SLICE - 10) + "-" + (SLICE + 9));
            assertArrayEquals(Arrays.copyOfRange(replacement, (int) SLICE - 10, (int) SLICE + 10), seek.body());
            assertEquals("HIT", seek.headers().firstValue("X-Cache-Status").orElse(""));
        }
    }

    /**
     * A node drained for a restart answers new requests 503, which nginx's passive check sees: the request
     * goes to the other node, and the drained node is left out after that.
     */
    @Test
    void aDrainingNodeIsTakenOutByNginxsPassiveChecks() throws Exception {
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-drain"), List.of(first, second));
                AttachedJmx jmx = AttachedJmx.attach(first.pid())) {
            jmx.invoke("reel:type=Streaming,context=/reel", "drain");
            try {
                assertEquals(503, send(first.uri("/reel/health"), "GET").statusCode());
                List<String> tried = rangesInThreeSlices(nginx, video("Drain.mp4"), first);
                assertEquals(1, tried.size(), "nginx left the draining node out after its 503: " + tried);
                tried.forEach(line -> assertTrue(line.contains("upstream_status=503, 206 "), line));
            } finally {
                jmx.invoke("reel:type=Streaming,context=/reel", "undrain");
            }
            assertEquals(200, send(first.uri("/reel/health"), "GET").statusCode());
        }
    }

    /** Through a proxy that does not resolve addresses for Tomcat, the node itself refuses whom it was forwarded for. */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            X-Forwarded-For | 203.0.113.9            | 403
            X-Forwarded-For | 127.0.0.1, 203.0.113.9 | 403
            Forwarded       | for=203.0.113.9        | 403
            X-Forwarded-For | 127.0.0.1              | 200
            """)
    void aNodeJudgesTheOpsEndpointsByWhomTheRequestWasForwardedFor(String header, String value, int status)
            throws Exception {
        assertEquals(status, send(first.uri("/reel/metrics"), "GET", header, value).statusCode());
        assertEquals(status, send(first.uri("/reel/health"), "GET", header, value).statusCode());
    }

    /** The {@code ?v=} link the player page gives for a video, fetched through the proxy. */
    private static String mediaLink(NginxProcess nginx, String name) throws Exception {
        String page = new String(send(nginx.uri("/reel/watch/" + PercentEncoding.path(name)), "GET").body(),
                StandardCharsets.UTF_8);
        java.util.regex.Matcher source = java.util.regex.Pattern.compile("<source src=\"([^\"]+)\"").matcher(page);
        assertTrue(source.find(), page);
        return source.group(1).replace("&amp;", "&");
    }

    /**
     * A player stops reading while its viewer pauses: nginx fetches a few slices beyond what the viewer
     * has read, not the rest of the film (deploy/nginx/reel.conf turns sendfile off for this; with it,
     * nginx took the whole file from the nodes).
     */
    @Test
    void aPausedViewerLeavesTheRestOfTheFilmOnTheNodes() throws Exception {
        List<CatalinaProcess> origins = List.of(first, second);
        long size = FILES.get("Paused.mp4");
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-paused"), origins)) {
            long before = ReelNodes.bytesServed(origins);
            try (SlowClient viewer = SlowClient.get(nginx.port(), video("Paused.mp4"))) {
                assertEquals(200, viewer.status());
                assertArrayEquals(Fixtures.bytes(0, 2 * SLICE - 1), viewer.readBytes(Math.toIntExact(2 * SLICE)));
                long fetched = ReelNodes.awaitSettled(origins) - before;
                assertTrue(fetched >= 2 * SLICE && fetched < size / 2,
                        "nginx fetched " + fetched + " bytes of " + size + " for a viewer who read " + 2 * SLICE);
            }
        }
    }

    /**
     * A viewer pauses mid-film and nginx has stopped fetching; a node is killed; the viewer reads on: the
     * slices nginx had not fetched come from the node left, and so do those of the next range asked for.
     */
    @Test
    @Order(LAST)
    void aNodeKilledMidStreamLeavesTheRestToTheOtherNode() throws Exception {
        List<CatalinaProcess> origins = List.of(first, second);
        long size = FILES.get("Kill.mp4");
        try (NginxProcess nginx = NginxProcess.start(work.resolve("nginx-kill"), origins)) {
            long firstBefore = ReelNodes.metric(first, "reel_bytes_served_total");
            long secondBefore = ReelNodes.metric(second, "reel_bytes_served_total");
            ByteArrayOutputStream watched = new ByteArrayOutputStream();
            try (SlowClient viewer = SlowClient.get(nginx.port(), video("Kill.mp4"))) {
                assertEquals(200, viewer.status());
                watched.write(viewer.readBytes(Math.toIntExact(2 * SLICE)));
                long fetched = ReelNodes.awaitSettled(origins) - firstBefore - secondBefore;
                assertTrue(ReelNodes.metric(first, "reel_bytes_served_total") > firstBefore, "both nodes served slices");
                assertTrue(ReelNodes.metric(second, "reel_bytes_served_total") > secondBefore, "both nodes served slices");
                assertTrue(fetched < size, "slices are left to fetch");

                assertEquals(137, first.kill(), "SIGKILL");
                watched.write(viewer.readBytes(Math.toIntExact(size) - watched.size()));
            }
            assertArrayEquals(Fixtures.content(size), watched.toByteArray(), "the whole film, in order");
            String errors = nginx.errorLog();
            assertTrue(errors.contains("upstream: \"http://" + address(first) + "/reel/video/Kill.mp4\""), errors);
            assertTrue(errors.contains("upstream server temporarily disabled"), errors);

            long secondBeforeSeek = ReelNodes.metric(second, "reel_bytes_served_total");
            HttpResponse<byte[]> seek = send(nginx.uri(video("After Kill.mp4")), "GET", "Range", "bytes=1000000-1999999");
            assertEquals(206, seek.statusCode());
            assertArrayEquals(Fixtures.bytes(1_000_000, 1_999_999), seek.body());
            ReelNodes.awaitQuiet(List.of(second));
            assertEquals(2 * SLICE, ReelNodes.metric(second, "reel_bytes_served_total") - secondBeforeSeek,
                    "the range's two slices, from the node left");
            List<String> log = nginx.awaitAccessLog(2);
            assertTrue(log.get(1).matches(".* upstream=(.*, )?" + address(second) + " upstream_status=(.*, )?206 .*"),
                    log.get(1));
        }
    }

    /** Reads as far as the row says, compares, and leaves; the cache status of the response. */
    private static String watch(NginxProcess nginx, Seek seek) {
        try {
            HttpRequest request = HttpRequest.newBuilder(nginx.uri(video("Seek.mp4"))).header("Range", seek.range())
                    .timeout(Duration.ofSeconds(30)).build();
            HttpResponse<InputStream> response = CLIENT.send(request, BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                assertEquals(206, response.statusCode(), seek::toString);
                assertEquals(seek.contentRange(SEEK_SIZE), response.headers().firstValue("Content-Range").orElse(""));
                long length = seek.last() - seek.first() + 1;
                byte[] read = body.readNBytes(Math.toIntExact(Math.min(seek.read(), length)));
                assertArrayEquals(Fixtures.bytes(seek.first(), seek.first() + read.length - 1), read, seek::toString);
                assertEquals(Math.min(seek.read(), length), read.length, seek::toString);
            }
            return response.headers().firstValue("X-Cache-Status").orElse("");
        } catch (Exception e) {
            throw new AssertionError(seek.toString(), e);
        }
    }

    private record Seek(String what, String range, long first, long last, long read) {

        String contentRange(long completeLength) {
            return "bytes " + first + "-" + last + "/" + completeLength;
        }
    }

    /** "If-Range: {etag} & Range: bytes=1-2" as header names and values, the placeholders filled from {@code head}. */
    private static String[] headers(String fields, HttpResponse<byte[]> head) {
        String lastModified = head.headers().firstValue("Last-Modified").orElseThrow();
        String filled = fields.replace("{etag}", head.headers().firstValue("ETag").orElseThrow())
                .replace("{last-modified}", lastModified)
                .replace("{a second earlier}", HttpDate.format(HttpDate.parse(lastModified).orElseThrow().minusSeconds(1)));
        return Arrays.stream(filled.split(" & ")).filter(field -> !field.isBlank())
                .flatMap(field -> Arrays.stream(field.split(": ", 2))).toArray(String[]::new);
    }

    /**
     * A range in each of the first three slices of {@code path} through nginx, each byte-exact and 206; answers
     * the access log lines of those requests that tried {@code node}.
     */
    private static List<String> rangesInThreeSlices(NginxProcess nginx, String path, CatalinaProcess node)
            throws Exception {
        List<Long> starts = List.of(0L, SLICE + 100, 2 * SLICE + 100);
        for (long start : starts) {
            HttpResponse<byte[]> range = send(nginx.uri(path), "GET", "Range", "bytes=" + start + "-" + (start + 99));
            assertEquals(206, range.statusCode());
            assertArrayEquals(Fixtures.bytes(start, start + 99), range.body());
        }
        return nginx.awaitAccessLog(starts.size()).stream().filter(line -> line.contains(address(node))).toList();
    }

    private static HttpResponse<byte[]> send(URI uri, String method, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
    }

    private static void assertRevealsNoVersion(HttpResponse<byte[]> response) {
        assertEquals("nginx", response.headers().firstValue("Server").orElse("nginx"));
        assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains("nginx/"));
    }

    private static String video(String name) {
        return "/reel/video/" + PercentEncoding.path(name);
    }

    private static String address(CatalinaProcess node) {
        return "127.0.0.1:" + node.port();
    }

    private static Path tomcat11() {
        return DistributionDeployIT.distributions().stream()
                .filter(home -> home.getFileName().toString().startsWith("apache-tomcat-11."))
                .findFirst().orElseThrow(() -> new IllegalStateException("no Tomcat 11 in reel.deploy.tomcats"));
    }

    static boolean canRun() {
        List<String> missing = NginxProcess.missing();
        if (missing.isEmpty() || NginxProcess.isRequired()) {
            return true;
        }
        System.out.println("\n*** SCALE-OUT TEST SKIPPED *** " + whatIsMissing(missing) + "\n");
        return false;
    }

    private static String whatIsMissing(List<String> missing) {
        return "The scale-out test (ScaleOutIT) needs " + String.join(" and ", missing)
                + ". Install it with: " + NginxProcess.INSTALL_COMMAND;
    }
}
