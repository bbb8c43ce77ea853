package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.page.PageReplies;

/**
 * The one place that answers 503 for pages, videos and subtitles alike: while the media folder cannot be
 * used (with the page that says why, as at startup; a folder that went away is never answered as a
 * missing file, so no cache keeps a 404 once it is back), and while the node drains, so that a load
 * balancer that only watches real traffic (nginx's passive checks) moves new requests to another node as
 * surely as one that probes health. Responses already running are not requests any more and finish.
 * Every such answer has Retry-After and is never stored.
 */
final class MediaGate {

    private MediaGate() {
    }

    /** The library to serve from now; empty when the 503 has been written instead. */
    static Optional<MediaLibrary> library(Deployment deployment, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (deployment.drain().isDraining()) {
            PageWriter.write(PageReplies.draining(request.getContextPath()), response);
            return Optional.empty();
        }
        MediaRoot root = deployment.root();
        if (root instanceof MediaRoot.Available available) {
            return Optional.of(available.library());
        }
        if (root instanceof MediaRoot.Unavailable unavailable) {
            PageWriter.write(PageReplies.unavailable(request.getContextPath(), unavailable), response);
            return Optional.empty();
        }
        throw new AssertionError(root);
    }
}
