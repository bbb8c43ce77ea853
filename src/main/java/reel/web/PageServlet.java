package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import reel.media.MediaRoot;
import reel.page.PageReplies;
import reel.page.PageReply;

/**
 * The HTML pages: the library at the context root, {@code /browse/<folder>/} and {@code /watch/<file>}.
 * GET only (HEAD comes from {@link HttpServlet}). {@link PageReplies} decides each answer; this class
 * copies the request's paths in and writes the reply out with reel's security headers.
 */
public final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(PageServlet.class.getName());

    static final String CONTENT_TYPE = "text/html; charset=utf-8";
    // Everything is same-origin and nothing is inline; data: only for the empty favicon.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; media-src 'self'; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaRoot root = Deployment.of(getServletContext()).root();
        PageReply reply = PageReplies.decide(request.getContextPath(), request.getServletPath(),
                Optional.ofNullable(request.getPathInfo()), root);
        LOG.fine(() -> request.getMethod() + " page " + request.getServletPath() + " -> " + reply.status());
        write(reply, response);
    }

    private static void write(PageReply reply, HttpServletResponse response) throws IOException {
        response.setStatus(reply.status());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (reply instanceof PageReply.Redirect redirect) {
            response.setHeader("Location", redirect.location());
        } else if (reply instanceof PageReply.Document document) {
            writeDocument(document, response);
        } else {
            throw new AssertionError(reply);
        }
    }

    private static void writeDocument(PageReply.Document document, HttpServletResponse response) throws IOException {
        byte[] html = document.html().getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // Pages list the folder as it is now; revalidate rather than show a stale listing.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
