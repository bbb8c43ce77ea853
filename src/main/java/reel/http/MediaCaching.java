package reel.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long caches may reuse a media response without asking (RFC 9111 §5.2.2), and which caches. A page
 * links each file with its version in the URL ({@code ?v=<tag>}): a response to such a URL whose version is
 * the file's own never changes, since a changed file gets another URL, so it may be kept a year
 * ({@code immutable}, RFC 8246). Any other URL (no version, an old one) gets the configured lifetimes:
 * {@code max-age} for browsers and, when set, {@code s-maxage} for shared caches such as nginx or a CDN.
 * A response for an {@link Audience#RESTRICTED} audience is {@code private} with the browsers' lifetime
 * only: no shared cache may keep it at all.
 *
 * <pre>{@code
 * caching.cacheControl(Optional.of("2710-663212a0"), etag, Audience.ANYONE);     // public, max-age=31536000, immutable
 * caching.cacheControl(Optional.of("2710-663212a0"), etag, Audience.RESTRICTED); // private, max-age=31536000, immutable
 * }</pre>
 *
 * @param maxAge the browsers' lifetime; zero means revalidate every time
 * @param sharedMaxAge the shared caches' lifetime, when it differs from the browsers'
 */
public record MediaCaching(Duration maxAge, Optional<Duration> sharedMaxAge) {

    /** RFC 9111 §5.2.2.1 advises at most a year. */
    static final Duration A_YEAR = Duration.ofDays(365);
    /** A current version's lifetime: it can never change (RFC 8246). */
    private static final String FOR_GOOD = "max-age=" + A_YEAR.getSeconds() + ", immutable";

    public MediaCaching {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(sharedMaxAge, "sharedMaxAge");
    }

    /** The Cache-Control field for a response whose URL carried {@code version}, for {@code audience}. */
    public String cacheControl(Optional<String> version, EntityTag current, Audience audience) {
        boolean isCurrent = version.isPresent() && version.get().equals(current.opaque());
        if (audience == Audience.RESTRICTED) {
            // §5.2.2.7: the visitor's own browser may keep it; s-maxage would speak only to caches that may not.
            return "private, " + (isCurrent ? FOR_GOOD : browsersLifetime());
        }
        if (isCurrent) {
            return "public, " + FOR_GOOD;
        }
        if (sharedMaxAge.isEmpty()) {
            return browsersLifetime();
        }
        return "max-age=" + maxAge.getSeconds() + ", s-maxage=" + sharedMaxAge.get().getSeconds();
    }

    private String browsersLifetime() {
        return maxAge.isZero() ? "no-cache" : "max-age=" + maxAge.getSeconds();
    }
}
