package reel.media;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a name in the library really leads, after links: the file system's real path, and the same place
 * as the library's names from its root. A link is judged by this place, not by where it stands, so that a
 * link cannot show under its own name what a hidden name or a folder rule keeps from someone.
 *
 * @param path the real path, inside the library's real root
 * @param place the names from the root down to it; the root itself is {@link LibraryPath#ROOT}
 */
record RealPlace(Path path, LibraryPath place) {

    RealPlace {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(place, "place");
    }

    /**
     * Where {@code path} really is, if that is inside {@code root} (a real path) and every name on the way
     * down from the root is one a URL could spell ({@link LibraryPath#isPlainName}): a link with a plain name
     * to {@code .git} or {@code .secret.mp4} must not show what the hidden name keeps out of the library.
     */
    static Optional<RealPlace> of(Path path, Path root) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            // Missing files are the common case: a mistyped URL or a broken link.
            return Optional.empty();
        }
        if (!real.startsWith(root)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        // The root relativized against itself is the empty path, which has one empty name.
        for (Path segment : real.equals(root) ? List.<Path>of() : root.relativize(real)) {
            String name = segment.toString();
            if (!LibraryPath.isPlainName(name)) {
                return Optional.empty();
            }
            names.add(name);
        }
        return Optional.of(new RealPlace(real, new LibraryPath(names)));
    }

    /**
     * Where a library path really is, by {@link #of}. Each segment must resolve to exactly one level down
     * with the same name, whatever the platform makes of colons or separators.
     */
    static Optional<RealPlace> of(LibraryPath path, Path root) {
        Path current = root;
        try {
            for (String segment : path.segments()) {
                Path next = current.resolve(segment);
                if (!current.equals(next.getParent()) || !segment.equals(String.valueOf(next.getFileName()))) {
                    return Optional.empty();
                }
                current = next;
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!current.normalize().startsWith(root)) {
            return Optional.empty();
        }
        return of(current, root);
    }

    /**
     * This place when it is not {@code standing}, the path the name was found at: a link that leads
     * somewhere other than where it stands. Empty for anything else, which is where its folder is.
     */
    Optional<LibraryPath> elsewhereThan(Path standing) {
        return path.equals(standing) ? Optional.empty() : Optional.of(place);
    }
}
