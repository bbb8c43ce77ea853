package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import reel.config.EndpointAccess;
import reel.http.ForwardedFor;

/** What {@code /health} and {@code /metrics} share: the status of an access decision and an uncached body. */
final class OperationsEndpoints {

    private OperationsEndpoints() {
    }

    /**
     * The addresses the request says it was forwarded for, which the container left in place: with
     * Tomcat's RemoteIpValve the resolved ones are gone, and the remote address is the client's.
     */
    static List<String> forwardedFor(HttpServletRequest request) {
        return ForwardedFor.addresses(Collections.list(request.getHeaders("X-Forwarded-For")),
                Collections.list(request.getHeaders("Forwarded")));
    }

    /** Answers a request the access decision refused: 404 when switched off, 403 for this address. */
    static void refuse(EndpointAccess.Decision decision, HttpServletResponse response) throws IOException {
        response.sendError(status(decision));
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
