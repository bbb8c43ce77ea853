package reel.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Expiring share links, as the operator set them: the secret that signs them ({@code share.secret}; none
 * means sharing is off), the role that may make them ({@code share.role}; none means every signed-in user
 * reel lets in) and the longest a link may last ({@code share.max-age}).
 */
public record Sharing(Optional<ShareSecret> secret, Optional<String> role, Duration maxAge) {

    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);
    /** Sharing off: no secret. */
    public static final Sharing OFF = new Sharing(Optional.empty(), Optional.empty(), DEFAULT_MAX_AGE);

    public Sharing {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    public boolean isEnabled() {
        return secret.isPresent();
    }

    /**
     * Whether a signed-in user with the roles {@code hasRole} answers yes to may make links: sharing on,
     * and {@code share.role} held when it is set. Without it, anyone reel admits may share what they watch.
     */
    public boolean mayShare(Predicate<String> hasRole) {
        return isEnabled() && role.map(hasRole::test).orElse(true);
    }
}
