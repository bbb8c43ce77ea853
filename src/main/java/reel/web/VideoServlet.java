package reel.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.config.Lookup;
import reel.config.Settings;
import reel.http.ByteRange;
import reel.http.Replies;
import reel.http.Reply;
import reel.http.RequestHeaders;
import reel.media.MediaFile;
import reel.media.MediaRoot;

/**
 * Serves a media file's bytes at {@code /video/<path>} for GET and HEAD, with byte ranges,
 * validators and conditional requests as RFC 9110 defines them. {@link Replies} makes every protocol
 * choice; this class copies the request into values, writes the reply's header fields, and hands the
 * body to an {@link AsyncStream} (or, when switched on, to the connector's sendfile).
 */
public final class VideoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(VideoServlet.class.getName());

    private final transient FileOpener opener;
    private final transient OpenStreams streams = new OpenStreams();
    private transient StreamOptions options = StreamOptions.DEFAULTS;

    public VideoServlet() {
        this(FileOpener.READ);
    }

    VideoServlet(FileOpener opener) {
        this.opener = opener;
    }

    @Override
    public void init() throws ServletException {
        Settings settings = new Settings(Lookup.ofNullable(System::getProperty), Lookup.ofNullable(System::getenv),
                Lookup.ofNullable(getServletContext()::getInitParameter));
        options = StreamOptions.from(settings);
    }

    /** Undeploying closes every file still being streamed; each connection ends at its next write event. */
    @Override
    public void destroy() {
        streams.closeAll();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    /** Streams still running, for tests and monitoring. */
    int openStreams() {
        return streams.count();
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean isHead)
            throws IOException {
        MediaRoot root = ReelStartup.mediaRoot(getServletContext());
        if (!(root instanceof MediaRoot.Available available)) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        // Folders, dotfiles, refusals and files that do not exist all look the same from outside.
        Optional<MediaFile> found = available.library().find(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        RequestHeaders headers = RequestHeaders.from(name -> Collections.list(request.getHeaders(name)));
        Reply reply = Replies.decide(headers, file.representation());
        LOG.fine(() -> request.getMethod() + " " + file.fileName() + " -> " + reply);
        Optional<ResponseBody> body = ReplyHeaders.body(reply, file);
        if (isHead || body.isEmpty()) {
            // §9.3.2: HEAD gets the header fields of GET and no content, so the file is never opened.
            ReplyHeaders.write(reply, body, file, response);
            return;
        }
        Optional<FileChannel> channel = open(file, response);
        if (channel.isPresent()) {
            ReplyHeaders.write(reply, body, file, response);
            send(body.get(), channel.get(), file, request, response);
        }
    }

    private void send(ResponseBody body, FileChannel channel, MediaFile file, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<ByteRange> region = Sendfile.region(options.sendfile(), request, response, body);
        if (region.isPresent()) {
            channel.close();
            Sendfile.handOver(request, file, region.get());
        } else if (request.isAsyncSupported()) {
            AsyncContext async = request.startAsync();
            async.setTimeout(options.asyncTimeout().toMillis());
            AsyncStream.start(async, response, channel, file, body, streams::add, streams::remove);
        } else {
            try (channel) {
                BlockingCopy.copy(channel, file, body, response);
            }
        }
    }

    /** The open file, or empty once the client has been told why not (404 gone, 500 unreadable). */
    private Optional<FileChannel> open(MediaFile file, HttpServletResponse response) throws IOException {
        try {
            return Optional.of(opener.open(file));
        } catch (NoSuchFileException gone) {
            LOG.fine(() -> "vanished before it could be opened: " + file.path());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot open " + file.path() + ": " + e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
        return Optional.empty();
    }
}
