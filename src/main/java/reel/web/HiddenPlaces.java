package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import reel.metrics.AccessRefusals;

/**
 * Counts and logs a request for a place that exists but that a link puts where the user may not enter
 * (folders per role), as {@link SignInFilter} does for a URL under such a folder; the caller answers 404.
 */
final class HiddenPlaces {

    private static final Logger LOG = Logger.getLogger(HiddenPlaces.class.getName());

    private HiddenPlaces() {
    }

    static void refused(Deployment deployment, HttpServletRequest request) {
        deployment.metrics().accessRefusals().count(AccessRefusals.Reason.HIDDEN_FOLDER);
        LOG.fine(() -> "hidden from user=" + request.getRemoteUser() + " path=" + SignInFilter.pathInContext(request)
                + ": a link into a folder for other roles");
    }
}
