package reel.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.config.ReelConfig;
import reel.http.ByteRange;
import reel.http.Reply;
import reel.media.MediaFile;
import reel.metrics.StreamMetrics;

/**
 * Gets a decided 200 or 206 body to the client by the cheapest way the request allows: the connector's
 * sendfile when switched on and offered, else an {@link AsyncStream}, else (no async support in front)
 * the same copy on the request thread. Owns the deployment's running streams, and keeps the loop's
 * streams within the {@link StreamBudget}.
 */
public final class BodyDelivery {

    private static final Logger LOG = Logger.getLogger(BodyDelivery.class.getName());

    private final FileOpener opener;
    private final ReelConfig config;
    private final StreamBudget budget;
    private final StreamMetrics metrics;
    private final OverloadLog overload;
    private final OpenStreams streams = new OpenStreams();
    private final FairTurns turns = new FairTurns(streams::count);
    private final Pacer pacer;

    public BodyDelivery(FileOpener opener, ReelConfig config, StreamBudget budget, StreamMetrics metrics, String name) {
        this.opener = opener;
        this.config = config;
        this.budget = budget;
        this.metrics = metrics;
        this.overload = new OverloadLog(budget.limit(), System::nanoTime);
        this.pacer = new Pacer(name);
    }

    /**
     * Sends {@code body} with the reply's header fields: by sendfile when it applies, else as a stream
     * if the budget has a place for it (503 at once if not), after opening the file (404 or 500 if it
     * cannot be), with the {@code labels} the request asked for.
     */
    public void deliver(Reply reply, ResponseBody body, MediaFile file, Labels labels, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // The connector's sendfile cannot be paced: a bandwidth cap needs the loop.
        Optional<ByteRange> region = Sendfile.region(config.sendfile() && !config.isBandwidthCapped(), request,
                response, body);
        if (region.isPresent()) {
            handOver(reply, body, file, labels, region.get(), request, response);
            return;
        }
        Optional<StreamBudget.Admission> admission = budget.admit();
        if (admission.isEmpty()) {
            LOG.fine(() -> "stream budget full, 503 for " + file.name());
            metrics.streamRefused();
            overload.refused();
            BudgetFull.write(response);
            return;
        }
        boolean streaming = false;
        try {
            streaming = copy(reply, body, file, labels, admission.get(), request, response);
        } finally {
            if (!streaming) {
                admission.get().release();
            }
        }
    }

    /**
     * Sendfile holds no heap buffer and no place in the budget. The connector opens the file itself;
     * the library has just found it a readable regular file, so reel does not open it a second time (two
     * system calls on the busiest path of small ranges). A file removed in the microseconds between
     * gets its connection closed by the connector, as any read failure after the header fields would.
     */
    private void handOver(Reply reply, ResponseBody body, MediaFile file, Labels labels, ByteRange region,
            HttpServletRequest request, HttpServletResponse response) {
        ReplyHeaders.write(reply, Optional.of(body), file, labels, response);
        Sendfile.handOver(request, file, region);
    }

    /** The 8 KB loop, async when the request allows it; true when a stream now owns the file and the admission. */
    private boolean copy(Reply reply, ResponseBody body, MediaFile file, Labels labels,
            StreamBudget.Admission admission, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        FileOpener.Opening opening = opener.attempt(file);
        if (!(opening instanceof FileOpener.Opened opened)) {
            refuse(opening, file, response);
            return false;
        }
        FileChannel channel = opened.channel();
        boolean handedOver = false;
        try {
            ReplyHeaders.write(reply, Optional.of(body), file, labels, response);
            if (request.isAsyncSupported()) {
                stream(body, file, labels.download(), channel, admission, request, response);
                handedOver = true;
            } else {
                BlockingCopy.copy(channel, file, body, request, response);
            }
        } finally {
            // Once a stream has started it owns the channel; until then, and after a copy, it is closed here.
            if (!handedOver) {
                channel.close();
            }
        }
        return handedOver;
    }

    private void stream(ResponseBody body, MediaFile file, boolean download, FileChannel channel,
            StreamBudget.Admission admission, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AsyncContext async = request.startAsync();
        // The async timeout bounds a response's whole life, not its idle time (the connector's write
        // timeout ends stalled clients). A player cut by it asks again from where it was; a download
        // cannot, so a download has none.
        async.setTimeout(download ? 0 : config.asyncTimeout().toMillis());
        Optional<Pacing> pacing = config.bandwidthCapBytesPerSecond()
                .map(cap -> new Pacing(BandwidthLimit.perSecond(cap, System::nanoTime), pacer::resumeAfter));
        AsyncStream.start(new StreamJob(async, response, channel, file, body, pacing, turns, streams::add,
                ended -> {
                    streams.remove(ended);
                    admission.release();
                    if (ended.ending().orElse(null) == StreamEnding.READ_FAILED) {
                        ReadFailures.mark(request);
                    }
                }));
    }

    /** Undeploying closes every file still being streamed; each connection ends at its next write event. */
    public void closeAll() {
        pacer.close();
        streams.closeAll();
    }

    /** Tells the client why its file could not be opened: 404 for one that is gone, 500 for one that is unreadable. */
    private static void refuse(FileOpener.Opening failed, MediaFile file, HttpServletResponse response)
            throws IOException {
        if (failed instanceof FileOpener.Gone) {
            LOG.fine(() -> "vanished before it could be opened: " + file.path());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (failed instanceof FileOpener.Unreadable unreadable) {
            LOG.log(Level.WARNING, "cannot open " + file.path() + ": " + unreadable.cause());
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } else {
            throw new AssertionError(failed);
        }
    }
}
