package reel.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** How many files the library holds, for the health check; hidden files and folders do not count. */
public final class FileCount {

    private FileCount() {
    }

    /** Regular files under the root, not following links; empty when the folder cannot be walked. */
    public static OptionalLong of(MediaLibrary library) {
        Path root = library.root();
        try (Stream<Path> paths = Files.walk(root)) {
            return OptionalLong.of(paths.filter(path -> !isHidden(root.relativize(path)))
                    .filter(Files::isRegularFile).count());
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    /** A name starting with a dot anywhere below the root, as {@link LibraryPath} refuses it. */
    private static boolean isHidden(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
