package reel.stream;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The answer to a video request that finds every place in the stream budget taken: 503 at once, with
 * when to ask again (RFC 9110 §15.6.4 and §10.2.3), never stored by a cache, and a line for a person
 * reading it. Tomcat closes the connection after a 503, so a refused viewer holds nothing either.
 */
final class BudgetFull {

    /** Long enough for streams to end (every seek ends one), short enough that a player's retry finds a place. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final byte[] MESSAGE = ("reel is serving as many video streams as it can; try again in "
            + RETRY_AFTER.toSeconds() + " seconds.\n").getBytes(StandardCharsets.UTF_8);

    private BudgetFull() {
    }

    /** Written before any header field of the reply; those a filter set for every response stay. */
    static void write(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(MESSAGE.length);
        response.getOutputStream().write(MESSAGE);
    }
}
