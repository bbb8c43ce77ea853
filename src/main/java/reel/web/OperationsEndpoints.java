package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import reel.config.EndpointAccess;

/** What {@code /health} and {@code /metrics} share: the status of an access decision and an uncached body. */
final class OperationsEndpoints {

    private OperationsEndpoints() {
    }

    /** Whether to answer this request; if not, it has been answered with 404 (switched off) or 403. */
    static boolean admits(EndpointAccess access, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        EndpointAccess.Decision decision = access.decide(request.getRemoteAddr());
        if (decision == EndpointAccess.Decision.SERVE) {
            return true;
        }
        response.sendError(status(decision));
        return false;
    }

    static int status(EndpointAccess.Decision decision) {
        return switch (decision) {
            case DISABLED -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case SERVE -> HttpServletResponse.SC_OK;
        };
    }

    /** Probes and scrapers want the state now, never a cached copy. */
    static void write(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
