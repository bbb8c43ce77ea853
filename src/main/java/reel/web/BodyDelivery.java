package reel.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.config.ReelConfig;
import reel.http.ByteRange;
import reel.http.Reply;
import reel.media.MediaFile;
import reel.stream.BandwidthLimit;

/**
 * Gets a decided 200 or 206 body to the client by the cheapest way the request allows: the connector's
 * sendfile when switched on and offered, else an {@link AsyncStream}, else (no async support in front)
 * the same copy on the request thread. Owns the deployment's running streams.
 */
final class BodyDelivery {

    /**
     * The container's response buffer for a stream. Tomcat's {@code isReady()} is true only while its
     * socket buffer is empty, so every flush of the response buffer to the socket costs a round trip
     * through the poller and back to a pool thread before the next write. At Tomcat's default of 8 KB
     * that is a round trip per chunk (four times DefaultServlet's CPU per GiB on two cores); 128 KB makes
     * it one per 16 chunks, and is the largest size Tomcat keeps when it recycles a response. The cost is
     * memory: 128 KB per running stream, 640 MB of heap for 5000 of them.
     */
    static final int CONTAINER_BUFFER_SIZE = 128 * 1024;

    private static final Logger LOG = Logger.getLogger(BodyDelivery.class.getName());

    private final FileOpener opener;
    private final ReelConfig config;
    private final OpenStreams streams = new OpenStreams();
    private final Pacer pacer;

    BodyDelivery(FileOpener opener, ReelConfig config, String name) {
        this.opener = opener;
        this.config = config;
        this.pacer = new Pacer(name);
    }

    /**
     * Opens the file, then writes the reply's header fields and sends {@code body}; 404 or 500 if it
     * cannot be opened. {@code download} marks a save-to-disk request, which no async timeout cuts.
     */
    void deliver(Reply reply, ResponseBody body, MediaFile file, boolean download, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<FileChannel> opened = open(file, response);
        if (opened.isEmpty()) {
            return;
        }
        FileChannel channel = opened.get();
        boolean handedOver = false;
        try {
            ReplyHeaders.write(reply, Optional.of(body), file, config.cacheMaxAge(), response);
            // The connector's sendfile cannot be paced: a bandwidth cap needs the loop.
            Optional<ByteRange> region = Sendfile.region(config.sendfile() && config.bandwidthCap() == 0, request,
                    response, body);
            if (region.isPresent()) {
                channel.close();
                Sendfile.handOver(request, file, region.get());
            } else if (request.isAsyncSupported()) {
                stream(body, file, download, channel, request, response);
                handedOver = true;
            } else {
                BlockingCopy.copy(channel, file, body, response);
            }
        } finally {
            // Once a stream has started it owns the channel; until then, and after a copy, it is closed here.
            if (!handedOver) {
                channel.close();
            }
        }
    }

    private void stream(ResponseBody body, MediaFile file, boolean download, FileChannel channel,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (body.contentLength() > AsyncStream.BUFFER_SIZE) {
            response.setBufferSize((int) Math.min(CONTAINER_BUFFER_SIZE, body.contentLength()));
        }
        AsyncContext async = request.startAsync();
        // The async timeout bounds a response's whole life, not its idle time (the connector's write
        // timeout ends stalled clients). A player cut by it asks again from where it was; a download
        // cannot, so a download has none.
        async.setTimeout(download ? 0 : config.asyncTimeout().toMillis());
        Optional<AsyncStream.Pacing> pacing = config.bandwidthCap() > 0
                ? Optional.of(new AsyncStream.Pacing(BandwidthLimit.perSecond(config.bandwidthCap(), System::nanoTime),
                        pacer::resumeAfter))
                : Optional.empty();
        AsyncStream.start(async, response, channel, file, body, pacing, streams::add, streams::remove);
    }

    int openStreams() {
        return streams.count();
    }

    /** Undeploying closes every file still being streamed; each connection ends at its next write event. */
    void closeAll() {
        pacer.close();
        streams.closeAll();
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
