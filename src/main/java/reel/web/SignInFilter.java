package reel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import reel.access.Admission;
import reel.access.Door;
import reel.http.AllowedMethods;
import reel.metrics.AccessRefusals;
import reel.page.PageReplies;

/**
 * With {@code access.role} set, lets in only signed-in users holding that role. reel checks no password:
 * it asks the container to authenticate ({@link HttpServletRequest#authenticate}, which runs the realm and
 * authenticator the operator configured, BASIC from web.xml unless a valve replaces it) and whether the
 * user holds the role. {@link Door} decides; this class asks the container and writes the refusal.
 * Under a folder the user's roles do not open ({@code access.folders}), every library URL answers 404
 * exactly as for a place that does not exist. A share link's token opens its one file to anyone, and
 * answers 403 with a page saying the link is no longer valid when it does not hold. Unset, every request
 * without a share token passes untouched.
 */
public final class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignInFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Deployment deployment = Deployment.of(getServletContext());
        Door door = new Door(deployment.access());
        AccessRefusals refusals = deployment.metrics().accessRefusals();
        String path = pathInContext(request);
        Optional<String> share = Optional.ofNullable(request.getParameter(Door.SHARE_PARAMETER));
        Admission admission = door.admit(path, share, user(request), request::isUserInRole, Instant.now());
        if (admission == Admission.SHARE_INVALID) {
            refusals.count(AccessRefusals.Reason.SHARE_INVALID);
            // The token is a key to the file until it expires: never in a log.
            LOG.fine(() -> "refused share link for path=" + path + ": altered, expired or for another file");
            PageWriter.write(PageReplies.shareInvalid(request.getContextPath()), response);
            return;
        }
        if (admission == Admission.SIGN_IN) {
            // false: the authenticator has answered (401 and a challenge, or its login page).
            if (!request.authenticate(response)) {
                refusals.count(AccessRefusals.Reason.SIGN_IN);
                LOG.fine(() -> "sign-in asked for path=" + path);
                return;
            }
            admission = door.admit(path, user(request), request::isUserInRole);
        }
        if (admission == Admission.FORBIDDEN) {
            refusals.count(AccessRefusals.Reason.FORBIDDEN);
            LOG.fine(() -> "refused user=" + request.getRemoteUser() + " path=" + path + ": lacks the role");
            PageWriter.write(PageReplies.forbidden(request.getContextPath(), user(request)), response);
            return;
        }
        // Hidden only from reading (GET, HEAD): any other method goes on to the method filter, which answers
        // every such URL alike (405, or OPTIONS), so no method tells a kept folder from one that is not there.
        if ((admission == Admission.HIDDEN_PAGE || admission == Admission.HIDDEN_FILE)
                && AllowedMethods.READ.methods().contains(request.getMethod())) {
            refusals.count(AccessRefusals.Reason.HIDDEN_FOLDER);
            LOG.fine(() -> "hidden from user=" + request.getRemoteUser() + " path=" + path + ": a folder for other roles");
            if (admission == Admission.HIDDEN_PAGE) {
                PageWriter.write(PageReplies.notFound(request.getContextPath(), user(request)), response);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> user(HttpServletRequest request) {
        return Optional.ofNullable(request.getRemoteUser());
    }

    /** The path inside the context as the mapping saw it: {@code /video} and {@code /a.mp4} together. */
    static String pathInContext(HttpServletRequest request) {
        return request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    }
}
