package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Reads a folder's entries that the library may show; file-system failures become empty results. */
final class Entries {

    private static final Logger LOG = Logger.getLogger(Entries.class.getName());

    /** A visible entry: its name in the folder, where it really is and the attributes of that, after links. */
    record Entry(String name, Path real, BasicFileAttributes attributes) {

        /** The library shows every visible folder; */
        boolean isFolder() {
            return attributes.isDirectory();
        }

        /** and, of the files, only videos: subtitles are found beside their video, other files not at all. */
        boolean isVideo() {
            return attributes.isRegularFile() && MediaTypes.isVideo(name);
        }
    }

    private Entries() {
    }

    /**
     * The entries of {@code directory} with plain names whose real path is inside {@code root}, hidden
     * nowhere on the way, and readable; empty when the folder itself cannot be read.
     */
    static Optional<List<Entry>> read(Path directory, Path root) {
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (LibraryPath.isPlainName(name)) {
                    visible(child, name, root).ifPresent(entries::add);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.fine(() -> "cannot list " + directory + ": " + e);
            return Optional.empty();
        }
        return Optional.of(entries);
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

    private static Optional<Entry> visible(Path child, String name, Path root) {
        Optional<Path> real = realPathInside(child, root).filter(Files::isReadable);
        return real.flatMap(path -> attributes(path).map(attributes -> new Entry(name, path, attributes)));
    }
}
