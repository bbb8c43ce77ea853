package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import reel.access.Audiences;
import reel.access.Door;
import reel.access.ShareLinks;
import reel.config.Access;
import reel.http.Audience;
import reel.media.LibraryPath;
import reel.page.Viewer;

/**
 * The {@link Viewer} of a request: the container's signed-in user and roles, with the folder rules of
 * {@link Access} and the share links they may make; or, for a player page opened through a share link,
 * someone who may follow only the links to that one video. And whom an answer to the request is for, as
 * caches must know it.
 */
final class Viewers {

    /** A player page; as {@link Door} tells the URLs whose token it judges, from the path in the context. */
    private static final String WATCH = "/watch/";

    private Viewers() {
    }

    static Viewer of(HttpServletRequest request, Access access) {
        Door door = new Door(access);
        Optional<String> token = Optional.ofNullable(request.getParameter(Door.SHARE_PARAMETER));
        Optional<ShareLinks> links = door.shareLinks();
        if (token.isPresent() && links.isPresent() && SignInFilter.pathInContext(request).startsWith(WATCH)) {
            // Only on the player page, where SignInFilter has checked the token for this page's file; its
            // subtitles get tokens of their own that end when it does. Elsewhere a token opens nothing, and
            // that includes a bare /watch, where no token was checked and one may not even be well formed.
            Instant expiry = ShareLinks.expiry(token.get());
            return Viewer.holding(file -> links.get().sign(file.toString(), expiry));
        }
        Optional<String> user = Optional.ofNullable(request.getRemoteUser());
        boolean mayShare = user.isPresent() && access.sharing().mayShare(request::isUserInRole);
        return new Viewer(user, mayEnter(request, access), mayShare ? door.shareMaker().choices() : List.of(),
                Optional.empty());
    }

    /**
     * The places of the library the visitor of a request may enter: with a share token on a URL that tokens
     * open, every one, as {@link SignInFilter} has checked the token for this very file, and folder roles were
     * applied, where the file really is included, when the link was made; otherwise those the user's roles
     * open ({@code access.folders}).
     */
    static Predicate<LibraryPath> mayEnter(HttpServletRequest request, Access access) {
        boolean shared = new Door(access).letInByToken(SignInFilter.pathInContext(request),
                Optional.ofNullable(request.getParameter(Door.SHARE_PARAMETER)));
        return shared ? place -> true : place -> access.folders().mayEnter(place.segments(), request::isUserInRole);
    }

    /** Whom a media answer to the request is for: {@link Audiences} decides from the settings, token and user. */
    static Audience audience(HttpServletRequest request, Access access) {
        return Audiences.of(access, Optional.ofNullable(request.getParameter(Door.SHARE_PARAMETER)),
                Optional.ofNullable(request.getRemoteUser()));
    }
}
