package reel.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import reel.metrics.StreamMetrics;
import reel.stream.ReadFailures;
import reel.stream.Sendfile;

/**
 * Feeds {@link StreamMetrics} from every request to {@code /video/*}, in front of the servlet, so the
 * streaming code does not carry metrics: status, body bytes, duration and client aborts. A response
 * that goes asynchronous is counted when its async cycle ends; its writer must keep writing to the
 * response it was given (or pass it to {@code startAsync(request, response)}), which counts the bytes.
 * Bytes handed to the connector's sendfile never pass through that stream, and the connector does not
 * tell how many it sent or when it finished: such a response counts by its status only. A response reel
 * cut short for a fault of its own ({@link ReadFailures}) is a read failure, not a client abort.
 */
public final class MeteringFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StreamMetrics metrics = Deployment.of(getServletContext()).metrics();
        MeteredResponse metered = new MeteredResponse(response);
        long startNanos = System.nanoTime();
        metrics.streamStarted();
        boolean endsHere = true;
        try {
            chain.doFilter(request, metered);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndOfAsync(metrics, request, metered, startNanos));
                endsHere = false;
            }
        } finally {
            if (endsHere) {
                end(metrics, request, metered, startNanos, false);
            }
        }
    }

    static void end(StreamMetrics metrics, ServletRequest request, MeteredResponse response, long startNanos,
            boolean failed) {
        if (request.getAttribute(Sendfile.FILENAME) != null) {
            metrics.handedToSendfile(response.answeredStatus());
            return;
        }
        StreamMetrics.Ending ending = Boolean.TRUE.equals(request.getAttribute(ReadFailures.ATTRIBUTE))
                ? StreamMetrics.Ending.READ_FAILURE
                : failed || response.writeFailed() ? StreamMetrics.Ending.CLIENT_ABORT : StreamMetrics.Ending.COMPLETE;
        metrics.streamEnded(response.answeredStatus(), response.bytes(), System.nanoTime() - startNanos, ending);
    }

    private static final class EndOfAsync implements AsyncListener {

        private final StreamMetrics metrics;
        private final ServletRequest request;
        private final MeteredResponse response;
        private final long startNanos;
        private volatile boolean failed;

        EndOfAsync(StreamMetrics metrics, ServletRequest request, MeteredResponse response, long startNanos) {
            this.metrics = metrics;
            this.request = request;
            this.response = response;
            this.startNanos = startNanos;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            end(metrics, request, response, startNanos, failed);
        }

        // onError and onTimeout are followed by onComplete, which counts the stream once; a stream cut
        // by the timeout did not reach its client whole, like one whose client left.
        @Override
        public void onError(AsyncEvent event) {
            failed = true;
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            failed = true;
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
