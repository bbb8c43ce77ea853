package reel.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import reel.config.ReelConfig;
import reel.http.Replies;
import reel.http.Reply;
import reel.http.RequestHeaders;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.MediaLibrary;
import reel.stream.BodyDelivery;
import reel.stream.FileOpener;
import reel.stream.Labels;
import reel.stream.ReplyHeaders;
import reel.stream.ResponseBody;

/**
 * Serves a media file's bytes at {@code /video/<path>} for GET and HEAD, with byte ranges,
 * validators and conditional requests as RFC 9110 defines them. {@link Replies} makes every protocol
 * choice; this class copies the request into values and hands the reply to {@link ReplyHeaders} and,
 * when there is a body to send, to {@link BodyDelivery}.
 */
public final class VideoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(VideoServlet.class.getName());
    /** {@code /video/<file>?download}: the player's download link. */
    static final String DOWNLOAD_PARAMETER = "download";
    /** {@code /video/<file>?v=<tag>}: the version a page linked; see {@link reel.http.MediaCaching}. */
    static final String VERSION_PARAMETER = "v";

    private final transient FileOpener opener;
    private transient ReelConfig config;
    private transient BodyDelivery delivery;

    public VideoServlet() {
        this(FileOpener.READ);
    }

    VideoServlet(FileOpener opener) {
        this.opener = opener;
    }

    @Override
    public void init() throws ServletException {
        Deployment deployment = Deployment.of(getServletContext());
        config = deployment.config();
        delivery = new BodyDelivery(opener, config, deployment.budget(), deployment.metrics(),
                "reel-pacer" + getServletContext().getContextPath());
    }

    @Override
    public void destroy() {
        delivery.closeAll();
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
        Deployment deployment = Deployment.of(getServletContext());
        Optional<MediaLibrary> library = MediaGate.library(deployment, request, response);
        if (library.isEmpty()) {
            return;
        }
        // Folders, dotfiles, refusals, files that do not exist and links into folders for other roles all
        // look the same from outside; the URL's own folders are SignInFilter's.
        Optional<MediaFile> found = library.get().find(request.getPathInfo());
        Predicate<LibraryPath> mayEnter = Viewers.mayEnter(request, deployment.access());
        boolean hidden = found.filter(file -> !mayEnter.test(file.place())).isPresent();
        if (hidden) {
            HiddenPlaces.refused(deployment, request);
        }
        if (found.isEmpty() || hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        // The player's download link saves the file instead of playing it; a page's links carry the version.
        // Every reply below (200, 206, multipart, 304, HEAD) carries the same Cache-Control.
        Labels labels = new Labels(config.mediaCaching().cacheControl(
                Optional.ofNullable(request.getParameter(VERSION_PARAMETER)), file.representation().etag(),
                Viewers.audience(request, deployment.access())), request.getParameter(DOWNLOAD_PARAMETER) != null);
        RequestHeaders headers = RequestHeaders.from(name -> Collections.list(request.getHeaders(name)));
        Reply reply = Replies.decide(headers, file.representation(), config.maxRanges());
        LOG.fine(() -> request.getMethod() + " " + file.name() + " -> " + reply);
        Optional<ResponseBody> body = ReplyHeaders.body(reply, file);
        if (isHead || body.isEmpty()) {
            // §9.3.2: HEAD gets the header fields of GET and no content, so the file is never opened.
            ReplyHeaders.write(reply, body, file, labels, response);
        } else {
            delivery.deliver(reply, body.get(), file, labels, request, response);
        }
    }
}
