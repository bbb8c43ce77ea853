package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.search.Indexing;
import reel.search.AwaitIndex;
import reel.search.LibraryIndex;
import reel.stream.RecordedResponse;

/** The search servlet at the container edge: the q parameter in, a page out, as every page is written. */
class SearchServletTest {

    @TempDir
    Path root;

    private final ServletContext context = mock(ServletContext.class);
    private final DeploymentStub deployment = new DeploymentStub(context);
    private final SearchServlet servlet = new SearchServlet();

    @BeforeEach
    void start() throws IOException, ServletException {
        Files.writeString(root.resolve("Café.mp4"), "0123456789");
        ServletConfig config = mock(ServletConfig.class);
        when(config.getServletContext()).thenReturn(context);
        servlet.init(config);
        deployment.root = new MediaRoot.Available(new MediaLibrary(root), "test");
    }

    /** The stub's index is never built: the one state no real-HTTP test can hold still. */
    @Test
    void anIndexStillBeingBuiltIsSaidToBeSo() throws Exception {
        RecordedResponse response = get("cafe");

        assertEquals(200, response.status);
        assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
        assertEquals("private, no-cache", response.header("Cache-Control"));
        assertTrue(body(response).contains("reel is still reading the library (0 videos so far)"), body(response));
        assertTrue(body(response).contains("value=\"cafe\""), body(response));
    }

    @Test
    void noQueryParameterIsTheHelpPage() throws Exception {
        RecordedResponse response = get(null);

        assertEquals(200, response.status);
        assertTrue(body(response).contains("<kbd>cafe</kbd> finds Café"), body(response));
        assertFalse(body(response).contains("role=\"status\""), body(response));
    }

    @Test
    void anUnavailableMediaFolderIsExplainedWith503() throws Exception {
        deployment.root = new MediaRoot.Unavailable("the media folder is gone");

        RecordedResponse response = get("cafe");

        assertEquals(503, response.status);
        assertEquals("10", response.header("Retry-After"));
    }

    /**
     * Neither a link into Board (folder or file) nor anything under it is found by Ana; Carla finds them all.
     * The deployment's own index, read on its thread: this waits for it as a person reloading would.
     */
    @ParameterizedTest(name = "\"{0}\" finds {1} for Carla only")
    @CsvSource(textBlock = """
            board,   href="/reel/browse/Public/board-link/"
            minutes, href="/reel/watch/Public/minutes.mp4"
            """)
    void aLinkIntoAFolderForOtherRolesIsNotFound(String query, String link) throws Exception {
        BoardLinks.write(root);
        deployment.folderRoles(BoardLinks.RULES);
        try (Indexing indexing = Indexing.start(new MediaLibrary(root))) {
            deployment.indexing = indexing;
            AwaitIndex.ready(indexing.index());

            String ana = body(service(BoardLinks.signedIn(request(query), BoardLinks.ANA)));
            String carla = body(service(BoardLinks.signedIn(request(query), BoardLinks.CARLA)));

            assertFalse(ana.contains(link), ana);
            assertTrue(carla.contains(link), carla);
        }
    }

    /**
     * The help page says how large the library is as each viewer sees it: Café, Public and its Talk and Zoo for
     * Ana; Board, its video and the two links into it as well for Carla, and for everyone without folder rules.
     */
    @ParameterizedTest(name = "{0} with rules {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ana   | Board:board-members | The library holds 3 videos and 1 folder.
            carla | Board:board-members | The library holds 5 videos and 3 folders.
            ana   | -                   | The library holds 5 videos and 3 folders.
            """)
    void theLibrarysSizeCountsOnlyWhatTheViewerMayEnter(String user, String rules, String size) throws Exception {
        BoardLinks.write(root);
        if (rules != null) {
            deployment.folderRoles(rules);
        }
        try (Indexing indexing = Indexing.start(new MediaLibrary(root))) {
            deployment.indexing = indexing;
            AwaitIndex.ready(indexing.index());

            String page = body(service(BoardLinks.signedIn(request(null), user)));

            assertTrue(page.contains("<p class=\"message\">" + size + "</p>"), page);
        }
    }


    private RecordedResponse get(String query) throws Exception {
        return service(request(query));
    }

    private RecordedResponse service(HttpServletRequest request) throws Exception {
        RecordedResponse response = new RecordedResponse();
        servlet.service(request, response.mock);
        return response;
    }

    private static HttpServletRequest request(String query) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/search");
        when(request.getParameter("q")).thenReturn(query);
        return request;
    }

    private static String body(RecordedResponse response) {
        return response.body.toString(StandardCharsets.UTF_8);
    }
}
