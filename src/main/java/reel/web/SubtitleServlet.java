package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import reel.http.HttpDate;
import reel.http.RequestHeaders;
import reel.media.MediaFile;
import reel.media.MediaLibrary;
import reel.subtitle.SubRipToWebVtt;
import reel.subtitle.SubtitleReplies;
import reel.subtitle.SubtitleReply;
import reel.subtitle.SubtitleText;

/**
 * Serves subtitles as WebVTT at {@code /subtitles/<file>}: a {@code .srt} converted on the fly, a
 * {@code .vtt} as UTF-8 without a byte order mark. GET and HEAD, with ETag, Last-Modified and 304;
 * {@link SubtitleReplies} decides, this class reads the file and writes.
 */
public final class SubtitleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SubtitleServlet.class.getName());

    static final String CONTENT_TYPE = "text/vtt; charset=utf-8";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestHeaders headers = RequestHeaders.from(name -> Collections.list(request.getHeaders(name)));
        Optional<MediaLibrary> library = MediaGate.library(Deployment.of(getServletContext()), request, response);
        if (library.isEmpty()) {
            return;
        }
        SubtitleReply reply = SubtitleReplies.decide(library.get(), Optional.ofNullable(request.getPathInfo()), headers);
        LOG.fine(() -> request.getMethod() + " subtitles -> " + reply.status());
        if (reply instanceof SubtitleReply.Convert convert) {
            writeWebVtt(convert, response);
        } else if (reply instanceof SubtitleReply.NotModified notModified) {
            response.setStatus(notModified.status());
            response.setHeader("ETag", notModified.etag().toString());
        } else if (reply instanceof SubtitleReply.Refused refused) {
            refused.warning().ifPresent(LOG::warning);
            response.sendError(refused.status());
        } else {
            throw new AssertionError(reply);
        }
    }

    private static void writeWebVtt(SubtitleReply.Convert convert, HttpServletResponse response) throws IOException {
        MediaFile file = convert.file();
        byte[] source;
        try {
            source = Files.readAllBytes(file.path());
        } catch (IOException e) {
            LOG.warning(() -> "cannot read subtitle file " + file.path() + ": " + e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        String text = SubtitleText.decode(source);
        String webVtt = convert.fromSubRip() ? SubRipToWebVtt.convert(text) : text;
        byte[] body = webVtt.getBytes(StandardCharsets.UTF_8);
        response.setStatus(convert.status());
        response.setContentType(CONTENT_TYPE);
        response.setHeader("ETag", convert.etag().toString());
        response.setHeader("Last-Modified", HttpDate.format(file.modified()));
        // Subtitles can be fixed beside a video at any time; revalidation is one cheap 304.
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
