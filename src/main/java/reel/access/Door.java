package reel.access;

import java.time.Instant;
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
 * A URL with a share token ({@code /watch/a.mp4?share=...}) is judged by the token alone: it opens that
 * one file's player page, bytes and subtitles to anyone holding it, or answers 403. Folder roles were
 * applied when the link was made, by someone allowed to see the file.
 *
 * <pre>{@code
 * Admission admission = door.admit("/watch/a.mp4", Optional.of("ana"), request::isUserInRole);
 * Admission shared = door.admit("/video/a.mp4", Optional.of(token), Optional.empty(), role -> false, now);
 * }</pre>
 */
public record Door(Access access) {

    /** The query parameter that carries a share token. */
    public static final String SHARE_PARAMETER = "share";
    /** The URLs a share link opens, each for the one file it was made for. */
    private static final List<String> SHARED_URLS = List.of("/watch/", "/video/", "/subtitles/");

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
        return admit(path, Optional.empty(), user, hasRole, Instant.EPOCH);
    }

    /**
     * The same, with the request's share token, if any, judged at {@code now}.
     *
     * @param share the {@value #SHARE_PARAMETER} query parameter, empty when the request has none
     */
    public Admission admit(String path, Optional<String> share, Optional<String> user, Predicate<String> hasRole,
            Instant now) {
        Optional<String> sharedFile = sharedFile(path);
        if (share.isPresent() && sharedFile.isPresent() && judgesTokens()) {
            return shareVerdict(sharedFile.get(), share.get(), now) == ShareVerdict.VALID
                    ? Admission.SHARED : Admission.SHARE_INVALID;
        }
        return member(path, user, hasRole);
    }

    /**
     * Whether a share token counts at all: with sharing on, or with sign-in on, where a link made before the
     * secret was removed must say it no longer holds rather than ask its holder to sign in. With neither,
     * reel is as it was before links existed, and a {@code share} parameter means nothing.
     */
    private boolean judgesTokens() {
        return access.sharing().isEnabled() || access.requiresSignIn();
    }

    /**
     * Whether a request this door let through came in by its share token alone, so that the token, checked
     * here for the URL's own file, is its whole permission: sharing on, a token, a URL that tokens open.
     */
    public boolean letInByToken(String path, Optional<String> share) {
        return share.isPresent() && access.sharing().isEnabled() && sharedFile(path).isPresent();
    }

    /** The file a URL that share tokens open names ({@code /watch/a.mp4} names {@code /a.mp4}); empty for any other. */
    private static Optional<String> sharedFile(String path) {
        return SHARED_URLS.stream().filter(path::startsWith).findFirst().map(prefix -> path.substring(prefix.length() - 1));
    }

    /** The links this deployment signs and checks; empty while sharing is off. */
    public Optional<ShareLinks> shareLinks() {
        return access.sharing().secret().map(secret -> new ShareLinks(secret, access.sharing().maxAge()));
    }

    /** Decides requests to make links, with this deployment's secret and {@code share.max-age}. */
    public ShareMaker shareMaker() {
        return new ShareMaker(shareLinks(), access.sharing().maxAge());
    }

    /** How a token fares on {@code file}; with sharing off, no token is worth anything. */
    public ShareVerdict shareVerdict(String file, String token, Instant now) {
        return shareLinks().map(links -> links.verify(file, token, now)).orElse(ShareVerdict.FORGED);
    }

    private Admission member(String path, Optional<String> user, Predicate<String> hasRole) {
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
