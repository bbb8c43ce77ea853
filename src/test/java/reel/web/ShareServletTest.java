package reel.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reel.access.Admission;
import reel.access.Door;
import reel.access.ShareLinks;
import reel.access.ShareVerdict;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.stream.RecordedLog;
import reel.stream.RecordedResponse;

/**
 * {@code POST /share} at the container edge: a mocked request in (method, Origin/Referer/Host, the
 * container's user and roles, the form's {@code path} and {@code for}), status, header fields and page out.
 * Every answer {@link reel.access.ShareOutcome} has, and the container's for any method but POST.
 */
class ShareServletTest {

    private static final String SECRET_TEXT = "Vd3kP9sLq0Zx7Rb2Nw5Ty8Hc1Jm4Gf6Ae0Uo3Ki9Ql2";
    private static final ShareSecret SECRET = ShareSecret.parse(SECRET_TEXT).orElseThrow();
    private static final Duration MAX_AGE = Duration.ofDays(7);
    private static final String HOST = "videos.example:8443";
    private static final String ORIGIN = "https://videos.example:8443";
    private static final String VIDEO = "/Shorts/clip one.mp4";
    private static final String VIDEO_URL = "/reel/watch/Shorts/clip%20one.mp4";
    /** As SharePage shows the expiry. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** The link in the share page's read-only field; a token is {@code <expiry>.<43 characters>}. */
    private static final Pattern LINK = Pattern.compile("readonly value=\"([^\"]*\\?share=([0-9]+\\.[A-Za-z0-9_-]{43}))\"");

    @TempDir
    Path root;

