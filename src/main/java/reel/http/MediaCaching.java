package reel.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long caches may reuse a media response without asking (RFC 9111 §5.2.2). A page links each file
 * with its version in the URL ({@code ?v=<tag>}): a response to such a URL whose version is the file's
 * own never changes, since a changed file gets another URL, so every cache may keep it a year
 * ({@code immutable}, RFC 8246). Any other URL (no version, an old one) gets the configured lifetimes:
 * {@code max-age} for browsers and, when set, {@code s-maxage} for shared caches such as nginx or a CDN.
 *
 * @param maxAge the browsers' lifetime; zero means revalidate every time
 * @param sharedMaxAge the shared caches' lifetime, when it differs from the browsers'
 */
public record MediaCaching(Duration maxAge, Optional<Duration> sharedMaxAge) {

    /** RFC 9111 §5.2.2.1 advises at most a year. */
    static final Duration A_YEAR = Duration.ofDays(365);

    public MediaCaching {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(sharedMaxAge, "sharedMaxAge");
    }

    /** The Cache-Control field for a response whose URL carried {@code version}. */
    public String cacheControl(Optional<String> version, EntityTag current) {
        if (version.isPresent() && version.get().equals(current.opaque())) {
            return "public, max-age=" + A_YEAR.getSeconds() + ", immutable";
        }
        if (sharedMaxAge.isEmpty()) {
            return maxAge.isZero() ? "no-cache" : "max-age=" + maxAge.getSeconds();
        }
        return "max-age=" + maxAge.getSeconds() + ", s-maxage=" + sharedMaxAge.get().getSeconds();
    }
}
