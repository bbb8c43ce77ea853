package reel.stream;

import jakarta.servlet.ServletRequest;

/**
 * Marks a request whose response reel cut short for a fault on its own side (the file could not be
 * read, or shrank or changed under the stream), so that the metrics, in front of the servlet, tell a
 * failing disk from a viewer who sought away.
 */
public final class ReadFailures {

    /**
     * A constant, so a reader that only checks it loads nothing: the metrics read it when a response
     * ends, which can be after reel has stopped and its classes no longer load.
     */
    public static final String ATTRIBUTE = "reel.stream.ReadFailures";

    private ReadFailures() {
    }

    static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }
}
