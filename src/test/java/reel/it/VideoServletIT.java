package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /reel/video/*} over real HTTP against the WAR in Tomcat, bodies compared with the files. */
class VideoServletIT {

    private static final long BIG = 3L * 1024 * 1024 * 1024;
    private static final byte[] BIG_TAIL = "the end of a three gibibyte file".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path root;
    @TempDir
    static Path outside;

    private static ReelServer server;
    private static byte[] clip;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        clip = Fixtures.content(100_000);
        Files.write(media.resolve("clip.mp4"), clip);
        Files.write(media.resolve("a b#?%+;é<x>.webm"), Fixtures.content(1000));
        Files.createDirectories(media.resolve("sub"));
        Files.write(media.resolve("sub/inner.mkv"), Fixtures.content(10));
        Files.write(media.resolve("subtitles.vtt"), "WEBVTT\n".getBytes(StandardCharsets.UTF_8));
        Files.write(media.resolve("empty.mp4"), new byte[0]);
        Files.write(media.resolve(".hidden.mp4"), Fixtures.content(10));
        Files.write(outside.resolve("secret.mp4"), "SECRET".getBytes(StandardCharsets.US_ASCII));
        Files.createSymbolicLink(media.resolve("escape.mp4"), outside.resolve("secret.mp4"));
        Files.createSymbolicLink(media.resolve("out"), outside);
        try (RandomAccessFile big = new RandomAccessFile(media.resolve("big.mp4").toFile(), "rw")) {
            big.setLength(BIG);
            big.seek(BIG - BIG_TAIL.length);
            big.write(BIG_TAIL);
        }
        server = ReelServer.start(media);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/reel/video/" + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> head(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/reel/video/" + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void wholeFileIsServedByteForByteWithValidators() throws Exception {
        HttpResponse<byte[]> response = get("clip.mp4");
        assertEquals(200, response.statusCode());
        assertArrayEquals(clip, response.body());
        assertEquals("video/mp4", header(response, "Content-Type"));
        assertEquals("100000", header(response, "Content-Length"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertTrue(header(response, "ETag").matches("\"[0-9a-f]+-[0-9a-f]+\""), header(response, "ETag"));
        assertTrue(header(response, "Last-Modified").endsWith(" GMT"));
    }

    @ParameterizedTest(name = "Range: {0} -> {1} {2}-{3}")
    @CsvSource(delimiter = '|', textBlock = """
            bytes=0-                  | 206 | 0     | 99999
            bytes=0-0                 | 206 | 0     | 0
            bytes=1000-1999           | 206 | 1000  | 1999
            bytes=99990-              | 206 | 99990 | 99999
            bytes=-10                 | 206 | 99990 | 99999
            bytes=99000-500000        | 206 | 99000 | 99999
            bytes=-200000             | 206 | 0     | 99999
            bytes=0-9,10-19           | 206 | 0     | 19
            bytes=5-2                 | 200 | 0     | 99999
            bytes=abc                 | 200 | 0     | 99999
            lines=0-9                 | 200 | 0     | 99999
            """)
    void rangesAreServedByteForByte(String range, int status, int first, int last) throws Exception {
        HttpResponse<byte[]> response = get("clip.mp4", "Range", range);
        assertEquals(status, response.statusCode());
        assertArrayEquals(Arrays.copyOfRange(clip, first, last + 1), response.body());
        assertEquals(String.valueOf(last - first + 1), header(response, "Content-Length"));
        if (status == 206) {
            assertEquals("bytes " + first + "-" + last + "/100000", header(response, "Content-Range"));
        }
    }

    @Test
    void severalRangesComeAsMultipartByteranges() throws Exception {
        HttpResponse<byte[]> response = get("clip.mp4", "Range", "bytes=-5,0-4,50000-50009");
        assertEquals(206, response.statusCode());
        String contentType = header(response, "Content-Type");
        assertTrue(contentType.startsWith("multipart/byteranges; boundary="), contentType);
        String boundary = contentType.substring(contentType.indexOf('=') + 1);
        assertEquals(String.valueOf(response.body().length), header(response, "Content-Length"));

        List<Multipart.Part> parts = Multipart.parse(response.body(), boundary);
        assertEquals(3, parts.size());
        // In the order asked (RFC 9110 §15.3.7.2).
        long[][] expected = {{99995, 99999}, {0, 4}, {50000, 50009}};
        for (int i = 0; i < expected.length; i++) {
            Multipart.Part part = parts.get(i);
            assertEquals("video/mp4", part.headers().get("content-type"));
            assertEquals("bytes " + expected[i][0] + "-" + expected[i][1] + "/100000",
                    part.headers().get("content-range"));
            assertArrayEquals(Arrays.copyOfRange(clip, (int) expected[i][0], (int) expected[i][1] + 1), part.body());
        }
    }

    @ParameterizedTest(name = "Range: {0} -> 416")
    @ValueSource(strings = {"bytes=100000-", "bytes=-0", "bytes=200000-300000",
        "bytes=0-0,2-2,4-4,6-6,8-8,10-10,12-12,14-14,16-16,18-18,20-20,22-22,24-24,26-26,28-28,30-30,32-32"})
    void unsatisfiableRangesAnswer416WithTheCompleteLength(String range) throws Exception {
        HttpResponse<byte[]> response = get("clip.mp4", "Range", range);
        assertEquals(416, response.statusCode());
        assertEquals("bytes */100000", header(response, "Content-Range"));
    }

    @Test
    void conditionalRequestsFollowTheValidators() throws Exception {
        HttpResponse<byte[]> first = get("clip.mp4");
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");

        assertEquals(304, get("clip.mp4", "If-None-Match", etag).statusCode());
        assertEquals(304, get("clip.mp4", "If-None-Match", "W/" + etag).statusCode());
        assertEquals(304, get("clip.mp4", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get("clip.mp4", "If-None-Match", "\"other\"").statusCode());
        assertEquals(200, get("clip.mp4", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode());
        assertEquals(412, get("clip.mp4", "If-Match", "\"other\"").statusCode());
        assertEquals(206, get("clip.mp4", "If-Match", etag, "Range", "bytes=0-1").statusCode());
        assertEquals(412, get("clip.mp4", "If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode());
        assertEquals(206, get("clip.mp4", "If-Range", etag, "Range", "bytes=0-1").statusCode());
        assertEquals(206, get("clip.mp4", "If-Range", lastModified, "Range", "bytes=0-1").statusCode());
        HttpResponse<byte[]> stale = get("clip.mp4", "If-Range", "\"other\"", "Range", "bytes=0-1");
        assertEquals(200, stale.statusCode());
        assertArrayEquals(clip, stale.body());

        HttpResponse<byte[]> notModified = get("clip.mp4", "If-None-Match", etag);
        assertEquals(etag, header(notModified, "ETag"));
        assertEquals(0, notModified.body().length);
    }

    @Test
    void headSendsGetsHeadersWithoutBody() throws Exception {
        for (String range : new String[] {"bytes=0-99", "bytes=0-0,-1", "bytes=999999-"}) {
            HttpResponse<byte[]> get = get("clip.mp4", "Range", range);
            HttpResponse<byte[]> head = head("clip.mp4", "Range", range);
            assertEquals(get.statusCode(), head.statusCode(), range);
            assertEquals(0, head.body().length, range);
            for (String name : List.of("Content-Length", "Content-Range", "ETag", "Last-Modified", "Accept-Ranges")) {
                assertEquals(header(get, name), header(head, name), range + " " + name);
            }
            if (!header(get, "Content-Type").startsWith("multipart/")) {
                assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), range);
            }
        }
    }

    @Test
    void filesLargerThanTwoGibibytesServeRangesNearTheirEnd() throws Exception {
        HttpResponse<byte[]> head = head("big.mp4");
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(BIG), header(head, "Content-Length"));

        HttpResponse<byte[]> tail = get("big.mp4", "Range", "bytes=-" + BIG_TAIL.length);
        assertEquals(206, tail.statusCode());
        assertEquals("bytes " + (BIG - BIG_TAIL.length) + "-" + (BIG - 1) + "/" + BIG, header(tail, "Content-Range"));
        assertArrayEquals(BIG_TAIL, tail.body());

        HttpResponse<byte[]> past = get("big.mp4", "Range", "bytes=" + (BIG - 4) + "-" + (BIG + 1000));
        assertEquals(206, past.statusCode());
        assertArrayEquals(Arrays.copyOfRange(BIG_TAIL, BIG_TAIL.length - 4, BIG_TAIL.length), past.body());

        HttpResponse<byte[]> middle = get("big.mp4", "Range", "bytes=2147483640-2147483655");
        assertEquals(206, middle.statusCode());
        assertArrayEquals(new byte[16], middle.body());
    }

    @Test
    void mediaTypesFollowTheExtension() throws Exception {
        assertEquals("video/webm", header(head("a b#?%+;é<x>.webm"), "Content-Type"));
        assertEquals("video/x-matroska", header(head("sub/inner.mkv"), "Content-Type"));
        assertEquals("text/vtt;charset=utf-8", header(head("subtitles.vtt"), "Content-Type").replace(" ", ""));
    }

    @Test
    void namesWithReservedCharactersAndUnicodeAreServed() throws Exception {
        HttpResponse<byte[]> response = get("a b#?%+;é<x>.webm");
        assertEquals(200, response.statusCode());
        assertArrayEquals(Fixtures.content(1000), response.body());
    }

    @Test
    void emptyFileIsAnEmpty200EvenWithRange() throws Exception {
        HttpResponse<byte[]> response = get("empty.mp4", "Range", "bytes=0-");
        assertEquals(200, response.statusCode());
        assertEquals("0", header(response, "Content-Length"));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @ValueSource(strings = {"missing.mp4", "sub", "sub/", ".hidden.mp4", "escape.mp4", "out/secret.mp4", ""})
    void folderDotfilesAndEscapesAreNotFound(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(404, response.statusCode());
        assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains("SECRET"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "/reel/video/../WEB-INF/web.xml",
        "/reel/video/%2e%2e/WEB-INF/web.xml",
        "/reel/video/%2E%2E/%2E%2E/etc/passwd",
        "/reel/video/..%2f..%2fetc%2fpasswd",
        "/reel/video/sub%2f..%2f..%2fetc%2fpasswd",
        "/reel/video/..\\..\\etc\\passwd",
        "/reel/video/%5c..%5c..%5cetc%5cpasswd",
        "/reel/video/clip.mp4%00.txt",
        "/reel/video/%00",
        "/reel/video//etc/passwd",
        "/reel/video/%2Fetc%2Fpasswd",
        "/reel/video/out/secret.mp4",
        "/reel/video/out%2fsecret.mp4",
        "/reel/video/escape.mp4",
        "/reel/video/.%2e/.%2e/etc/passwd",
        "/reel/video/%252e%252e/%252e%252e/etc/passwd",
        "/reel/video/file:///etc/passwd",
        "/reel/video/C:/Windows/win.ini",
        "/reel/video/;/../../etc/passwd",
        "/reel/video/sub/..;/..;/etc/passwd"})
    void pathsThatEscapeTheMediaFolderAreRefused(String rawTarget) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server.port(), rawTarget);
        assertTrue(answer.status() == 400 || answer.status() == 404, rawTarget + " -> " + answer.status());
        assertFalse(answer.text().contains("SECRET"), rawTarget);
        assertFalse(answer.text().contains("root:"), rawTarget);
        assertFalse(answer.text().contains("<web-app"), rawTarget);
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(server.uri("/reel/video/clip.mp4"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), BodyHandlers.ofByteArray());
        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), response.headers().firstValue("Allow"), "RFC 9110 §15.5.6");
        HttpResponse<byte[]> page = CLIENT.send(HttpRequest.newBuilder(server.uri("/reel/"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofByteArray());
        assertEquals(405, page.statusCode());
        assertEquals(Optional.of("GET, HEAD, OPTIONS"), page.headers().firstValue("Allow"));
    }

    @Test
    void servingLeavesNoProblemsInTheLog() throws Exception {
        get("clip.mp4", "Range", "bytes=0-10");
        assertEquals(Optional.empty(), server.logs().problems().stream().findFirst().map(Object::toString),
                server.logs()::toString);
    }
}
