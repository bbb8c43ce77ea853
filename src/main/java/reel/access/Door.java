package reel.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import reel.config.Access;

/**
 * Decides who comes in, from the setting and what the container says about the visitor: reel never
 * sees a password, so whatever realm and authenticator the operator configured is what runs.
 *
 * <pre>{@code
 * Admission admission = door.admit("/watch/a.mp4", Optional.of("ana"), request::isUserInRole);
 * }</pre>
 */
public record Door(Access access) {

    /**
     * Health and metrics have allow-lists of their own and are read by machines, not people. The
     * stylesheet and script are the same for everyone and hold nothing of the library; the 403 and
     * sign-out pages need them to look like reel.
     */
    private static final List<String> OWN_GUARDS = List.of("/health", "/metrics");
    private static final String STATIC = "/static/";

    public Door {
        Objects.requireNonNull(access, "access");
    }

    /**
     * @param path the request's path inside the context, servlet path and path info together
     * @param user the signed-in user's name, empty for an anonymous request
     * @param hasRole the container's {@code isUserInRole}
     */
    public Admission admit(String path, Optional<String> user, Predicate<String> hasRole) {
        if (access.role().isEmpty() || OWN_GUARDS.contains(path) || path.startsWith(STATIC)) {
            return Admission.OPEN;
        }
        if (user.isEmpty()) {
            return Admission.SIGN_IN;
        }
        return hasRole.test(access.role().get()) ? Admission.ADMIT : Admission.FORBIDDEN;
    }
}
