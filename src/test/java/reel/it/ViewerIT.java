package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the viewer adds, over real HTTP: subtitles as WebVTT, the download header, the pages' security headers. */
class ViewerIT {

    // A SubRip file as Windows tools write it: byte order mark, CRLF, comma decimals, a <font> tag.
    private static final String SUBRIP = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<font color=\"red\">Hello</font>"
            + " & welcome\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nBye\r\n";
    private static final String EXPECTED_WEBVTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello &amp; welcome\n\n"
            + "2\n00:00:03.000 --> 00:00:04.000\nBye\n";

    @TempDir
    static Path root;
    @TempDir
    static Path outside;
    private static ReelServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Files.write(media.resolve("Talk.mp4"), Fixtures.content(1000));
        Files.write(media.resolve("Talk.srt"), SUBRIP.getBytes(StandardCharsets.UTF_8));
        Files.writeString(media.resolve("Talk.en.vtt"), "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n");
        Files.write(media.resolve("Café #1.mp4"), Fixtures.content(100));
        Files.writeString(media.resolve(".hidden.srt"), SUBRIP);
        Files.writeString(outside.resolve("secret.srt"), SUBRIP);
        Files.createSymbolicLink(media.resolve("escape.srt"), outside.resolve("secret.srt"));
        Files.write(media.resolve("Camera.mp4"), mp4(false, 65));
        Files.write(media.resolve("Faststart.mp4"), mp4(true, 3725));
        Files.write(media.resolve("Huge.srt"), new byte[(2 << 20) + 1]);
        server = ReelServer.start(media);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void subRipIsServedAsWebVtt() throws Exception {
        HttpResponse<String> response = send("/reel/subtitles/Talk.srt");

        assertEquals(200, response.statusCode());
        assertEquals("text/vtt;charset=utf-8", header(response, "Content-Type").replace(" ", "").toLowerCase());
        assertEquals(EXPECTED_WEBVTT, response.body());
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertTrue(header(response, "ETag").startsWith("\""), response.headers()::toString);
        assertTrue(header(response, "Last-Modified").endsWith(" GMT"), response.headers()::toString);
    }

