package reel.access;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import reel.config.Access;

/**
 * Decides who comes in, and to which folders' URLs, from the settings and what the container says about
 * the visitor: reel never
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
    private static final String BROWSE = "/browse/";
    /** The URLs that name a place in the library, and how each says "not here". */
    private static final Map<String, Admission> LIBRARY_URLS = Map.of(BROWSE, Admission.HIDDEN_PAGE,
            "/watch/", Admission.HIDDEN_PAGE, "/video/", Admission.HIDDEN_FILE, "/subtitles/", Admission.HIDDEN_FILE);

    public Door {
        Objects.requireNonNull(access, "access");
    }

    /**
     * @param path the request's path inside the context, servlet path and path info together
     * @param user the signed-in user's name, empty for an anonymous request
     * @param hasRole the container's {@code isUserInRole}
     */
    public Admission admit(String path, Optional<String> user, Predicate<String> hasRole) {
        Admission signedIn = signIn(path, user, hasRole);
        if (signedIn == Admission.SIGN_IN || signedIn == Admission.FORBIDDEN) {
            return signedIn;
        }
        for (Map.Entry<String, Admission> place : LIBRARY_URLS.entrySet()) {
            if (path.startsWith(place.getKey()) && !isRedirect(path)
                    && !access.folders().mayEnter(segments(path, place.getKey()), hasRole)) {
                return place.getValue();
            }
        }
        return signedIn;
    }

    private Admission signIn(String path, Optional<String> user, Predicate<String> hasRole) {
        if (access.role().isEmpty() || OWN_GUARDS.contains(path) || path.startsWith(STATIC)) {
            return Admission.OPEN;
        }
        if (user.isEmpty()) {
            return Admission.SIGN_IN;
        }
        return hasRole.test(access.role().get()) ? Admission.ADMIT : Admission.FORBIDDEN;
    }

    /**
     * A folder page without its slash is only redirected to the slash form, whether the folder exists or
     * not; answering it 404 here would tell a hidden folder from a missing one.
     */
    private static boolean isRedirect(String path) {
        return path.startsWith(BROWSE) && !path.endsWith("/");
    }

    /** The names after the URL's prefix; empty ones dropped, so {@code //Board} is still Board. */
    private static List<String> segments(String path, String prefix) {
        return Arrays.stream(path.substring(prefix.length()).split("/")).filter(name -> !name.isEmpty()).toList();
    }
}
