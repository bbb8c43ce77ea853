package reel.stream;

import jakarta.servlet.ServletRequest;

/**
 * Marks a request whose response reel cut short for a fault on its own side (the file could not be
 * read, or shrank or changed under the stream), so that the metrics, in front of the servlet, tell a
 * failing disk from a viewer who sought away.
 */
public final class ReadFailures {

    static final String ATTRIBUTE = ReadFailures.class.getName();

    private ReadFailures() {
    }

    static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean isMarked(ServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
