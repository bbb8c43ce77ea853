package reel.page;

import reel.http.PercentEncoder;
import reel.media.LibraryPath;

/**
 * Builds the path part of reel's links from library names; every link goes through here. Each name is
 * one path segment (RFC 3986 §3.3), encoded as UTF-8 with everything but the unreserved characters
 * (§2.3: ALPHA DIGIT - . _ ~) percent-encoded, so "/", "?", "#", "%", "+", ";" and spaces in a name
 * stay part of the name.
 */
public final class UrlPaths {

    private UrlPaths() {
    }

    /** One encoded segment: {@code a b#1.mp4} becomes {@code a%20b%231.mp4}. */
    public static String segment(String name) {
        return PercentEncoder.encode(name, PercentEncoder::isUnreserved);
    }

    /** Each segment encoded, each preceded by a slash: {@code /Shorts/a%20b.mp4}; the root is "". */
    public static String path(LibraryPath path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.segments()) {
            encoded.append('/').append(segment(segment));
        }
        return encoded.toString();
    }
}
