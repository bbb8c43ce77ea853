package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import reel.http.Audience;
import reel.http.HttpDate;
import reel.http.MediaCaching;
import reel.http.RequestHeaders;
import reel.media.MediaFile;
import reel.media.MediaLibrary;
import reel.subtitle.SubtitleBodies;
import reel.subtitle.SubtitleReplies;
import reel.subtitle.SubtitleReply;

/**
 * Serves subtitles as WebVTT at {@code /subtitles/<file>}: a {@code .srt} converted on the fly, a
 * {@code .vtt} as UTF-8 without a byte order mark. GET and HEAD, with ETag, Last-Modified and 304;
 * {@link SubtitleReplies} decides, this class reads the file and writes.
 */
public final class SubtitleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SubtitleServlet.class.getName());

    static final String CONTENT_TYPE = "text/vtt; charset=utf-8";

    /**
     * Subtitles can be fixed beside a video at any time: revalidated every time (one cheap 304), unless
     * the URL names the version, which a fixed file does not keep.
     */
    private static final MediaCaching CACHING = new MediaCaching(Duration.ZERO, Optional.empty());

    private final transient SubtitleBodies bodies = new SubtitleBodies(SubtitleBodies.DEFAULT_BUDGET_BYTES);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestHeaders headers = RequestHeaders.from(name -> Collections.list(request.getHeaders(name)));
        Deployment deployment = Deployment.of(getServletContext());
        Optional<MediaLibrary> library = MediaGate.library(deployment, request, response);
        if (library.isEmpty()) {
            return;
        }
        SubtitleReply reply = SubtitleReplies.decide(library.get(), Optional.ofNullable(request.getPathInfo()), headers,
                Viewers.mayEnter(request, deployment.access()));
        LOG.fine(() -> request.getMethod() + " subtitles -> " + reply.status());
        Optional<String> version = Optional.ofNullable(request.getParameter(VideoServlet.VERSION_PARAMETER));
        Audience audience = Viewers.audience(request, deployment.access());
        if (reply instanceof SubtitleReply.Convert convert) {
            writeWebVtt(convert, CACHING.cacheControl(version, convert.etag(), audience), response);
        } else if (reply instanceof SubtitleReply.NotModified notModified) {
            response.setStatus(notModified.status());
            response.setHeader("ETag", notModified.etag().toString());
            response.setHeader("Cache-Control", CACHING.cacheControl(version, notModified.etag(), audience));
        } else if (reply instanceof SubtitleReply.Refused refused) {
            // Once per version of an oversized file, not on every request for it.
            // Logged here, not through a method reference, so the log names this class as the source.
            Optional<String> warning = refused.tooLarge().filter(bodies::firstRefusal).flatMap(file -> refused.warning());
            if (warning.isPresent()) {
                LOG.warning(warning.get());
            }
            response.sendError(refused.status());
        } else if (reply instanceof SubtitleReply.Hidden hidden) {
            HiddenPlaces.refused(deployment, request);
            response.sendError(hidden.status());
        } else {
            throw new AssertionError(reply);
        }
    }

    private void writeWebVtt(SubtitleReply.Convert convert, String cacheControl, HttpServletResponse response)
            throws IOException {
        MediaFile file = convert.file();
        byte[] body;
        try {
            body = bodies.webVtt(file, convert.fromSubRip());
        } catch (IOException e) {
            LOG.warning(() -> "cannot read subtitle file " + file.path() + ": " + e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        response.setStatus(convert.status());
        response.setContentType(CONTENT_TYPE);
        response.setHeader("ETag", convert.etag().toString());
        response.setHeader("Last-Modified", HttpDate.format(file.modified()));
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
