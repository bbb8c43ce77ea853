package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import reel.media.MediaLibrary;
import reel.page.PageReplies;
import reel.page.PageReply;
import reel.page.QueryParameters;
import reel.page.Viewer;

/**
 * The HTML pages: the library at the context root, {@code /browse/<folder>/} (both with a folder's
 * {@code ?q=}, {@code ?sort=} and {@code ?page=}) and {@code /watch/<file>}.
 * GET only (HEAD comes from {@link HttpServlet}). {@link PageReplies} decides each answer; this class
 * copies the request's paths in and {@link PageWriter} writes the reply out.
 */
public final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(PageServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        Optional<MediaLibrary> library = MediaGate.library(deployment, request, response);
        if (library.isEmpty()) {
            return;
        }
        Viewer viewer = Viewers.of(request, deployment.access());
        PageReply reply = PageReplies.decide(request.getContextPath(), viewer, request.getServletPath(),
                Optional.ofNullable(request.getPathInfo()), QueryParameters.of(request.getParameterMap()), library.get(),
                () -> deployment.index().recent(viewer.mayEnter()));
        LOG.fine(() -> request.getMethod() + " page " + request.getServletPath() + " -> " + reply.status());
        if (reply instanceof PageReply.Hidden) {
            HiddenPlaces.refused(deployment, request);
        }
        PageWriter.write(reply, response);
    }
}
