package reel.http;

import java.util.List;
import java.util.Objects;

/**
 * The methods one resource answers, and the {@code Allow} field a 405 must carry (RFC 9110 §15.5.6: "The
 * origin server MUST generate an Allow header field in a 405 response"; §10.2.1). Jakarta's
 * {@code HttpServlet} answers 405 for a method a servlet does not implement, but without the field.
 * {@code OPTIONS} is always answered (by {@code HttpServlet}), so it is always listed.
 *
 * <pre>{@code
 * AllowedMethods.READ.allows("POST");   // false
 * AllowedMethods.READ.header();         // "GET, HEAD, OPTIONS"
 * }</pre>
 */
public record AllowedMethods(List<String> methods) {

    /** Pages, media, subtitles, search, health and metrics: read, never changed through reel. */
    public static final AllowedMethods READ = new AllowedMethods(List.of("GET", "HEAD"));
    /** Forms that act: making a share link, signing out. */
    public static final AllowedMethods ACT = new AllowedMethods(List.of("POST"));

    private static final String OPTIONS = "OPTIONS";

    public AllowedMethods {
        methods = List.copyOf(methods);
        if (methods.isEmpty() || methods.contains(OPTIONS)) {
            throw new IllegalArgumentException("methods besides OPTIONS, which every resource answers: " + methods);
        }
    }

    /** Method names are case-sensitive (RFC 9110 §9.1): {@code get} is not {@code GET}. */
    public boolean allows(String method) {
        Objects.requireNonNull(method, "method");
        return method.equals(OPTIONS) || methods.contains(method);
    }

    public String header() {
        return String.join(", ", methods) + ", " + OPTIONS;
    }
}
