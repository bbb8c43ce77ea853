package reel.web;

import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;

/**
 * What judges who asks for a media answer, as the servlet tests set up the deployment and the request: each
 * thing that makes an answer private (reel.access.Audiences), and nothing at all. Outside kept folders, so the
 * file is served in every case. A servlet that keeps the configuration from {@code init} must be initialised again.
 */
enum Restriction {
    /** {@code access.role}, with Ana signed in and holding it. */
    ROLE,
    /** {@code access.folders} alone, Board kept; nobody signed in. */
    FOLDERS,
    /** Share links on (and nothing else), the request carrying a token the sign-in filter checked. */
    SHARE_LINK,
    /** Nothing set in reel; the container signed Ana in by itself, as a constraint in its own web.xml does. */
    CONTAINER_SIGN_IN,
    /** An open library: nothing set, nobody signed in. */
    NONE;

    void apply(DeploymentStub deployment, HttpServletRequest request) {
        switch (this) {
            case ROLE -> {
                deployment.access(new Access(Optional.of("reel-viewer")));
                BoardLinks.signedIn(request, BoardLinks.ANA);
            }
            case FOLDERS -> deployment.access(new Access(Optional.empty(),
                    FolderRoles.parse(BoardLinks.RULES).orElseThrow()));
            case SHARE_LINK -> {
                deployment.access(new Access(Optional.empty(), FolderRoles.NONE, new Sharing(
                        ShareSecret.parse("s".repeat(ShareSecret.MINIMUM_LENGTH)), Optional.empty(),
                        Sharing.DEFAULT_MAX_AGE)));
                when(request.getParameter("share")).thenReturn("checked-by-the-filter");
            }
            case CONTAINER_SIGN_IN -> {
                deployment.access(Access.OPEN);
                when(request.getRemoteUser()).thenReturn(BoardLinks.ANA);
            }
            case NONE -> deployment.access(Access.OPEN);
            default -> throw new AssertionError(this);
        }
    }
}
