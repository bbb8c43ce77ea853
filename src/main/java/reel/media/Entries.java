package reel.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** Where an entry of the library really is, and what it is; file-system failures become empty results. */
final class Entries {

    private Entries() {
    }

    /**
     * Where {@code path} really is, after links, if that is inside {@code root} and no folder or file on
     * the way down from the root is hidden: a link with a plain name to {@code .git} or {@code .secret.mp4}
     * must not show what the hidden name keeps out of the library.
     */
    static Optional<Path> realPathInside(Path path, Path root) {
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
        for (Path segment : root.relativize(real)) {
            if (new FileName(segment.toString()).isHidden()) {
                return Optional.empty();
            }
        }
        return Optional.of(real);
    }

    static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
