package reel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The one place that sets the header fields every reel response carries, whatever servlet answers and
 * however (pages, video bytes, subtitles, 304s, refusals, the container's own error pages). Set before
 * the servlet runs, so they are there when a response is committed early; a servlet that resets a
 * response would drop them, so none does.
 */
public final class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The media type of every reel response is decided by reel (from the extension, for media); a
     * browser must not guess another from the bytes. Links to other sites carry no reel path.
     */
    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
