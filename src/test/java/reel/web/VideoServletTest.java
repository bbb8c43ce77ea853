package reel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import reel.config.ReelConfig;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.metrics.StreamMetrics;
import reel.stream.AsyncStreamTest;
import reel.stream.FakeAsync;
import reel.stream.FileOpener;
import reel.stream.RecordedResponse;
import reel.stream.Sendfile;
import reel.stream.StreamBudget;

/**
 * VideoServlet at the container edge, with a mocked request and response over a real file: which
 * status, headers and bytes each kind of request gets.
 */
class VideoServletTest {

    private static final int SIZE = 20_000;
    /** Over Sendfile.MIN_LENGTH. */
    private static final int BIG = 100_000;
    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");
    private static final String LAST_MODIFIED = "Wed, 01 May 2024 10:00:00 GMT";
    /** hex(size) "-" hex(mtime in ms): the strong validator reel derives from the file. */
    private static final String ETAG = "\"" + Long.toHexString(SIZE) + "-" + Long.toHexString(MODIFIED.getEpochSecond()) + "\"";

    @TempDir
    Path root;

    private final ServletContext context = mock(ServletContext.class);
    private final DeploymentStub deployment = new DeploymentStub(context);
    private final List<FileChannel> opened = new ArrayList<>();
    private final VideoServlet servlet = new VideoServlet(file -> {
        FileChannel channel = FileOpener.READ.open(file);
        opened.add(channel);
        return channel;
    });
    private byte[] bytes;
    /** The container side of the last request's async processing. */
    private FakeAsync async;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        bytes = AsyncStreamTest.offsets(SIZE);
        Files.createDirectories(root.resolve("Shorts"));
        Path clip = Files.write(root.resolve("Shorts/clip one.mp4"), bytes);
        Files.setLastModifiedTime(clip, FileTime.from(MODIFIED));
        Files.writeString(root.resolve(".secret.mp4"), "hidden");
        Files.write(root.resolve("big.mp4"), new byte[BIG]);
        deployment.root = new MediaRoot.Available(new MediaLibrary(root), "test");
        ServletConfig config = mock(ServletConfig.class);
        when(config.getServletContext()).thenReturn(context);
        servlet.init(config);
    }

    @Test
    void wholeFileIs200WithValidatorsAndEveryByte() throws Exception {
        RecordedResponse response = get(Map.of());

        assertEquals(200, response.status);
        assertEquals("bytes", response.header("Accept-Ranges"));
        assertEquals("video/mp4", response.header("Content-Type"));
        assertEquals(String.valueOf(SIZE), response.header("Content-Length"));
        assertEquals(ETAG, response.header("ETag"));
        assertEquals(LAST_MODIFIED, response.header("Last-Modified"));
        assertArrayEquals(bytes, response.body.toByteArray());
    }

    /**
     * A page links the bytes with their version: a response to the current version can never change, so
     * every cache keeps it a year; an old version or none gets the configured lifetime and today's bytes.
     */
    @ParameterizedTest(name = "?v={0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            CURRENT | none          | 200 | public, max-age=31536000, immutable
            CURRENT | bytes=0-99    | 206 | public, max-age=31536000, immutable
            CURRENT | If-None-Match | 304 | public, max-age=31536000, immutable
            186a0-1 | none          | 200 | max-age=3600
            none    | bytes=0-99    | 206 | max-age=3600
            """)
    void aVersionedUrlOfTheCurrentFileIsCachedForGood(String version, String field, int status, String cacheControl)
            throws Exception {
        Map<String, String> headers = field == null ? Map.of()
                : field.equals("If-None-Match") ? Map.of("If-None-Match", ETAG) : Map.of("Range", field);
        HttpServletRequest request = request("GET", "/Shorts/clip one.mp4", headers);
        String current = ETAG.substring(1, ETAG.length() - 1);
        when(request.getParameter("v")).thenReturn(version == null ? null : version.replace("CURRENT", current));
        RecordedResponse response = new RecordedResponse();

        service(request, response);

        assertEquals(status, response.status);
        assertEquals(cacheControl, response.header("Cache-Control"));
        if (status != 304) {
            assertEquals(ETAG, response.header("ETag"), "the same bytes, whatever the URL's version");
        }
    }

    /**
     * Under access control the same replies are private: the viewer's browser keeps them as long as in an open
     * library, no shared cache keeps them at all (so nginx never hands one visitor's answer to the next, nor
     * plays a share link past its expiry), and s-maxage is never offered. 200, 206, multipart, 304 and HEAD alike.
     */
    @ParameterizedTest(name = "{0}: {1} ?v={2} {3} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # access.role, a signed-in viewer: every reply to the current version
            ROLE              | GET  | CURRENT | none            | 200 | private, max-age=31536000, immutable
            ROLE              | GET  | CURRENT | bytes=0-99      | 206 | private, max-age=31536000, immutable
            ROLE              | GET  | CURRENT | bytes=0-9,20-29 | 206 | private, max-age=31536000, immutable
            ROLE              | GET  | CURRENT | If-None-Match   | 304 | private, max-age=31536000, immutable
            ROLE              | HEAD | CURRENT | bytes=0-99      | 206 | private, max-age=31536000, immutable
            ROLE              | HEAD | CURRENT | If-None-Match   | 304 | private, max-age=31536000, immutable
            # ... and without the current version: the browsers' lifetime (cache.max-age), private
            ROLE              | GET  | none    | bytes=0-99      | 206 | private, max-age=3600
            ROLE              | HEAD | 186a0-1 | none            | 200 | private, max-age=3600
            ROLE              | GET  | none    | If-None-Match   | 304 | private, max-age=3600
            # access.folders alone, for a file outside every kept folder
            FOLDERS           | GET  | CURRENT | none            | 200 | private, max-age=31536000, immutable
            FOLDERS           | GET  | none    | bytes=0-99      | 206 | private, max-age=3600
            # a share token, which the sign-in filter checked, and nobody signed in
            SHARE_LINK        | GET  | CURRENT | bytes=0-99      | 206 | private, max-age=31536000, immutable
            SHARE_LINK        | GET  | none    | none            | 200 | private, max-age=3600
            # nothing set in reel, but the container signed the viewer in by itself
            CONTAINER_SIGN_IN | GET  | CURRENT | bytes=0-99      | 206 | private, max-age=31536000, immutable
            # nothing set, nobody signed in: as it always was
            NONE              | GET  | CURRENT | bytes=0-99      | 206 | public, max-age=31536000, immutable
            NONE              | HEAD | CURRENT | If-None-Match   | 304 | public, max-age=31536000, immutable
            NONE              | GET  | none    | bytes=0-99      | 206 | max-age=3600
            """)
    void underAccessControlEveryReplyIsPrivate(Restriction restriction, String method, String version, String field,
            int status, String cacheControl) throws Exception {
        HttpServletRequest request = request(method, "/Shorts/clip one.mp4", field == null ? Map.of()
                : field.equals("If-None-Match") ? Map.of("If-None-Match", ETAG) : Map.of("Range", field));
        String current = ETAG.substring(1, ETAG.length() - 1);
        when(request.getParameter("v")).thenReturn(version == null ? null : version.replace("CURRENT", current));
        restriction.apply(deployment, request);
        servlet.init();
        RecordedResponse response = new RecordedResponse();

        service(request, response);

        assertEquals(status, response.status);
        assertEquals(cacheControl, response.header("Cache-Control"));
    }

    @Test
    void singleRangeIs206WithItsSlice() throws Exception {
        RecordedResponse response = get(Map.of("Range", "bytes=100-199"));

        assertEquals(206, response.status);
        assertEquals("bytes 100-199/" + SIZE, response.header("Content-Range"));
        assertEquals("100", response.header("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 100, 200), response.body.toByteArray());
    }

    @Test
    void openEndedRangeAsChromeSendsFirstIsTheRest() throws Exception {
        RecordedResponse response = get(Map.of("Range", "bytes=0-"));

        assertEquals(206, response.status);
        assertEquals("bytes 0-19999/" + SIZE, response.header("Content-Range"));
        assertArrayEquals(bytes, response.body.toByteArray());
    }

    @Test
    void severalRangesAreOneMultipartBody() throws Exception {
        RecordedResponse response = get(Map.of("Range", "bytes=0-9, 500-509"));

        assertEquals(206, response.status);
        String type = response.header("Content-Type");
        assertTrue(type.startsWith("multipart/byteranges; boundary="), type);
        String boundary = type.substring(type.indexOf('=') + 1);
        String body = response.body.toString(StandardCharsets.ISO_8859_1);
        assertEquals(String.valueOf(response.body.size()), response.header("Content-Length"));
        String first = "--" + boundary + "\r\nContent-Type: video/mp4\r\nContent-Range: bytes 0-9/" + SIZE + "\r\n\r\n"
                + new String(bytes, 0, 10, StandardCharsets.ISO_8859_1);
        String second = "\r\n--" + boundary + "\r\nContent-Type: video/mp4\r\nContent-Range: bytes 500-509/" + SIZE
                + "\r\n\r\n" + new String(bytes, 500, 10, StandardCharsets.ISO_8859_1);
        assertEquals(first + second + "\r\n--" + boundary + "--\r\n", body);
    }

    @Test
    void unsatisfiableRangeIs416WithTheLength() throws Exception {
        RecordedResponse response = get(Map.of("Range", "bytes=" + SIZE + "-"));

        assertEquals(416, response.status);
        assertEquals("bytes */" + SIZE, response.header("Content-Range"));
        assertEquals(0, response.body.size());
    }

    @Test
    void matchingIfNoneMatchIs304WithTheETagOnly() throws Exception {
        RecordedResponse response = get(Map.of("If-None-Match", ETAG));

        assertEquals(304, response.status);
        assertEquals(ETAG, response.header("ETag"));
        assertNull(response.header("Content-Length"));
        assertEquals(0, response.body.size());
    }

    @Test
    void failingIfMatchIs412() throws Exception {
        RecordedResponse response = get(Map.of("If-Match", "\"something-else\""));

        assertEquals(412, response.status);
        assertEquals(0, response.body.size());
    }

    /** What each header combination decides, one row per RFC 9110 rule the servlet passes through. */
    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of(Map.of("Range", "bytes=5-2"), 200, null),
                Arguments.of(Map.of("Range", "items=0-1"), 200, null),
                Arguments.of(Map.of("Range", "bytes=-500"), 206, "bytes 19500-19999/" + SIZE),
                Arguments.of(Map.of("Range", "bytes=19990-99999999999999"), 206, "bytes 19990-19999/" + SIZE),
                Arguments.of(Map.of("Range", "bytes=0-0", "If-Range", ETAG), 206, "bytes 0-0/" + SIZE),
                Arguments.of(Map.of("Range", "bytes=0-0", "If-Range", "\"old\""), 200, null),
                Arguments.of(Map.of("Range", "bytes=0-0", "If-Range", "W/" + ETAG), 200, null),
                Arguments.of(Map.of("Range", "bytes=0-0", "If-Range", LAST_MODIFIED), 206, "bytes 0-0/" + SIZE),
                Arguments.of(Map.of("If-None-Match", "*"), 304, null),
                Arguments.of(Map.of("If-None-Match", "\"old\""), 200, null),
                Arguments.of(Map.of("If-Modified-Since", LAST_MODIFIED), 304, null),
                Arguments.of(Map.of("If-Modified-Since", "Tue, 30 Apr 2024 10:00:00 GMT"), 200, null),
                Arguments.of(Map.of("If-Unmodified-Since", "Tue, 30 Apr 2024 10:00:00 GMT"), 412, null),
                Arguments.of(Map.of("If-Unmodified-Since", LAST_MODIFIED), 200, null),
                Arguments.of(Map.of("If-Match", ETAG, "Range", "bytes=1-2"), 206, "bytes 1-2/" + SIZE),
                Arguments.of(Map.of("If-None-Match", ETAG, "Range", "bytes=1-2"), 304, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("decisions")
    void headersDecideTheStatus(Map<String, String> headers, int status, String contentRange) throws Exception {
        RecordedResponse response = get(headers);

        assertEquals(status, response.status);
        assertEquals(contentRange, response.header("Content-Range"));
    }

    @Test
    void headSendsTheHeadersOfGetAndNoBody() throws Exception {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Range", "bytes=10-19"),
                Map.of("Range", "bytes=0-1,5-6"))) {
            RecordedResponse get = send("GET", "/Shorts/clip one.mp4", headers);
            RecordedResponse head = send("HEAD", "/Shorts/clip one.mp4", headers);

            assertEquals(get.status, head.status, headers.toString());
            assertEquals(withoutBoundary(get.headers), withoutBoundary(head.headers), headers.toString());
            assertEquals(0, head.body.size(), headers.toString());
        }
    }

    @Test
    void missingFilesFoldersAndDotfilesAreAll404() throws Exception {
        for (String path : Arrays.asList("/nope.mp4", "/Shorts", "/Shorts/", "/.secret.mp4", "/../etc/passwd", null)) {
            RecordedResponse response = send("GET", path, Map.of());

            assertEquals(Optional.of(404), response.error, String.valueOf(path));
            assertEquals(0, response.body.size(), String.valueOf(path));
        }
    }

    /** New requests to a draining node go elsewhere: a balancer that watches only real traffic sees the 503. */
    @Test
    void aDrainingNodeAnswersNewRequests503WithoutOpeningTheFile() throws Exception {
        deployment.drain.drain();

        RecordedResponse response = get(Map.of("Range", "bytes=0-99"));

        assertEquals(503, response.status);
        assertEquals("10", response.header("Retry-After"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(opened.isEmpty());
    }

    @Test
    void unavailableMediaFolderIs503() throws Exception {
        deployment.root = new MediaRoot.Unavailable("the media folder is not set");

        RecordedResponse response = get(Map.of());

        assertEquals(503, response.status);
        assertEquals("10", response.header("Retry-After"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertTrue(response.body.toString(StandardCharsets.UTF_8).contains("the media folder is not set"));
        assertTrue(opened.isEmpty());
    }

    @Test
    void clientThatGoesAwayMidStreamEndsTheRequestQuietly() throws Exception {
        RecordedResponse response = new RecordedResponse().failingAfter(9_000);

        service(request("GET", "/Shorts/clip one.mp4", Map.of()), response);

        assertEquals(200, response.status);
        assertEquals(Optional.empty(), response.error);
        assertTrue(response.body.size() <= 9_000, "stopped at the disconnect");
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
        assertEquals(1, async.completions);
        assertEquals(0, deployment.budget.running());
    }

    @Test
    void bodyIsStreamedAsynchronouslyWithTheLongStreamTimeout() throws Exception {
        RecordedResponse response = new RecordedResponse().writingPerEvent(1);
        HttpServletRequest request = request("GET", "/Shorts/clip one.mp4", Map.of());
        servlet.service(request, response.mock);

        assertEquals(0, response.body.size(), "nothing is written on the request thread");
        assertEquals(ReelConfig.defaults().asyncTimeout().toMillis(), async.timeout);
        assertEquals(1, deployment.budget.running());
        async.runWrites(response);
        assertArrayEquals(bytes, response.body.toByteArray());
        assertEquals(0, deployment.budget.running());
    }

    /** A large container buffer is heap every stalled viewer pins; each 8 KB chunk is flushed instead. */
    @Test
    void theContainerBufferStaysAtItsDefault() throws Exception {
        RecordedResponse whole = send("GET", "/big.mp4", Map.of());
        RecordedResponse head = send("HEAD", "/big.mp4", Map.of());

        assertEquals(BIG, whole.body.size());
        verify(whole.mock, never()).setBufferSize(anyInt());
        verify(head.mock, never()).setBufferSize(anyInt());
    }

    /** Beyond the budget a stream is refused at once, before its file is opened; a place frees as a stream ends. */
    @Test
    void aFullBudgetAnswers503WithRetryAfterUntilAStreamEnds() throws Exception {
        StreamMetrics metrics = new StreamMetrics();
        deployment.budget = new StreamBudget(1);
        deployment.metrics = metrics;
        servlet.init();
        RecordedResponse watching = new RecordedResponse().writingPerEvent(1);
        servlet.service(request("GET", "/big.mp4", Map.of()), watching.mock);
        watching.listener.onWritePossible();
        FakeAsync watchingAsync = async;

        HttpServletRequest download = request("GET", "/Shorts/clip one.mp4", Map.of());
        when(download.getParameter("download")).thenReturn("");
        RecordedResponse refused = new RecordedResponse();
        service(download, refused);

        assertEquals(503, refused.status);
        assertEquals(Map.of("Retry-After", "5", "Cache-Control", "no-store", "Content-Type", "text/plain;charset=UTF-8",
                "Content-Length", String.valueOf(refused.body.size())), refused.headers);
        assertTrue(refused.body.toString(StandardCharsets.UTF_8).contains("try again in 5 seconds"));
        assertEquals(1, opened.size(), "the refused file was never opened");
        assertEquals(1, metrics.snapshot().budget().refusals());
        assertEquals(200, send("HEAD", "/Shorts/clip one.mp4", Map.of()).status, "HEAD streams nothing");

        watchingAsync.runWrites(watching);
        assertEquals(BIG, watching.body.size());
        RecordedResponse next = get(Map.of());
        assertEquals(200, next.status);
        assertArrayEquals(bytes, next.body.toByteArray());
        assertEquals(0, Deployment.of(context).budget().running());
    }

    /** Sendfile holds no heap buffer of reel's, so it needs no place in the budget. */
    @Test
    void sendfileIsServedWhenTheBudgetIsFull() throws Exception {
        StreamBudget budget = new StreamBudget(1);
        budget.admit().orElseThrow();
        deployment.budget = budget;
        startedWithSendfile();
        attributes.put(Sendfile.SUPPORT, Boolean.TRUE);
        RecordedResponse response = send("GET", "/big.mp4", Map.of());

        assertEquals(200, response.status);
        assertEquals((long) BIG, attributes.get(Sendfile.END));
    }

    @Test
    void undeployClosesTheFilesOfRunningStreams() throws Exception {
        RecordedResponse response = new RecordedResponse().writingPerEvent(1);
        servlet.service(request("GET", "/Shorts/clip one.mp4", Map.of()), response.mock);
        response.listener.onWritePossible();

        servlet.destroy();

        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
        assertEquals(0, deployment.budget.running());
    }

    @Test
    void withoutAsyncSupportTheSameBytesAreCopiedOnTheRequestThread() throws Exception {
        RecordedResponse response = new RecordedResponse();
        HttpServletRequest request = request("GET", "/Shorts/clip one.mp4", Map.of("Range", "bytes=0-9,100-109"));
        when(request.isAsyncSupported()).thenReturn(false);
        servlet.service(request, response.mock);

        assertEquals(206, response.status);
        assertTrue(response.body.toString(StandardCharsets.ISO_8859_1).contains("0123456789"));
        assertEquals(String.valueOf(response.body.size()), response.header("Content-Length"));
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
        assertEquals(null, response.listener);
    }

    @Test
    void sendfileSwitchedOnHandsLargeSingleRegionsToTheConnector() throws Exception {
        startedWithSendfile();
        RecordedResponse response = new RecordedResponse();
        HttpServletRequest request = request("GET", "/big.mp4", Map.of("Range", "bytes=100-"));
        attributes.put(Sendfile.SUPPORT, Boolean.TRUE);
        servlet.service(request, response.mock);

        assertEquals(206, response.status);
        assertEquals(0, response.body.size());
        assertEquals(root.resolve("big.mp4").toAbsolutePath().toString(), attributes.get(Sendfile.FILENAME));
        assertEquals(100L, attributes.get(Sendfile.START));
        assertEquals((long) BIG, attributes.get(Sendfile.END));
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
    }

    @Test
    void aBandwidthCapKeepsStreamsOnThePacedLoopEvenWithSendfile() throws Exception {
        ReelConfig defaults = ReelConfig.defaults();
        deployment.config = new ReelConfig(defaults.asyncTimeout(),
                defaults.cacheMaxAge(), defaults.maxRanges(), 1 << 20, true, defaults.maxStreams(), defaults.health(), defaults.metrics(),
                defaults.drainFile(), defaults.cacheSharedMaxAge(), defaults.access());
        servlet.init();
        attributes.put(Sendfile.SUPPORT, Boolean.TRUE);
        RecordedResponse response = new RecordedResponse();
        servlet.service(request("GET", "/big.mp4", Map.of()), response.mock);

        assertEquals(null, attributes.get(Sendfile.FILENAME));
        assertEquals(1, deployment.budget.running());
        servlet.destroy();
    }

    @Test
    void aDownloadHasNoAsyncTimeoutAndSaysAttachment() throws Exception {
        HttpServletRequest request = request("GET", "/big.mp4", Map.of());
        when(request.getParameter("download")).thenReturn("");
        RecordedResponse response = new RecordedResponse();
        service(request, response);

        assertEquals(0, async.timeout);
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"big.mp4\""),
                response.header("Content-Disposition"));
        assertEquals(BIG, response.body.size());
    }

    static Stream<Arguments> loopedDespiteSendfile() {
        return Stream.of(
                Arguments.of("not offered by the connector", false, "bytes=0-"),
                Arguments.of("below the threshold", true, "bytes=0-1000"),
                Arguments.of("multipart", true, "bytes=0-60000,70000-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loopedDespiteSendfile")
    void sendfileFallsBackToTheLoop(String why, boolean offered, String range) throws Exception {
        startedWithSendfile();
        if (offered) {
            attributes.put(Sendfile.SUPPORT, Boolean.TRUE);
        }
        RecordedResponse response = send("GET", "/big.mp4", Map.of("Range", range));

        assertEquals(206, response.status);
        assertEquals(response.header("Content-Length"), String.valueOf(response.body.size()));
        assertEquals(null, attributes.get(Sendfile.FILENAME));
    }

    @Test
    void fileThatCannotBeOpenedIs500AndOneThatVanishedIs404() throws Exception {
        VideoServlet unreadable = new VideoServlet(file -> {
            throw new java.nio.file.AccessDeniedException(file.path().toString());
        });
        VideoServlet vanished = new VideoServlet(file -> {
            throw new java.nio.file.NoSuchFileException(file.path().toString());
        });
        for (VideoServlet broken : List.of(unreadable, vanished)) {
            ServletConfig config = mock(ServletConfig.class);
            when(config.getServletContext()).thenReturn(context);
            broken.init(config);
        }

        RecordedResponse first = new RecordedResponse();
        unreadable.service(request("GET", "/Shorts/clip one.mp4", Map.of()), first.mock);
        RecordedResponse second = new RecordedResponse();
        vanished.service(request("GET", "/Shorts/clip one.mp4", Map.of()), second.mock);

        assertEquals(Optional.of(500), first.error);
        assertEquals(Optional.of(404), second.error);
    }

    @Test
    void headNeverOpensTheFile() throws Exception {
        RecordedResponse response = send("HEAD", "/Shorts/clip one.mp4", Map.of("Range", "bytes=0-1,5-6"));

        assertEquals(206, response.status);
        assertTrue(opened.isEmpty());
    }

    /**
     * A link into Board is a missing file to Ana, download or not, and the not-found answer is the same; Carla,
     * who holds Board's role, and anyone with a share link (which the sign-in filter checked) get the bytes.
     * WebVTT subtitles are served here too.
     */
    @ParameterizedTest(name = "{1} by {0} {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            ana   | /Public/minutes.mp4            | none     | 404
            ana   | /Public/minutes.mp4            | download | 404
            ana   | /Public/board-link/Minutes.mp4 | none     | 404
            ana   | /Public/Talk.en.vtt            | none     | 404
            carla | /Public/minutes.mp4            | none     | 200
            carla | /Public/board-link/Minutes.mp4 | download | 200
            carla | /Public/Talk.en.vtt            | none     | 200
            ana   | /Public/minutes.mp4            | share    | 200
            ana   | /Public/Talk.mp4               | none     | 200
            """)
    void aLinkIntoAFolderForOtherRolesIsAMissingFile(String user, String path, String parameter, int status)
            throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);
        servlet.init();

        RecordedResponse response = asUser(user, path, parameter);

        assertEquals(status, response.error.orElse(response.status));
        if (status == 404) {
            RecordedResponse missing = asUser(user, "/Public/nope.mp4", parameter);
            assertEquals(missing.error, response.error);
            assertEquals(missing.headers, response.headers);
            assertTrue(opened.isEmpty(), "never opened");
        }
        assertEquals(status == 404 ? 1L : 0L,
                deployment.metrics.accessRefusals().snapshot().get(reel.metrics.AccessRefusals.Reason.HIDDEN_FOLDER));
    }

    private RecordedResponse asUser(String user, String path, String parameter) throws Exception {
        HttpServletRequest request = BoardLinks.signedIn(request("GET", path, Map.of()), user);
        if (parameter != null) {
            when(request.getParameter(parameter)).thenReturn(parameter.equals("share") ? "checked-by-the-filter" : "");
        }
        RecordedResponse response = new RecordedResponse();
        service(request, response);
        return response;
    }

    private void startedWithSendfile() throws Exception {
        ReelConfig defaults = ReelConfig.defaults();
        deployment.config = new ReelConfig(defaults.asyncTimeout(),
                defaults.cacheMaxAge(), defaults.maxRanges(), defaults.bandwidthCap(), true, defaults.maxStreams(), defaults.health(),
                defaults.metrics(), defaults.drainFile(), defaults.cacheSharedMaxAge(), defaults.access());
        servlet.init();
    }

    private RecordedResponse get(Map<String, String> headers) throws Exception {
        return send("GET", "/Shorts/clip one.mp4", headers);
    }

    private RecordedResponse send(String method, String pathInfo, Map<String, String> headers) throws Exception {
        RecordedResponse response = new RecordedResponse();
        service(request(method, pathInfo, headers), response);
        return response;
    }

    /** As the container runs a request: service(), then the write events of the async stream, if one started. */
    private void service(HttpServletRequest request, RecordedResponse response) throws Exception {
        servlet.service(request, response.mock);
        if (response.listener != null) {
            async.runWrites(response);
        }
    }

    private HttpServletRequest request(String method, String pathInfo, Map<String, String> headers) {
        async = new FakeAsync();
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.isAsyncSupported()).thenReturn(true);
        when(request.startAsync()).thenReturn(async.context);
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get((String) call.getArgument(0)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request).setAttribute(anyString(), any());
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/video");
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getHeaders(anyString())).thenAnswer(call -> Collections.enumeration(
                Optional.ofNullable(headers.get((String) call.getArgument(0))).map(List::of).orElse(List.of())));
        when(request.getHeader(anyString())).thenAnswer(call -> headers.get((String) call.getArgument(0)));
        return request;
    }

    /** Each multipart reply draws a fresh boundary of the same length; everything else must be identical. */
    private static Map<String, String> withoutBoundary(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.computeIfPresent("Content-Type", (name, value) -> value.replaceAll("boundary=.*", "boundary="));
        return copy;
    }
}
