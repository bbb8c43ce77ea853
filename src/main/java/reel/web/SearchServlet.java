package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import reel.page.PageReply;
import reel.page.SearchReplies;
import reel.page.Viewer;

/**
 * {@code /search?q=}: folders and videos across the library by words in their names, from the index the
 * deployment keeps. GET only (HEAD from {@link HttpServlet}); {@link SearchReplies} decides the page,
 * {@link PageWriter} writes it, and like every page it answers 503 while the media folder cannot be used.
 */
public final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String QUERY_PARAMETER = "q";

    private static final Logger LOG = Logger.getLogger(SearchServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        if (MediaGate.library(deployment, request, response).isEmpty()) {
            return;
        }
        Viewer viewer = Viewers.of(request, deployment.access());
        PageReply reply = SearchReplies.decide(request.getContextPath(), viewer.signedIn(),
                Optional.ofNullable(request.getParameter(QUERY_PARAMETER)),
                query -> deployment.index().search(query, viewer.mayEnter()));
        // Not the query: it is the visitor's own text.
        LOG.fine(() -> request.getMethod() + " search -> " + reply.status());
        PageWriter.write(reply, response);
    }
}
