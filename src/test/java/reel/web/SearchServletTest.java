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
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
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

    private RecordedResponse get(String query) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/search");
        when(request.getParameter("q")).thenReturn(query);
        RecordedResponse response = new RecordedResponse();
        servlet.service(request, response.mock);
        return response;
    }

    private static String body(RecordedResponse response) {
        return response.body.toString(StandardCharsets.UTF_8);
    }
}
