package reel.page;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import reel.media.LibraryPath;

/**
 * Who a page is for: the signed-in user's name, which the header shows, and which places of the library
 * they may see (folders per role); a folder they may not see is left out of every listing.
 */
public record Viewer(Optional<String> signedIn, Predicate<LibraryPath> mayEnter) {

    /** Nobody signed in, and every folder open: reel without access settings. */
    public static final Viewer EVERYONE = new Viewer(Optional.empty(), place -> true);

    public Viewer {
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(mayEnter, "mayEnter");
    }
}
