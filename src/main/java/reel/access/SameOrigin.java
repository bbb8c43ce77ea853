package reel.access;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from reel's own pages. A browser sends stored Basic credentials
 * with a form posted from any site, so a POST is only trusted when its {@code Origin} (RFC 6454), or when
 * a browser omits that its {@code Referer}, names the host the request was sent to. A request with
 * neither is refused: every browser that can post a form sends one of them.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * The origin, {@code scheme://host[:port]}, when it names {@code host} (the request's Host field);
     * empty for another site, an opaque {@code null} origin, or nothing to go by.
     */
    public static Optional<String> of(Optional<String> origin, Optional<String> referer, Optional<String> host) {
        Optional<String> claimed = origin.isPresent() ? origin : referer;
        if (claimed.isEmpty() || host.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(claimed.get());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (!(scheme.equals("http") || scheme.equals("https")) || authority == null || authority.contains("@")
                    || !authority.equalsIgnoreCase(host.get())) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + authority.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
