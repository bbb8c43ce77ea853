package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;

/** How many files the library holds, for the health check; hidden files and folders do not count. */
public final class FileCount {

    private FileCount() {
    }

    /**
     * Regular files under the root, not following links; empty only when the root itself cannot be
     * listed. A sub-folder that cannot be read (a {@code lost+found} on a mounted disk) or a file deleted
     * during the count is skipped: the library still serves everything else, so it is not down.
     */
    public static OptionalLong of(MediaLibrary library) {
        Path root = library.root();
        if (!rootCanBeListed(library)) {
            return OptionalLong.empty();
        }
        long[] count = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file)) {
                        count[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(count[0]);
    }

    /** Whether the root folder can be opened and read now; opening it is the only check sure everywhere. */
    static boolean rootCanBeListed(MediaLibrary library) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(library.root())) {
            entries.iterator().hasNext();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Hidden as {@link LibraryPath} refuses it, so the count matches what the library can serve. */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && new FileName(name.toString()).isHidden();
    }
}
