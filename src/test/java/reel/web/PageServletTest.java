package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reel.access.Door;
import reel.access.ShareLinks;
import reel.access.ShareVerdict;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.metrics.AccessRefusals;
import reel.stream.RecordedResponse;

/**
 * The servlet at the container edge: request paths in, status, headers and bytes out; and for users with and
 * without a folder's role, and for someone holding a share link, links into it ({@link BoardLinks}).
 */
class PageServletTest {

    /** A subtitle track on a shared player: its URL inside the context, and the token for it. */
    private static final Pattern TRACK = Pattern.compile(
            "<track kind=\"subtitles\" src=\"/reel([^?\"]+)\\?v=[^&\"]+&amp;share=([^\"]+)\"");

    @TempDir
    Path root;

    private final ServletContext context = mock(ServletContext.class);
    private final DeploymentStub deployment = new DeploymentStub(context);
    private final PageServlet servlet = new PageServlet();

    @BeforeEach
    void start() throws IOException, ServletException {
        Files.createDirectories(root.resolve("Shorts & <more>"));
        Files.writeString(root.resolve("Shorts & <more>/Ep 1#.mp4"), "0123456789");
        ServletConfig config = mock(ServletConfig.class);
        when(config.getServletContext()).thenReturn(context);
        servlet.init(config);
        startedWith(new MediaRoot.Available(new MediaLibrary(root), "test"));
    }

    @Test
    void libraryPageIsSafeHtml() throws Exception {
        RecordedResponse response = get("", "/");

        assertEquals(200, response.status);
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'self'"));
        assertTrue(response.header("Content-Security-Policy").contains("object-src 'none'"));
        assertEquals("private, no-cache", response.header("Cache-Control"), "never kept by a shared cache");
        assertTrue(body(response).contains("href=\"/reel/browse/Shorts%20%26%20%3Cmore%3E/\""), body(response));
        assertTrue(body(response).contains("Shorts &amp; &lt;more&gt;"), body(response));
        assertEquals(String.valueOf(response.body.size()), response.header("Content-Length"));
    }

    @Test
    void folderPageLinksItsVideos() throws Exception {
        RecordedResponse response = get("/browse", "/Shorts & <more>/");

        assertEquals(200, response.status);
        assertTrue(body(response).contains("href=\"/reel/watch/Shorts%20%26%20%3Cmore%3E/Ep%201%23.mp4\""),
                body(response));
    }

    @Test
    void folderWithoutTrailingSlashMovesPermanently() throws Exception {
        RecordedResponse response = get("/browse", "/Shorts & <more>");

        assertEquals(301, response.status);
        assertEquals("/reel/browse/Shorts%20%26%20%3Cmore%3E/", response.header("Location"));
        assertEquals(0, response.body.size());
    }

    @Test
    void playerPageHasTheVideoSource() throws Exception {
        RecordedResponse response = get("/watch", "/Shorts & <more>/Ep 1#.mp4");

        assertEquals(200, response.status);
        assertTrue(body(response).contains("src=\"/reel/video/Shorts%20%26%20%3Cmore%3E/Ep%201%23.mp4?v=a-"),
                body(response));
    }

    @Test
    void unknownFileIsANotFoundPageNotAContainerError() throws Exception {
        RecordedResponse response = get("/watch", "/missing.mp4");

        assertEquals(404, response.status);
        assertEquals(Optional.empty(), response.error);
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertTrue(body(response).contains("<h1>Not found</h1>"), body(response));
    }

    @Test
    void unavailableMediaFolderIsExplainedWith503() throws Exception {
        startedWith(new MediaRoot.Unavailable("the media folder /srv/<v> does not exist"));

        RecordedResponse response = get("", "/");

        assertEquals(503, response.status);
        assertTrue(body(response).contains("the media folder /srv/&lt;v&gt; does not exist"), body(response));
    }

    @Test
    void withoutTheStartupListenerThePageSaysSo() throws Exception {
        deployment.root = null;

        RecordedResponse response = get("", "/");

        assertEquals(503, response.status);
        assertTrue(body(response).contains("reel.web.ReelStartup"), body(response));
    }

    /** Servlet 6 runs doGet for HEAD and leaves dropping the body to the container. */
    @Test
    void headAnswersWithTheSameStatusAndHeadersAsGet() throws Exception {
        RecordedResponse head = send("HEAD", "/browse", "/Shorts & <more>/");
        RecordedResponse get = get("/browse", "/Shorts & <more>/");

        assertEquals(get.status, head.status);
        assertEquals(get.headers, head.headers);
    }

