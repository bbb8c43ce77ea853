package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.stream.RecordedResponse;

/** SubtitleServlet at the container edge, with a mocked request and response over a real SubRip file. */
class SubtitleServletTest {

    private static final String SUBRIP = "1\n00:00:01,000 --> 00:00:02,000\nHello\n";
    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");
    /** The file's own validator with the conversion's version: the WebVTT is another representation. */
    private static final String VERSION = Long.toHexString(SUBRIP.length()) + "-"
            + Long.toHexString(MODIFIED.getEpochSecond()) + "-vtt1";
    private static final String ETAG = "\"" + VERSION + "\"";

    @TempDir
    Path root;

    private final ServletContext context = mock(ServletContext.class);
    private final DeploymentStub deployment = new DeploymentStub(context);
    private final SubtitleServlet servlet = new SubtitleServlet();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(root.resolve("Shorts"));
        Path subtitles = Files.writeString(root.resolve("Shorts/clip one.en.srt"), SUBRIP);
        Files.setLastModifiedTime(subtitles, FileTime.from(MODIFIED));
        deployment.root = new MediaRoot.Available(new MediaLibrary(root), "test");
        ServletConfig config = mock(ServletConfig.class);
        when(config.getServletContext()).thenReturn(context);
        servlet.init(config);
    }

    /**
     * Subtitles are revalidated every time unless the URL names their version, and carry the same decision as
     * the video they belong to: private under access control, so no shared cache keeps them; an open library
     * keeps the fields it always had. 200, 304 and HEAD alike.
     */
    @ParameterizedTest(name = "{0}: {1} ?v={2} {3} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # access control of any kind
            ROLE              | GET  | CURRENT | none          | 200 | private, max-age=31536000, immutable
            ROLE              | GET  | CURRENT | If-None-Match | 304 | private, max-age=31536000, immutable
            ROLE              | HEAD | CURRENT | none          | 200 | private, max-age=31536000, immutable
            ROLE              | GET  | none    | none          | 200 | private, no-cache
            ROLE              | GET  | old-1   | If-None-Match | 304 | private, no-cache
            FOLDERS           | GET  | none    | none          | 200 | private, no-cache
            SHARE_LINK        | GET  | CURRENT | If-None-Match | 304 | private, max-age=31536000, immutable
            SHARE_LINK        | GET  | none    | none          | 200 | private, no-cache
            CONTAINER_SIGN_IN | GET  | CURRENT | none          | 200 | private, max-age=31536000, immutable
            # an open library: as it always was
            NONE              | GET  | CURRENT | none          | 200 | public, max-age=31536000, immutable
            NONE              | GET  | CURRENT | If-None-Match | 304 | public, max-age=31536000, immutable
            NONE              | HEAD | none    | none          | 200 | no-cache
            NONE              | GET  | none    | If-None-Match | 304 | no-cache
            """)
    void underAccessControlSubtitlesArePrivate(Restriction restriction, String method, String version, String field,
            int status, String cacheControl) throws Exception {
        HttpServletRequest request = request(method, field == null ? Map.of() : Map.of(field, ETAG));
        when(request.getParameter("v")).thenReturn(version == null ? null : version.replace("CURRENT", VERSION));
        restriction.apply(deployment, request);
        RecordedResponse response = new RecordedResponse();

        servlet.service(request, response.mock);

        assertEquals(status, response.status);
        assertEquals(ETAG, response.header("ETag"));
        assertEquals(cacheControl, response.header("Cache-Control"));
        if (method.equals("GET") && status == 200) {
            assertTrue(response.body.toString(StandardCharsets.UTF_8).startsWith("WEBVTT"), response.body::toString);
        }
    }

    private static HttpServletRequest request(String method, Map<String, String> headers) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/subtitles");
        when(request.getPathInfo()).thenReturn("/Shorts/clip one.en.srt");
        when(request.getHeaders(anyString())).thenAnswer(call -> Collections.enumeration(
                Optional.ofNullable(headers.get((String) call.getArgument(0))).map(List::of).orElse(List.of())));
        when(request.getHeader(anyString())).thenAnswer(call -> headers.get((String) call.getArgument(0)));
        return request;
    }
}
