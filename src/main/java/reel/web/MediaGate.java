package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.page.PageReplies;

/**
 * The one place that answers while the media folder cannot be used, for pages, videos and subtitles
 * alike: 503 with Retry-After, never stored, and the page that says why (as at startup). A folder that
 * went away is never answered as a missing file, so no cache keeps a 404 once it is back.
 */
final class MediaGate {

    private MediaGate() {
    }

    /** The library to serve from now; empty when the 503 has been written instead. */
    static Optional<MediaLibrary> library(Deployment deployment, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
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
