package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.media.MediaRoot;
import reel.metrics.AccessRefusals;
import reel.stream.RecordedResponse;

class SignInFilterTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final RecordedResponse response = new RecordedResponse();
    private final List<String> passed = new ArrayList<>();
    private final SignInFilter filter = new SignInFilter();
    private DeploymentStub deployment;

    @BeforeEach
    void initWithAContext() throws Exception {
        ServletContext context = mock(ServletContext.class);
        deployment = new DeploymentStub(context);
        deployment.root = new MediaRoot.Unavailable("not needed");
        FilterConfig config = mock(FilterConfig.class);
        when(config.getServletContext()).thenReturn(context);
        filter.init(config);
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn("/watch");
        when(request.getPathInfo()).thenReturn("/a.mp4");
    }

    @Test
    void withoutAccessRoleTheContainerIsNeverAsked() throws Exception {
        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of("servlet"), passed);
        verify(request, never()).authenticate(any());
    }

    @Test
    void anAnonymousVisitorIsLeftToTheAuthenticator() throws Exception {
        requireRole();
        when(request.authenticate(response.mock)).thenReturn(false);

        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of(), passed, "the authenticator has answered 401");
        assertEquals(1L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.SIGN_IN));
        verify(request).authenticate(response.mock);
    }

    @Test
    void aUserWithTheRoleComesInOnceSignedIn() throws Exception {
        requireRole();
        when(request.authenticate(response.mock)).thenAnswer(call -> {
            when(request.getRemoteUser()).thenReturn("ana");
            return true;
        });
        when(request.isUserInRole("reel-viewer")).thenReturn(true);

        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of("servlet"), passed);
    }

    @Test
    void aUserWithoutTheRoleGetsTheForbiddenPageWithTheirName() throws Exception {
        requireRole();
        when(request.getRemoteUser()).thenReturn("bob");

        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of(), passed);
        assertEquals(403, response.status);
        String page = response.body.toString(StandardCharsets.UTF_8);
        assertTrue(page.contains("not allowed to watch here"), page);
        assertTrue(page.contains("Signed in as <strong>bob</strong>"), page);
        assertEquals(1L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.FORBIDDEN));
        verify(request, never()).authenticate(any());
    }

    @Test
    void anAlteredShareLinkGetsTheNoLongerValidPageAndIsCounted() throws Exception {
        requireRole();
        when(request.getParameter("share")).thenReturn("1800000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of(), passed);
        assertEquals(403, response.status);
        String page = response.body.toString(StandardCharsets.UTF_8);
        assertTrue(page.contains("This share link is no longer valid"), page);
        assertEquals(1L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.SHARE_INVALID));
        verify(request, never()).authenticate(any());
    }

    /**
     * A kept folder is hidden from reading it; any other method goes on to the method filter, which answers a
     * kept folder's URL exactly as one that is not there (405, or OPTIONS), so no method tells them apart.
     */
    @ParameterizedTest(name = "{0} {1}{2} by Ana -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET     | /watch  | /Board/Minutes.mp4 | 404
            HEAD    | /watch  | /Board/Minutes.mp4 | 404
            GET     | /browse | /Board/            | 404
            GET     | /video  | /Board/Minutes.mp4 | 404
            POST    | /watch  | /Board/Minutes.mp4 | on
            PUT     | /video  | /Board/Minutes.mp4 | on
            DELETE  | /browse | /Board/            | on
            OPTIONS | /video  | /Board/Minutes.mp4 | on
            GET     | /watch  | /Talk.mp4          | on
            """)
    void aKeptFolderIsHiddenFromReadingOnly(String method, String servletPath, String pathInfo, String expected)
            throws Exception {
        deployment.access(new Access(Optional.of("reel-viewer"), FolderRoles.parse("Board:board-members").orElseThrow()));
        when(request.getMethod()).thenReturn(method);
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRemoteUser()).thenReturn("ana");
        when(request.isUserInRole("reel-viewer")).thenReturn(true);

        filter.doFilter(request, response.mock, (req, res) -> passed.add("on"));

        if (expected.equals("on")) {
            assertEquals(List.of("on"), passed);
            assertEquals(0L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.HIDDEN_FOLDER));
        } else {
            assertEquals(List.of(), passed);
            assertEquals(404, response.error.orElse(response.status));
            assertEquals(1L, deployment.metrics.accessRefusals().snapshot().get(AccessRefusals.Reason.HIDDEN_FOLDER));
        }
    }

    private void requireRole() {
        deployment.access(new Access(Optional.of("reel-viewer")));
    }
}
