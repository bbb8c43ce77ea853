package reel.web;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import reel.metrics.StreamMetrics;

/**
 * Feeds {@link StreamMetrics} from every request to {@code /video/*}, in front of the servlet, so the
 * streaming code does not carry metrics: status, body bytes, duration and client aborts. A response
 * that goes asynchronous is counted when its async cycle ends.
 */
public final class MeteringFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        StreamMetrics metrics = ReelStartup.metrics(getServletContext());
        MeteredResponse metered = new MeteredResponse(response);
        long startNanos = System.nanoTime();
        metrics.streamStarted();
        boolean endsHere = true;
        try {
            chain.doFilter(request, metered);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndOfAsync(metrics, metered, startNanos));
                endsHere = false;
            }
        } finally {
            if (endsHere) {
                end(metrics, metered, startNanos, false);
            }
        }
    }

    static void end(StreamMetrics metrics, MeteredResponse response, long startNanos, boolean failed) {
        metrics.streamEnded(response.getStatus(), response.bytes(), System.nanoTime() - startNanos,
                failed || response.writeFailed());
    }

    private static final class EndOfAsync implements AsyncListener {

        private final StreamMetrics metrics;
        private final MeteredResponse response;
        private final long startNanos;
        private volatile boolean failed;

        EndOfAsync(StreamMetrics metrics, MeteredResponse response, long startNanos) {
            this.metrics = metrics;
            this.response = response;
            this.startNanos = startNanos;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            end(metrics, response, startNanos, failed);
        }

        // onError and onTimeout are followed by onComplete, which counts the stream once.
        @Override
        public void onError(AsyncEvent event) {
            failed = true;
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