    private final ServletContext context = mock(ServletContext.class);
    private final DeploymentStub deployment = new DeploymentStub(context);
    private final ShareServlet servlet = new ShareServlet();
    /** What the deployment is set to in each test: sign-in, Board for board-members, sharing by reel-sharer. */
    private Access access;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(root.resolve("Shorts"));
        Files.createDirectories(root.resolve("Board"));
        Files.writeString(root.resolve("Shorts/clip one.mp4"), "0123456789");
        Files.writeString(root.resolve("Shorts/notes.txt"), "not a video");
        Files.writeString(root.resolve("Board/minutes.mp4"), "0123456789");
        Files.writeString(root.resolve(".hidden.mp4"), "0123456789");
        deployment.root = new MediaRoot.Available(new MediaLibrary(root), "test");
        startedWith(new Sharing(Optional.of(SECRET), Optional.of("reel-sharer"), MAX_AGE));
        ServletConfig config = mock(ServletConfig.class);
        when(config.getServletContext()).thenReturn(context);
        servlet.init(config);
    }

    /** One row per reason a form posted by a browser gets what it gets; roles are space-separated. */
    @ParameterizedTest(name = "Origin {0}, Referer {1}, {2} [{3}], path {4}, for {5} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # made: from reel's own page, by someone holding share.role, for a video they may watch
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 200 | Share link
            -                           | https://videos.example:8443/reel/watch/Shorts/ | ana   | reel-sharer               | /Shorts/clip one.mp4 | 86400    | 200 | Share link
            HTTPS://Videos.Example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 604800   | 200 | Share link
            https://videos.example:8443 | -                                              | carla | reel-sharer board-members | /Board/minutes.mp4   | 3600     | 200 | Share link
            # the scheme is not compared (SameOrigin): behind a TLS proxy the Host is the one fact both sides agree on
            http://videos.example:8443  | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 200 | Share link
            # posted from another site, or nothing to tell: refused before anything else is looked at
            https://evil.example        | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://evil.example        | https://videos.example:8443/reel/watch/Shorts/ | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            null                        | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://videos.example      | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://x@videos.example:8443 | -                                            | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            -                           | https://evil.example/videos.example:8443/      | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            -                           | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://evil.example        | -                                              | -     | -                         | /Board/minutes.mp4   | 99       | 403 | Not allowed
            # who: nobody signed in, or signed in without share.role
            https://videos.example:8443 | -                                              | -     | -                         | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://videos.example:8443 | -                                              | bob   | reel-viewer               | /Shorts/clip one.mp4 | 3600     | 403 | Not allowed
            https://videos.example:8443 | -                                              | bob   | board-members             | /Board/minutes.mp4   | 3600     | 403 | Not allowed
            # what: no such video, or one in a folder the user may not enter, answer alike
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Board/minutes.mp4   | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /board/minutes.mp4   | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/gone.mp4     | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/notes.txt    | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts              | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /                    | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /.hidden.mp4         | 3600     | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/../Board/minutes.mp4 | 3600 | 404 | Not found
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | -                    | 3600     | 404 | Not found
            # how long: whole seconds from one hour to share.max-age (7 days here)
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3599     | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 604801   | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 0        | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | -3600    | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | +3600    | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 1h       | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 3600.5   | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | 99999999999999999999 | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | ''       | 400 | Cannot make that link
            https://videos.example:8443 | -                                              | ana   | reel-sharer               | /Shorts/clip one.mp4 | -        | 400 | Cannot make that link
            """)
    void answersEachShareRequest(String origin, String referer, String user, String roles, String path, String seconds,
            int status, String heading) throws Exception {
        RecordedResponse response = post(origin, referer, user, roles, path, seconds);

        assertEquals(status, response.status);
        assertEquals(Optional.empty(), response.error, "a page of reel's, not the container's error page");
        assertPage(response);
        assertTrue(body(response).contains("<h1>" + heading + "</h1>"), body(response));
        assertEquals(status == 200, LINK.matcher(body(response)).find(), body(response));
    }

    /** Whether a link is made hangs on share.secret and share.role, and on someone being signed in. */
    @ParameterizedTest(name = "share.secret {0}, share.role {1}, {2} holding [{3}] -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sharing off: no such address, whoever asks
            off | -           | ana | reel-sharer | 404
            off | reel-sharer | ana | reel-sharer | 404
            off | -           | ana | -           | 404
            # share.role unset: every signed-in user reel lets in, and nobody else
            on  | -           | ana | -           | 200
            on  | -           | ana | reel-viewer | 200
            on  | -           | -   | -           | 403
            # share.role set: only who holds it
            on  | reel-sharer | ana | -           | 403
            on  | reel-sharer | ana | reel-viewer | 403
            on  | reel-sharer | ana | reel-sharer | 200
            """)
    void sharingSettingsDecideWhoMayShare(String secret, String shareRole, String user, String roles, int status)
            throws Exception {
        startedWith(new Sharing(secret.equals("on") ? Optional.of(SECRET) : Optional.empty(),
                Optional.ofNullable(shareRole), MAX_AGE));

        RecordedResponse response = post(ORIGIN, null, user, roles, VIDEO, "3600");

        assertEquals(status, response.status);
        assertPage(response);
        assertTrue(body(response).contains(status == 200 ? "<h1>Share link</h1>"
                : status == 404 ? "<h1>Not found</h1>" : "<h1>Not allowed</h1>"), body(response));
        assertEquals(status == 200, LINK.matcher(body(response)).find(), body(response));
    }

    /**
     * The link is the whole URL of the video's player page from where the form was posted, and its token
     * is what the sign-in filter lets through for that file alone, until the whole second the servlet
     * read from its clock plus the chosen duration.
     */
    @ParameterizedTest(name = "for={0}s")
    @ValueSource(longs = {3600, 86400, 604800})
    void theLinkOpensThatVideoUntilTheChosenTime(long seconds) throws Exception {
        Instant before = Instant.now();
        RecordedResponse response = post(ORIGIN, null, "ana", "reel-sharer", VIDEO, String.valueOf(seconds));
        Instant after = Instant.now();

        assertEquals(200, response.status);
        Matcher link = LINK.matcher(body(response));
        assertTrue(link.find(), body(response));
        String token = link.group(2);
        assertEquals(ORIGIN + VIDEO_URL + "?share=" + token, link.group(1));
        Instant expiry = ShareLinks.expiry(token);
        assertFalse(expiry.isBefore(before.truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds)), expiry + " vs " + before);
        assertFalse(expiry.isAfter(after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds)), expiry + " vs " + after);
        assertTrue(body(response).contains("until " + SHOWN.format(expiry)), body(response));
        ShareLinks links = new ShareLinks(SECRET, MAX_AGE);
        assertAll(
                () -> assertEquals(ShareVerdict.VALID, links.verify(VIDEO, token, after)),
                () -> assertEquals(ShareVerdict.VALID, links.verify(VIDEO, token, expiry.minusSeconds(1))),
                () -> assertEquals(ShareVerdict.EXPIRED, links.verify(VIDEO, token, expiry)),
                () -> assertEquals(ShareVerdict.FORGED, links.verify("/Board/minutes.mp4", token, after)),
                () -> assertEquals(Admission.SHARED, new Door(access).admit("/watch" + VIDEO, Optional.of(token),
                        Optional.empty(), role -> false, after)),
                () -> assertEquals(Admission.SHARE_INVALID, new Door(access).admit("/watch/Board/minutes.mp4",
                        Optional.of(token), Optional.empty(), role -> false, after)));
    }

    /** The token is a key to the video until it expires: on the page for its holder, in no log line. */
    @Test
    void theTokenIsNeverLogged() throws Exception {
        try (RecordedLog log = RecordedLog.of(ShareServlet.class)) {
            RecordedResponse response = post(ORIGIN, null, "ana", "reel-sharer", VIDEO, "3600");

            Matcher link = LINK.matcher(body(response));
            assertTrue(link.find(), body(response));
            String signature = link.group(2).substring(link.group(2).indexOf('.') + 1);
            assertEquals(List.of("INFO share link for user=ana path=" + VIDEO + " -> Made until "
                    + Instant.ofEpochSecond(Long.parseLong(link.group(2).substring(0, link.group(2).indexOf('.'))))),
                    log.messagesAtOrAbove(Level.INFO), "a link made is an audit event: who, what, until when");
            assertTrue(log.records().stream().noneMatch(record -> record.getMessage().contains(signature)),
                    () -> log.messagesAtOrAbove(Level.ALL).toString());
        }
    }

    /** Nothing in the answer tells a hidden video from a missing one: same status, fields and bytes. */
    @Test
    void aVideoInAFolderTheUserMayNotEnterAnswersExactlyAsAMissingOne() throws Exception {
        RecordedResponse hidden = post(ORIGIN, null, "ana", "reel-sharer", "/Board/minutes.mp4", "3600");
        RecordedResponse missing = post(ORIGIN, null, "ana", "reel-sharer", "/Board/gone.mp4", "3600");

        assertEquals(404, hidden.status);
        assertEquals(missing.status, hidden.status);
        assertEquals(missing.headers, hidden.headers);
        assertEquals(body(missing), body(hidden));
    }

    /**
     * Only POST makes a link: a link made on GET could be made by any page that embeds an image, and a GET
     * may be repeated or prefetched. HttpServlet refuses what ShareServlet does not implement, even a request
     * that would otherwise be made.
     */
    @ParameterizedTest(name = "{0} -> 405")
    @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE"})
    void onlyPostMakesALink(String method) throws Exception {
        RecordedResponse response = send(method, ORIGIN, null, "ana", "reel-sharer", VIDEO, "3600");

        assertEquals(Optional.of(405), response.error);
        assertEquals(0, response.body.size());
        assertFalse(response.headers.containsKey("Location"));
    }

    @Test
    void anUnavailableMediaFolderIsExplainedWith503AndNoLinkIsMade() throws Exception {
        deployment.root = new MediaRoot.Unavailable("the media folder is gone");

        RecordedResponse response = post(ORIGIN, null, "ana", "reel-sharer", VIDEO, "3600");

        assertEquals(503, response.status);
        assertEquals("10", response.header("Retry-After"));
        assertEquals("no-store", response.header("Cache-Control"));
        assertFalse(LINK.matcher(body(response)).find(), body(response));
    }

    /**
     * Every page this servlet writes: HTML, never kept by a shared cache (the one with a link by no cache at
     * all), no redirect, never the secret.
     */
    private static void assertPage(RecordedResponse response) {
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals(response.status == 200 ? "no-store" : "private, no-cache", response.header("Cache-Control"));
        assertFalse(response.headers.containsKey("Location"));
        assertEquals(String.valueOf(response.body.size()), response.header("Content-Length"));
        assertFalse(body(response).contains(SECRET_TEXT), "the secret is never sent");
        assertTrue(response.headers.values().stream().noneMatch(value -> value.contains(SECRET_TEXT)));
    }

    private void startedWith(Sharing sharing) {
        access = new Access(Optional.of("reel-viewer"), FolderRoles.parse("Board:board-members").orElseThrow(), sharing);
        deployment.access(access);
    }

    private RecordedResponse post(String origin, String referer, String user, String roles, String path,
            String seconds) throws Exception {
        return send("POST", origin, referer, user, roles, path, seconds);
    }

    /** As Tomcat hands it over: the Host field always present, the form already decoded into parameters. */
    private RecordedResponse send(String method, String origin, String referer, String user, String roles,
            String path, String seconds) throws Exception {
        Set<String> held = roles == null ? Set.of() : Set.copyOf(Arrays.asList(roles.split(" ")));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", HOST);
        headers.put("Origin", origin);
        headers.put("Referer", referer);
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getProtocol()).thenReturn("HTTP/1.1");
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/share");
        when(request.getHeader(anyString())).thenAnswer(call -> headers.get(call.<String>getArgument(0)));
        when(request.getRemoteUser()).thenReturn(user);
        when(request.isUserInRole(anyString())).thenAnswer(call -> user != null && held.contains(call.<String>getArgument(0)));
        when(request.getParameter("path")).thenReturn(path);
        when(request.getParameter("for")).thenReturn(seconds);
        RecordedResponse response = new RecordedResponse();
        servlet.service(request, response.mock);
        return response;
    }

    private static String body(RecordedResponse response) {
        return response.body.toString(StandardCharsets.UTF_8);
    }
}
