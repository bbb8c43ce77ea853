package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.access.Door;
import reel.access.ShareOutcome;
import reel.access.ShareRequest;
import reel.config.Access;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.page.PageReplies;
import reel.page.PageReply;

/**
 * {@code POST /share}: makes a share link to one video for the player's form ({@code path}, {@code for}
 * in seconds) and shows it. POST only, and only from reel's own pages ({@link reel.access.SameOrigin}),
 * because a browser sends its stored credentials with a form posted from any site.
 * {@link reel.access.ShareMaker} decides; this class copies the request in and writes the page.
 */
public final class ShareServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ShareServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        Optional<MediaLibrary> library = MediaGate.library(deployment, request, response);
        if (library.isEmpty()) {
            return;
        }
        Access access = deployment.access();
        Optional<String> user = Optional.ofNullable(request.getRemoteUser());
        ShareRequest share = new ShareRequest(header(request, "Origin"), header(request, "Referer"),
                header(request, "Host"), user, user.isPresent() && access.sharing().mayShare(request::isUserInRole),
                Optional.ofNullable(request.getParameter("path")), Optional.ofNullable(request.getParameter("for")));
        ShareOutcome outcome = new Door(access).shareMaker().decide(share,
                path -> video(library.get(), Viewers.mayEnter(request, access), path), Instant.now());
        // Never the token: it opens the video to anyone until it expires. A link made is an audit event (who
        // let anyone watch what, until when), so INFO; refusals are FINE, like every other refused access.
        LOG.log(outcome instanceof ShareOutcome.Made ? Level.INFO : Level.FINE, () -> "share link for user="
                + user.orElse("-") + " path=" + share.path().orElse("-") + " -> " + outcome.getClass().getSimpleName()
                + (outcome instanceof ShareOutcome.Made made ? " until " + made.expiry() : ""));
        PageReply reply = PageReplies.share(request.getContextPath(), user, outcome);
        PageWriter.write(reply, response);
    }

    /**
     * The video's library path, as every link to it spells it, when it is one this user may watch: by that
     * path and by where it really is, as a link's token opens it to anyone.
     */
    private static Optional<String> video(MediaLibrary library, Predicate<LibraryPath> mayEnter, String path) {
        return LibraryPath.parse(path).filter(place -> !place.isRoot()).filter(mayEnter)
                .filter(place -> library.playback(place.toString())
                        .filter(playback -> mayEnter.test(playback.file().place())).isPresent())
                .map(LibraryPath::toString);
    }

    private static Optional<String> header(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getHeader(name));
    }
}
