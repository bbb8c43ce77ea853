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
import reel.stream.Sendfile;

/**
 * Feeds {@link StreamMetrics} from every request to {@code /video/*}, in front of the servlet, so the
 * streaming code does not carry metrics: status, body bytes, duration and client aborts. A response
 * that goes asynchronous is counted when its async cycle ends; its writer must keep writing to the
 * response it was given (or pass it to {@code startAsync(request, response)}), which counts the bytes.
 * Bytes handed to the connector's sendfile never pass through that stream; they are counted from the
 * request attributes that hand them over.
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
        metrics.streamEnded(response.answeredStatus(), response.bytes() + sendfileBytes(request),
                System.nanoTime() - startNanos, failed || response.writeFailed());
    }

    /** The length of the range handed to sendfile, 0 when none was. */
    static long sendfileBytes(ServletRequest request) {
        if (request.getAttribute(Sendfile.FILENAME) == null) {
            return 0;
        }
        if (request.getAttribute(Sendfile.START) instanceof Long start
                && request.getAttribute(Sendfile.END) instanceof Long end && end >= start) {
            return end - start;
        }
        return 0;
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