    @Test
    void aFolderPageReadsItsQuery() throws Exception {
        RecordedResponse response = send("GET", "/browse", "/Shorts & <more>/", Map.of("sort", new String[] {"name"}));

        assertEquals(302, response.status);
        assertEquals("/reel/browse/Shorts%20%26%20%3Cmore%3E/", response.header("Location"));
    }

    /**
     * With sharing on, the sign-in filter judges a token only on a URL that names a file; {@code /watch}
     * without one is a missing page, whatever its share parameter says, and never a server error.
     */
    @ParameterizedTest(name = "/watch?share={0} -> 404")
    @ValueSource(strings = {"", "garbage", "1800000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aShareParameterOnWatchWithoutAFileIsNotFound(String token) throws Exception {
        deployment.access(new Access(Optional.empty(), FolderRoles.NONE,
                new Sharing(ShareSecret.parse("Vd3kP9sLq0Zx7Rb2Nw5Ty8Hc1Jm4Gf6Ae0Uo3Ki9Ql2"), Optional.empty(),
                        Sharing.DEFAULT_MAX_AGE)));

        RecordedResponse response = send("GET", "/watch", null, Map.of("share", new String[] {token}));

        assertEquals(404, response.status);
        assertTrue(body(response).contains("<h1>Not found</h1>"), body(response));
    }

    @ParameterizedTest(name = "{0}{1} for {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # a link into Board is no place at all for Ana: the not-found page of a place that does not exist
            /browse | /Public/board-link/            | ana   | 404 | /Public/nope/
            /watch  | /Public/minutes.mp4            | ana   | 404 | /Public/nope.mp4
            /watch  | /Public/board-link/Minutes.mp4 | ana   | 404 | /Public/nope.mp4
            # Carla holds Board's role and goes through
            /browse | /Public/board-link/            | carla | 200 | ''
            /watch  | /Public/minutes.mp4            | carla | 200 | ''
            /watch  | /Public/board-link/Minutes.mp4 | carla | 200 | ''
            """)
    void aLinkIntoAFolderForOtherRolesIsNotFound(String servletPath, String pathInfo, String user, int status,
            String missing) throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);

        RecordedResponse response = send("GET", servletPath, pathInfo, Map.of(), user);

        assertEquals(status, response.status);
        if (status == 404) {
            RecordedResponse nothing = send("GET", servletPath, missing, Map.of(), user);
            assertEquals(nothing.status, response.status);
            assertEquals(nothing.headers, response.headers);
            assertEquals(body(nothing), body(response));
            assertEquals(1L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.HIDDEN_FOLDER),
                    "counted as the URLs of the folder itself are");
        }
    }

    /** A folder view asked for with a query is refused before it would be redirected, as a missing folder is. */
    @Test
    void aLinkIntoAFolderForOtherRolesIsNotRedirected() throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);

        RecordedResponse response = send("GET", "/browse", "/Public/board-link/", Map.of("page", new String[] {"9"}),
                BoardLinks.ANA);

        assertEquals(404, response.status);
    }

    /** Ana's listing and player leave out what Carla's show: a folder link, a file link, a linked subtitle. */
    @ParameterizedTest(name = "{0}{1} without {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /browse | /Public/         | href="/reel/browse/Public/board-link/" | href="/reel/watch/Public/minutes.mp4"
            /watch  | /Public/Talk.mp4 | href="/reel/watch/Public/minutes.mp4" | src="/reel/video/Public/Talk.en.vtt
            """)
    void aLinkIntoAFolderForOtherRolesIsLeftOutOfEveryPage(String servletPath, String pathInfo, String link,
            String otherLink) throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);

        String ana = body(send("GET", servletPath, pathInfo, Map.of(), BoardLinks.ANA));
        String carla = body(send("GET", servletPath, pathInfo, Map.of(), BoardLinks.CARLA));

