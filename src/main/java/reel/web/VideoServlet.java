package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import reel.http.Replies;
import reel.http.Reply;
import reel.http.RequestHeaders;
import reel.media.MediaFile;
import reel.media.MediaRoot;

/**
 * Serves a media file's bytes at {@code /video/<path>} for GET and HEAD, with byte ranges,
 * validators and conditional requests as RFC 9110 defines them. Every protocol choice is made by
 * {@link Replies}; this class only copies the request into values and hands the reply on.
 */
public final class VideoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(VideoServlet.class.getName());
    /** {@code /video/<file>?download}: the player's download link. */
    static final String DOWNLOAD_PARAMETER = "download";

    private final transient BodyWriter bodyWriter;

    public VideoServlet() {
        this(new BodyWriter());
    }

    VideoServlet(BodyWriter bodyWriter) {
        this.bodyWriter = bodyWriter;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean isHead)
            throws IOException {
        MediaRoot root = ReelStartup.mediaRoot(getServletContext());
        if (!(root instanceof MediaRoot.Available available)) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        // Folders, dotfiles, refusals and files that do not exist all look the same from outside.
        Optional<MediaFile> file = available.library().find(request.getPathInfo());
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Issue 5: "?download" saves the file instead of playing it. Kept apart for the async rewrite to carry over.
        if (request.getParameter(DOWNLOAD_PARAMETER) != null) {
            response.setHeader("Content-Disposition", ContentDisposition.attachment(file.get().fileName()));
        }
        RequestHeaders headers = RequestHeaders.from(name -> Collections.list(request.getHeaders(name)));
        Reply reply = Replies.decide(headers, file.get().representation());
        LOG.fine(() -> request.getMethod() + " " + file.get().fileName() + " -> " + reply);
        bodyWriter.write(reply, file.get(), response, isHead);
    }
}