    @Test
    void aCurrentCopyIsNotSentAgain() throws Exception {
        String etag = header(send("/reel/subtitles/Talk.srt"), "ETag");

        HttpResponse<String> response = send("/reel/subtitles/Talk.srt", "If-None-Match", etag);

        assertEquals(304, response.statusCode());
        assertEquals("", response.body());
        assertEquals(etag, header(response, "ETag"));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({"/reel/subtitles/missing.srt", "/reel/subtitles/.hidden.srt", "/reel/subtitles/escape.srt",
        "/reel/subtitles/Talk.mp4", "/reel/subtitles/", "/reel/subtitles"})
    void nothingOutsideTheLibraryOrNotASubtitle(String path) throws Exception {
        assertEquals(404, send(path).statusCode());
    }

    @Test
    void encodedDotSegmentsDoNotLeaveTheLibrary() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.rawUri(
                "/reel/subtitles/%2e%2e/outside/secret.srt")).build(), BodyHandlers.ofString());
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, () -> "" + response.statusCode());
    }

    @Test
    void theDownloadLinkAsksForAnAttachmentUnderTheFilesName() throws Exception {
        HttpResponse<String> download = send("/reel/video/Café #1.mp4?download");
        HttpResponse<String> play = send("/reel/video/Café #1.mp4");

        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"Cafe #1.mp4\"; filename*=UTF-8''Caf%C3%A9%20#1.mp4",
                header(download, "Content-Disposition"));
        assertEquals(Optional.empty(), play.headers().firstValue("Content-Disposition"));
    }

    @ParameterizedTest(name = "{0} has reel''s security headers")
    @CsvSource({"/reel/", "/reel/watch/Talk.mp4", "/reel/browse/missing/"})
    void pagesCarryTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> page = send(path);

        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("same-origin", header(page, "Referrer-Policy"));
    }

    @Test
    void thePlayerLinksTheConvertedSubRipAndTheWebVtt() throws Exception {
        String html = send("/reel/watch/Talk.mp4").body();

        assertTrue(html.contains("src=\"/reel/subtitles/Talk.srt?v="), html);
        assertTrue(html.contains("src=\"/reel/video/Talk.en.vtt?v="), html);
    }

    /** Every versioned link on the player page is the current version: cached for good, served whole. */
    @Test
    void thePlayersVersionedLinksAreCachedForGood() throws Exception {
        String html = send("/reel/watch/Talk.mp4").body();
        java.util.regex.Matcher sources = java.util.regex.Pattern.compile("src=\"(/reel/(?:video|subtitles)/[^\"]+\\?v=[^\"#]+)")
                .matcher(html);
        int links = 0;
        while (sources.find()) {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.rawUri(sources.group(1))).build(),
                    BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), sources.group(1));
            assertEquals(Optional.of("public, max-age=31536000, immutable"),
                    response.headers().firstValue("Cache-Control"), sources.group(1));
            links++;
        }
        assertEquals(3, links, html);
        assertEquals(Optional.of("max-age=3600"), send("/reel/video/Talk.mp4").headers().firstValue("Cache-Control"));
    }

    @Test
    void theLibraryShowsLengthsReadFromTheFilesAndFlagsASlowStart() throws Exception {
        String html = send("/reel/").body();

        assertTrue(html.contains("<span aria-hidden=\"true\">1:05</span>"), html);
        assertTrue(html.contains("<span aria-hidden=\"true\">1:02:05</span>"), html);
        // The folder's own cards, not the Recently added row above them, which reads no headers.
        String videos = html.substring(html.indexOf("<h2 id=\"videos\">"));
        String camera = videos.substring(videos.indexOf("Camera</span>"), videos.indexOf("Faststart</span>"));
        assertTrue(camera.contains("Not optimised for streaming"), camera);
        assertEquals(1, html.split("Not optimised for streaming", -1).length - 1, html);
    }

    @Test
    void theScriptIsServedAsJavaScript() throws Exception {
        HttpResponse<String> script = send("/reel/static/reel.js");

        assertEquals(200, script.statusCode());
        assertTrue(header(script, "Content-Type").contains("javascript"), script.headers()::toString);
        assertTrue(script.body().contains("\"use strict\""));
    }

    /** The boxes a real MP4 starts with, an ISO/IEC 14496-12 mvhd of {@code seconds}, the index first or last. */
    private static byte[] mp4(boolean indexFirst, int seconds) {
        byte[] mvhd = box("mvhd", java.nio.ByteBuffer.allocate(100).putInt(0).putInt(0).putInt(0)
                .putInt(1000).putInt(seconds * 1000).array());
        byte[] moov = box("moov", mvhd);
        byte[] mdat = box("mdat", Fixtures.content(500));
        byte[] ftyp = box("ftyp", "isom\0\0\2\0isomavc1".getBytes(StandardCharsets.US_ASCII));
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.writeBytes(ftyp);
        file.writeBytes(indexFirst ? moov : mdat);
        file.writeBytes(indexFirst ? mdat : moov);
        return file.toByteArray();
    }

    private static byte[] box(String type, byte[] body) {
        return java.nio.ByteBuffer.allocate(8 + body.length).putInt(8 + body.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(body).array();
    }

    /** Asked for again and again by players, an oversized file is refused every time but logged once. */
    @Test
    void anOversizedSubtitleFileIsLoggedOncePerVersion() throws Exception {
        assertEquals(404, send("/reel/subtitles/Huge.srt").statusCode());
        assertEquals(404, send("/reel/subtitles/Huge.srt").statusCode());

        long warnings = server.logs().problems().stream()
                .filter(record -> record.getMessage().contains("Huge.srt has 2097153 bytes")).count();
        assertEquals(1, warnings, server.logs()::toString);
    }

    /** Whatever answers, and however: pages, bytes, 304, refusals, the container's error page, operations. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            /reel/                       | null                 | 200
            /reel/watch/nothing.mp4      | null                 | 404
            /reel/video/Talk.mp4         | null                 | 200
            /reel/video/Talk.mp4         | If-None-Match: *     | 304
            /reel/video/Talk.mp4         | Range: bytes=5000-   | 416
            /reel/video/nothing.mp4      | null                 | 404
            /reel/subtitles/Talk.srt     | null                 | 200
            /reel/subtitles/nothing.srt  | null                 | 404
            /reel/health                 | null                 | 200
            /reel/metrics                | null                 | 200
            /reel/static/reel.js         | null                 | 200
            """)
    void everyResponseCarriesTheSecurityHeaderFields(String path, String header, int status) throws Exception {
        HttpResponse<String> response = header == null ? send(path) : send(path, header.split(": ", 2));

        assertEquals(status, response.statusCode());
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"), path);
        assertEquals(Optional.of("same-origin"), response.headers().firstValue("Referrer-Policy"), path);
    }

    /** With no access setting, reel is as it was before sign-in and share links existed (issue 14). */
    @Test
    void withNothingSetSignInAndShareLinksAreNotThere() throws Exception {
        HttpResponse<String> player = send("/reel/watch/Talk.mp4?share=1800000000.forged");
        assertEquals(200, player.statusCode(), "a share parameter means nothing");
        assertTrue(!player.body().contains("Share for") && !player.body().contains("Sign out"), player::body);
        assertEquals(206, send("/reel/video/Talk.mp4?share=junk", "Range", "bytes=0-9").statusCode());
        for (String form : new String[] {"/reel/sign-out", "/reel/share"}) {
            HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(uri(form)).header("Origin", origin())
                    .POST(HttpRequest.BodyPublishers.ofString("")).build(), BodyHandlers.ofString());
            assertEquals(404, posted.statusCode(), form + " does not exist");
            assertTrue(posted.headers().firstValue("WWW-Authenticate").isEmpty(), form);
        }
    }

    private static String origin() {
        String uri = server.uri("/").toString();
        return uri.substring(0, uri.length() - 1);
    }

    private static HttpResponse<String> send(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The query string stays as written; the path is encoded segment by segment. */
    private static java.net.URI uri(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return server.uri(path);
        }
        return java.net.URI.create(server.uri(path.substring(0, query)) + path.substring(query));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(absent)");
    }
}
