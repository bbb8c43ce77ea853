package reel.page;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import reel.media.LibraryPath;

/**
 * Who a page is for: the signed-in user's name, which the header shows, and which places of the library
 * they may see (folders per role); a folder they may not see is left out of every listing, and so is a link
 * that leads into one, as the library judges each entry by its path and by where it really is.
 *
 * @param shareFor how long a share link the player offers may last; empty when this viewer may not make any
 * @param grant for someone holding a share link: the token for each file the shared player links to (the
 *        video and its subtitles, all until the link's expiry); empty for everyone else
 */
public record Viewer(Optional<String> signedIn, Predicate<LibraryPath> mayEnter, List<Duration> shareFor,
        Optional<Function<LibraryPath, String>> grant) {

    /** Nobody signed in, and every folder open: reel without access settings. */
    public static final Viewer EVERYONE = new Viewer(Optional.empty(), place -> true);

    public Viewer {
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(mayEnter, "mayEnter");
        shareFor = List.copyOf(shareFor);
        Objects.requireNonNull(grant, "grant");
    }

    /** A viewer who neither makes nor holds share links. */
    public Viewer(Optional<String> signedIn, Predicate<LibraryPath> mayEnter) {
        this(signedIn, mayEnter, List.of(), Optional.empty());
    }

    /** Someone nobody signed in, holding a share link: {@code grant} gives the token for each file the player needs. */
    public static Viewer holding(Function<LibraryPath, String> grant) {
        return new Viewer(Optional.empty(), place -> true, List.of(), Optional.of(grant));
    }

    /** Whether this is someone holding a share link, whose player shows one video and what really lies beside it. */
    public boolean isLinkHolder() {
        return grant.isPresent();
    }
}