        assertTrue(!ana.contains(link) && !ana.contains(otherLink), ana);
        assertTrue(carla.contains(link) && carla.contains(otherLink), carla);
    }

    /**
     * Someone holding a share link gets, beside the video, the subtitles that really lie where the video really is,
     * each with a token of its own for its URL; never Talk.en.vtt beside Talk.mp4, a link into Board, which the
     * link's maker (Ana, say) may not see and her own player leaves out. Through Carla's links into Board, the
     * video's real sibling comes along. Columns: the shared video, a track the page links to, a name it must not.
     */
    @ParameterizedTest(name = "a link to {0} lists {1} alone")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /Public/Talk.mp4               | /subtitles/Public/Talk.fr.srt           | Talk.en.vtt
            /Public/minutes.mp4            | /video/Public/minutes.en.vtt            | -
            /Public/board-link/Minutes.mp4 | /video/Public/board-link/Minutes.en.vtt | -
            """)
    void aLinksHolderGetsOnlyTheSubtitlesThatReallyLieBesideTheVideo(String video, String track, String never)
            throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);

        String page = body(holding(video));

        Matcher tracks = TRACK.matcher(page);
        assertTrue(tracks.find(), page);
        assertEquals(track, tracks.group(1));
        assertEquals(ShareVerdict.VALID, shareLinks().verify(track.substring(track.indexOf('/', 1)), tracks.group(2),
                Instant.now()), "a token for the track's own file");
        assertFalse(tracks.find(), "one track only: " + page);
        assertTrue(never == null || !page.contains(never), page);
    }

    /**
     * The holder cannot open that subtitle by its URL either: the page makes no token for it, and the sign-in
     * filter checks a token for the URL's exact file, so the link's own, the page's token for the subtitle it does
     * list, and one made up are each refused, on /video and /subtitles alike. The listed one passes to the servlet.
     */
    @ParameterizedTest(name = "{0}{1} with {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /video     | /Public/Talk.en.vtt | the link's     | 403
            /video     | /Public/Talk.en.vtt | the page's     | 403
            /video     | /Public/Talk.en.vtt | made up        | 403
            /subtitles | /Public/Talk.en.vtt | the page's     | 403
            /subtitles | /Public/Talk.en.vtt | made up        | 403
            /subtitles | /Public/Talk.fr.srt | the page's     | 200
            """)
    void aLinksHolderCannotOpenASubtitleThePageDoesNotList(String servletPath, String pathInfo, String token,
            int status) throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);
        Matcher listed = TRACK.matcher(body(holding("/Public/Talk.mp4")));
        assertTrue(listed.find() && listed.group(1).equals("/subtitles/Public/Talk.fr.srt"), listed::toString);
        String share = switch (token) {
            case "the link's" -> linkTo("/Public/Talk.mp4");
            case "the page's" -> listed.group(2);
            default -> Instant.now().plus(Duration.ofDays(1)).getEpochSecond() + "." + "A".repeat(43);
        };
        SignInFilter filter = new SignInFilter();
        FilterConfig config = mock(FilterConfig.class);
        when(config.getServletContext()).thenReturn(context);
        filter.init(config);
        RecordedResponse response = new RecordedResponse();
        List<String> passed = new ArrayList<>();

        filter.doFilter(request("GET", servletPath, pathInfo, Map.of("share", new String[] {share})), response.mock,
                (request, ignored) -> passed.add(servletPath));

        assertEquals(status, response.status);
        assertEquals(status == 200 ? List.of(servletPath) : List.of(), passed);
    }

    /** The player page as someone holding a fresh link to {@code video} opens it, nobody signed in. */
    private RecordedResponse holding(String video) throws Exception {
        return service(request("GET", "/watch", video, Map.of("share", new String[] {linkTo(video)})));
    }

    private String linkTo(String video) {
        return shareLinks().sign(video, Instant.now().plus(Duration.ofDays(1)));
    }

    private ShareLinks shareLinks() {
        return new Door(deployment.config.access()).shareLinks().orElseThrow();
    }

    private void startedWith(MediaRoot root) {
        deployment.root = root;
    }

    private RecordedResponse get(String servletPath, String pathInfo) throws Exception {
        return send("GET", servletPath, pathInfo);
    }

    private RecordedResponse send(String method, String servletPath, String pathInfo) throws Exception {
        return send(method, servletPath, pathInfo, Map.of());
    }

    private RecordedResponse send(String method, String servletPath, String pathInfo, Map<String, String[]> query)
            throws Exception {
        return service(request(method, servletPath, pathInfo, query));
    }

    private RecordedResponse send(String method, String servletPath, String pathInfo, Map<String, String[]> query,
            String user) throws Exception {
        return service(BoardLinks.signedIn(request(method, servletPath, pathInfo, query), user));
    }

    private RecordedResponse service(HttpServletRequest request) throws Exception {
        RecordedResponse response = new RecordedResponse();
        servlet.service(request, response.mock);
        return response;
    }

    private HttpServletRequest request(String method, String servletPath, String pathInfo, Map<String, String[]> query) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameterMap()).thenReturn(query);
        when(request.getParameter(anyString())).thenAnswer(call -> Optional.ofNullable(query.get(call.getArgument(0)))
                .map(values -> values[0]).orElse(null));
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getPathInfo()).thenReturn(pathInfo);
        for (Map.Entry<String, String[]> parameter : query.entrySet()) {
            when(request.getParameter(parameter.getKey())).thenReturn(parameter.getValue()[0]);
        }
        return request;
    }

    private static String body(RecordedResponse response) {
        return response.body.toString(StandardCharsets.UTF_8);
    }
}
