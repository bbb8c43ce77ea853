package reel.stream;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import reel.http.ByteRange;
import reel.media.MediaFile;

/**
 * Tomcat's zero-copy path, as its DefaultServlet uses it: the servlet sets request attributes naming a
 * file region and returns, and the connector sends the region with the operating system's sendfile.
 * Only for bodies that are one region of the file and large enough to be worth it; everything else,
 * and every container that does not offer it, gets the 8 KB loop.
 */
public final class Sendfile {

    /** Tomcat sets this to {@code Boolean.TRUE} on requests its connector can serve with sendfile. */
    public static final String SUPPORT = "org.apache.tomcat.sendfile.support";
    public static final String FILENAME = "org.apache.tomcat.sendfile.filename";
    public static final String START = "org.apache.tomcat.sendfile.start";
    /** Exclusive, unlike an HTTP range's last byte. */
    public static final String END = "org.apache.tomcat.sendfile.end";

    /** DefaultServlet's default threshold: below it the loop costs less than setting sendfile up. */
    static final long MIN_LENGTH = 48 * 1024;

    private Sendfile() {
    }

    /** The region to hand over, when sendfile is switched on, offered, and fits this body. */
    static Optional<ByteRange> region(boolean enabled, HttpServletRequest request, HttpServletResponse response,
            ResponseBody body) {
        if (!enabled || body.contentLength() < MIN_LENGTH || body.segments().size() != 1
                || !(body.segments().get(0) instanceof ResponseBody.FileRegion region)) {
            return Optional.empty();
        }
        if (!Boolean.TRUE.equals(request.getAttribute(SUPPORT)) || transformed(request, response)) {
            return Optional.empty();
        }
        return Optional.of(region.range());
    }

    /**
     * A response wrapper that only watches the bytes (reel's metering filter): sendfile may go past it,
     * as long as it counts the bytes handed over from these request attributes.
     */
    public interface Transparent {
    }

    /**
     * Whether a filter wrapped the exchange in a way that may change or need to see the body (compression,
     * say): the connector would bypass it. a {@link Transparent} wrapper only counts, and counts sendfile
     * bytes from these same attributes.
     */
    private static boolean transformed(ServletRequest request, ServletResponse response) {
        ServletResponse inner = response;
        while (inner instanceof Transparent && inner instanceof ServletResponseWrapper wrapper) {
            inner = wrapper.getResponse();
        }
        return request instanceof ServletRequestWrapper || inner instanceof ServletResponseWrapper;
    }

    static void handOver(HttpServletRequest request, MediaFile file, ByteRange range) {
        request.setAttribute(FILENAME, file.path().toAbsolutePath().toString());
        request.setAttribute(START, range.first());
        request.setAttribute(END, range.last() + 1);
    }
}
