package reel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import reel.access.SignOut;
import reel.config.Access;
import reel.http.AllowedMethods;
import reel.page.PageReplies;

/**
 * Answers a method a reel servlet does not serve with 405 and the {@code Allow} field RFC 9110 requires,
 * which {@code HttpServlet}'s own 405 lacks. Servlets are known by their names in {@code web.xml}; a
 * test holds this table to the methods each servlet class implements. Other servlets, such as the
 * container's for {@code /static/}, answer as they do.
 */
public final class MethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, AllowedMethods> BY_SERVLET = Map.of(
            "page", AllowedMethods.READ, "video", AllowedMethods.READ, "search", AllowedMethods.READ,
            "subtitles", AllowedMethods.READ, "health", AllowedMethods.READ, "metrics", AllowedMethods.READ,
            "share", AllowedMethods.ACT, "sign-out", AllowedMethods.ACT);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String servlet = request.getHttpServletMapping().getServletName();
        if (!isHere(servlet, request)) {
            PageWriter.write(PageReplies.notFound(request.getContextPath(), Optional.empty()), response);
            return;
        }
        Optional<AllowedMethods> allowed = Optional.ofNullable(BY_SERVLET.get(servlet));
        if (allowed.isPresent() && !allowed.get().allows(request.getMethod())) {
            response.setHeader("Allow", allowed.get().header());
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The forms of features that are off do not exist, for any method, as before they were built: no 405
     * that would say they are there. Their servlets decide the same for POST ({@link SignOut},
     * {@code ShareOutcome.SharingOff}).
     */
    private boolean isHere(String servlet, HttpServletRequest request) {
        return switch (servlet) {
            case "share" -> access().sharing().isEnabled();
            case "sign-out" -> SignOut.isHere(access().requiresSignIn(), request.getRemoteUser() != null);
            default -> true;
        };
    }

    private Access access() {
        return Deployment.of(getServletContext()).access();
    }
}
