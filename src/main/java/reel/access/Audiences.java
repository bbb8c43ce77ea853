package reel.access;

import java.util.Optional;
import reel.config.Access;
import reel.http.Audience;

/**
 * Whom an answer about the library (a video's bytes, its subtitles) is for, as caches must know it: a cache
 * shared between visitors (nginx, a CDN) keys what it stores by URL alone, never by who asked. An answer
 * is {@link Audience#RESTRICTED} whenever anything judges who asks:
 * <ul>
 * <li>{@code access.role}: only signed-in holders of the role get an answer at all;</li>
 * <li>{@code access.folders}: the same URL is a video to Carla and 404 to Ana, and a name outside every
 * kept folder may be a link into one; judging the whole deployment, not the file, also leaves nothing
 * stored publicly that a rule added later would have to take back;</li>
 * <li>a share token, while sharing is on: the token is the permission, and a stored answer would outlive
 * its expiry (with sharing off and nothing else set, the parameter means nothing, as before links);</li>
 * <li>a visitor the container signed in by itself (a security constraint in Tomcat's own web.xml): Tomcat
 * marks such an answer {@code private}, and reel's own Cache-Control would otherwise replace that.</li>
 * </ul>
 * Everything else is an open library, whose answers are the same for everyone who can reach Tomcat.
 *
 * <pre>{@code
 * Audience audience = Audiences.of(access, Optional.ofNullable(request.getParameter(Door.SHARE_PARAMETER)),
 *         Optional.ofNullable(request.getRemoteUser()));
 * }</pre>
 */
public final class Audiences {

    private Audiences() {
    }

    /**
     * @param share the request's {@value Door#SHARE_PARAMETER} parameter, valid or not; empty when it has none
     * @param user the user the container signed in, empty for an anonymous request
     */
    public static Audience of(Access access, Optional<String> share, Optional<String> user) {
        boolean judgesWhoAsks = access.requiresSignIn() || !access.folders().isEmpty();
        boolean shared = share.isPresent() && access.sharing().isEnabled();
        return judgesWhoAsks || shared || user.isPresent() ? Audience.RESTRICTED : Audience.ANYONE;
    }
}
