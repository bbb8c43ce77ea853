package reel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import reel.access.Door;
import reel.access.ShareLinks;
import reel.config.Access;
import reel.page.Viewer;

/**
 * The {@link Viewer} of a request: the container's signed-in user and roles, with the folder rules of
 * {@link Access} and the share links they may make; or, for a player page opened through a share link,
 * someone who may follow only the links to that one video.
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
        return new Viewer(user, place -> access.folders().mayEnter(place.segments(), request::isUserInRole),
                mayShare ? door.shareMaker().choices() : List.of(), Optional.empty());
    }
}
